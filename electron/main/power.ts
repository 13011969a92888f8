import type { Core } from '../core/ports';

/** The part of Electron's `powerMonitor` this needs. */
export interface PowerEvents {
  on(event: 'resume' | 'unlock-screen', listener: () => void): unknown;
  removeListener(event: 'resume' | 'unlock-screen', listener: () => void): unknown;
}

/**
 * After sleep, timers armed before it fire late or not at all: on wake (and on unlock, which
 * follows a wake on most systems) the core re-plans its SLA alerts at once, so alerts that came
 * due while the machine slept fire, once, marked late (`sla.md` section 5). Returns the unsubscribe.
 */
export function replanOnWake(power: PowerEvents, core: Pick<Core, 'resumed'>): () => void {
  const wake = () => core.resumed();
  power.on('resume', wake);
  power.on('unlock-screen', wake);
  return () => {
    power.removeListener('resume', wake);
    power.removeListener('unlock-screen', wake);
  };
}
