import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPlanner } from '../../../electron/core/timing/planner';
import { createFakeClock } from '../../support/fakeClock';

const DAY = 24 * 3600_000;
afterEach(() => vi.restoreAllMocks());

describe('the schedulers\' planner loop', () => {
  it('runs the pass at the instant it asks for, and at the periodic check', () => {
    const clock = createFakeClock(0);
    const runs: number[] = [];
    createPlanner({ clock, checkEveryMs: 30_000, what: 'test', pass: () => (runs.push(clock.now()), runs.length === 1 ? 12_345 : null) }).replan();
    clock.advance(40_000);
    expect(runs).toEqual([0, 12_345, 30_000]);
  });

  it('leaves instants more than a day away to the periodic check', () => {
    const clock = createFakeClock(0);
    const planner = createPlanner({ clock, checkEveryMs: 60_000, what: 'test', pass: () => clock.now() + 30 * DAY });
    planner.replan();
    expect(clock.pendingTimers()).toBe(1); // the periodic check only
    planner.stop();
    expect(clock.pendingTimers()).toBe(0);
  });

  it('logs a failing pass and tries again at the next check instead of throwing into the timer', () => {
    const clock = createFakeClock(0);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let calls = 0;
    const planner = createPlanner({ clock, checkEveryMs: 30_000, what: 'the test pass', pass: () => {
      calls++;
      if (calls === 1) throw new Error('database is locked');
      return null;
    } });
    expect(() => planner.replan()).not.toThrow();
    expect(errors.mock.calls[0]![0]).toContain('the test pass failed');
    clock.advance(30_000);
    expect(calls).toBe(2);
  });

  it('a replan asked for during a pass becomes one more pass', () => {
    const clock = createFakeClock(0);
    let calls = 0;
    const planner = createPlanner({ clock, checkEveryMs: 30_000, what: 'test', pass: () => {
      calls++;
      if (calls === 1) planner.replan();
      return null;
    } });
    planner.replan();
    expect(calls).toBe(2);
  });
});
