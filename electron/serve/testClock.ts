import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Clock, TimerHandle } from '../../shared/time/clock';

/** A clock that runs forward with its base and can also be moved forward at once (`advance`). */
export interface SteppableClock extends Clock {
  /** Moves the clock `ms` forward, firing at once every timer that falls due on the way (in due order). */
  advance(ms: number): void;
}

interface Timer {
  due: number;
  every: number | null;
  fn: () => void;
  handle: TimerHandle | null;
}

/**
 * Browser mode's test clock (`--test-clock`): it reads `startAt` when made and runs on with `base`,
 * like `--clock-start`'s, and an end-to-end test can also move it forward (`advance`): the SLA
 * alerts and the sweep then fire at once, as if that much time had passed, instead of the test
 * waiting for it in real time. Its timers are due at instants of this clock; each is armed on
 * `base` for the time left, and re-armed (or fired) when the clock moves.
 */
export function steppableClock(base: Clock, startAt: number): SteppableClock {
  let offset = startAt - base.now();
  const now = () => base.now() + offset;
  const timers = new Set<Timer>();

  const fire = (timer: Timer) => {
    timer.handle?.cancel();
    if (timer.every === null) timers.delete(timer);
    else {
      timer.due = Math.max(timer.due + timer.every, now());
      arm(timer);
    }
    timer.fn();
  };
  const arm = (timer: Timer) => {
    timer.handle = base.setTimeout(() => fire(timer), Math.max(0, timer.due - now()));
  };
  const add = (fn: () => void, ms: number, every: number | null): TimerHandle => {
    const timer: Timer = { due: now() + ms, every, fn, handle: null };
    timers.add(timer);
    arm(timer);
    return {
      cancel() {
        timer.handle?.cancel();
        timers.delete(timer);
      },
    };
  };

  return {
    now,
    setTimeout: (fn, ms) => add(fn, ms, null),
    setInterval: (fn, ms) => add(fn, ms, ms),
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`the test clock moves forward only, by a number of milliseconds; got ${ms}`);
      offset += ms;
      const due = [...timers].filter((t) => t.due <= now()).sort((a, b) => a.due - b.due);
      for (const timer of due) if (timers.has(timer)) fire(timer);
      for (const timer of timers) {
        timer.handle?.cancel();
        arm(timer);
      }
    },
  };
}

/**
 * Reads `advance MS` lines from `input` (the serve process's stdin, written by the end-to-end
 * fixture), moves `clock` and answers each on `out` with `clock: ISO` once the timers that fell due
 * have run, so a test knows when the move is done. Anything else is answered with why it was refused.
 */
export function followClockSteps(input: Readable, clock: SteppableClock, out: (line: string) => void): void {
  createInterface({ input }).on('line', (line) => {
    const match = /^advance (\d+)$/.exec(line.trim());
    if (!match) return out(`clock: refused ${JSON.stringify(line)}: expected "advance MS"`);
    clock.advance(Number(match[1]));
    out(`clock: ${new Date(clock.now()).toISOString()}`);
  });
}
