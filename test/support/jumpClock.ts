import { createFakeClock, FAKE_START, type FakeClock } from './fakeClock';

/**
 * A fake clock whose reading can also jump without firing any timer: what a timer sees when the
 * machine sleeps (nothing runs, then the clock reads hours later) or the system clock is set
 * forwards or backwards. Timers keep their relative delays, as real ones do.
 */
export interface JumpClock extends FakeClock {
  /** Moves the reading by `ms` (negative: backwards) without running any timer. */
  jump(ms: number): void;
}

export function createJumpClock(start: number = FAKE_START): JumpClock {
  const timers = createFakeClock(start);
  let offset = 0;
  return {
    now: () => timers.now() + offset,
    setTimeout: timers.setTimeout,
    setInterval: timers.setInterval,
    advance: timers.advance,
    advanceTo: (at) => timers.advanceTo(at - offset),
    pendingTimers: timers.pendingTimers,
    jump: (ms) => {
      offset += ms;
    },
  };
}
