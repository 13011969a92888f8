/**
 * Time is injected (DESIGN.md): nothing in the core reads the wall clock directly.
 * The desktop and browser mode pass the system clock, tests a fake one, the CLI's `--at` a fixed one.
 */
export interface TimerHandle {
  cancel(): void;
}

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Runs `fn` once after `ms` milliseconds of this clock's time. */
  setTimeout(fn: () => void, ms: number): TimerHandle;
  /** Runs `fn` every `ms` milliseconds of this clock's time. */
  setInterval(fn: () => void, ms: number): TimerHandle;
}

/** A clock frozen at one instant (the CLI's `--at`); its timers never fire. */
export function fixedClock(at: number): Clock {
  const never: TimerHandle = { cancel() {} };
  return { now: () => at, setTimeout: () => never, setInterval: () => never };
}

/**
 * A clock that reads `startAt` at the moment it is made and then runs forward with `base`
 * (browser mode's `--clock-start`, so end-to-end runs and demos see a fixed, known "now").
 */
export function offsetClock(base: Clock, startAt: number): Clock {
  const offset = startAt - base.now();
  return {
    now: () => base.now() + offset,
    setTimeout: (fn, ms) => base.setTimeout(fn, ms),
    setInterval: (fn, ms) => base.setInterval(fn, ms),
  };
}
