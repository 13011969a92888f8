import type { DurationClock } from '../../../shared/time/businessClock';
import { DAY, HOUR } from '../../../shared/time/instant';

/**
 * A stand-in business clock for the SLA tests: open 09:00-17:00 UTC every day, nothing else.
 * The real one (a calendar's windows, holidays, time zone) is `shared/time/calendar.ts`.
 */
const OPEN = 9 * HOUR;
const CLOSE = 17 * HOUR;

export const nineToFive: DurationClock = {
  kind: 'business',
  add(start, durationMs) {
    let t = start;
    let left = durationMs;
    for (;;) {
      const day = Math.floor(t / DAY) * DAY;
      if (t < day + OPEN) t = day + OPEN;
      if (t >= day + CLOSE) {
        t = day + DAY + OPEN;
        continue;
      }
      const open = day + CLOSE - t;
      if (left <= open) return t + left;
      left -= open;
      t = day + DAY + OPEN;
    }
  },
  between(from, to) {
    let counted = 0;
    for (let day = Math.floor(from / DAY) * DAY; day < to; day += DAY) {
      counted += Math.max(0, Math.min(to, day + CLOSE) - Math.max(from, day + OPEN));
    }
    return counted;
  },
};
