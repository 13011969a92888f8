import type { ApiClient } from '../api/client';
import { offsetClock, type Clock } from '../../shared/time/clock';
import { parseIso } from '../../shared/time/instant';

/** Closer than this, the renderer and the core already share one clock (a round trip's noise). */
export const SAME_CLOCK_MS = 1000;

/**
 * The renderer's clock, set to the core's "now" (`workspace.now`) and running on with `base`.
 * On one machine the two agree and `base` is kept; a core started with `--clock-start` (demos,
 * benchmarks) gets pages at its own instant, so waiting times, badges and the "why it is here"
 * line all count from the time the core computed its deadlines at.
 * Resolves with `base` when the core does not answer.
 */
export async function coreClock(api: Pick<ApiClient, 'call'>, base: Clock): Promise<Clock> {
  try {
    const sent = base.now();
    const { now } = await api.call('workspace.now', {});
    const received = base.now();
    // The core read its clock about halfway through the round trip (whole milliseconds, as every
    // instant is: Temporal refuses a fraction).
    const coreNow = parseIso(now) + Math.round((received - sent) / 2);
    return Math.abs(coreNow - received) < SAME_CLOCK_MS ? base : offsetClock(base, coreNow);
  } catch {
    return base;
  }
}
