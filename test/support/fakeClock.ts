import type { Clock, TimerHandle } from '../../shared/time/clock';

/**
 * A `Clock` for tests: time moves only when the test calls `advance`, which fires every timer
 * that falls due, in order of due time (then of creation), each seeing `now()` at its own due time.
 */
export interface FakeClock extends Clock {
  /** Moves time forward by `ms`, firing due timers in order. */
  advance(ms: number): void;
  /** Moves time to `at` (not backwards), firing due timers in order. */
  advanceTo(at: number): void;
  /** Timers not yet fired or cancelled. */
  pendingTimers(): number;
}

interface Timer {
  id: number;
  due: number;
  every: number | null;
  fn: () => void;
}

/** Default start: Monday 2026-03-02 14:00 UTC. */
export const FAKE_START = Date.UTC(2026, 2, 2, 14, 0, 0);

export function createFakeClock(start: number = FAKE_START): FakeClock {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, Timer>();

  const add = (fn: () => void, ms: number, every: number | null): TimerHandle => {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`fake clock: bad delay ${ms}`);
    if (every !== null && every <= 0) throw new RangeError(`fake clock: an interval needs a period above 0, got ${every}`);
    const timer: Timer = { id: nextId++, due: now + ms, every, fn };
    timers.set(timer.id, timer);
    return { cancel: () => void timers.delete(timer.id) };
  };

  const nextDue = (limit: number): Timer | undefined => {
    let best: Timer | undefined;
    for (const t of timers.values()) {
      if (t.due > limit) continue;
      if (!best || t.due < best.due || (t.due === best.due && t.id < best.id)) best = t;
    }
    return best;
  };

  const advanceTo = (at: number): void => {
    if (at < now) throw new RangeError(`fake clock: cannot go back from ${now} to ${at}`);
    for (let t = nextDue(at); t; t = nextDue(at)) {
      now = t.due;
      if (t.every === null) timers.delete(t.id);
      else t.due += t.every;
      t.fn();
    }
    now = at;
  };

  return {
    now: () => now,
    setTimeout: (fn, ms) => add(fn, ms, null),
    setInterval: (fn, ms) => add(fn, ms, ms),
    advance: (ms) => advanceTo(now + ms),
    advanceTo,
    pendingTimers: () => timers.size,
  };
}
