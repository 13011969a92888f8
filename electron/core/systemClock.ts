import type { Clock } from '../../shared/time/clock';

/**
 * The real clock: the one place in the core that reads the wall clock. Its timers are unref'ed
 * so that a poll or an armed alarm never keeps a finished process (the CLI) alive; the desktop
 * and browser mode stay alive through their windows and servers.
 */
export const systemClock: Clock = {
  // eslint-disable-next-line no-restricted-syntax -- the system clock is where time enters the core
  now: () => Date.now(),
  setTimeout(fn, ms) {
    const handle = setTimeout(fn, ms);
    handle.unref();
    return { cancel: () => clearTimeout(handle) };
  },
  setInterval(fn, ms) {
    const handle = setInterval(fn, ms);
    handle.unref();
    return { cancel: () => clearInterval(handle) };
  },
};
