import { MINUTE } from '../../shared/time/instant';
import { CALENDAR } from './people';

/**
 * Business time before the sample anchor, so that agents' work lands inside Chicago office hours.
 * The sample's weeks all fall in Central Standard Time (UTC-6, before the March DST change), so
 * a fixed offset is exact here; the app's own calendar math lives in shared/time.
 */
const OFFSET_MINUTES = -6 * 60;
const OPEN = 8 * 60;
const CLOSE = 17 * 60;
const DAY_MS = 24 * 60 * MINUTE;
const CST_SINCE = Date.parse('2025-11-02T08:00:00Z');
const CDT_FROM = Date.parse('2026-03-08T08:00:00Z');
const WEEKDAY_OPEN = [false, true, true, true, true, true, false]; // Sun..Sat

/** Minutes of business time: `45m`, `3h`, `2d` (9-hour days), `1w` (5 days). */
export function parseBusinessAge(age: string): number {
  const m = /^(\d+)([mhdw])$/.exec(age);
  if (!m) throw new RangeError(`expected an age like 45m, 3h, 2d or 1w, got ${JSON.stringify(age)}`);
  const unit = { m: 1, h: 60, d: CLOSE - OPEN, w: 5 * (CLOSE - OPEN) }[m[2] as 'm' | 'h' | 'd' | 'w'];
  return Number(m[1]) * unit;
}

/** Calendar minutes from an offset like `+2h`, `-30m`, `+1d`. */
export function parseCalendarOffset(offset: string): number {
  const m = /^([+-])(\d+)([mhd])$/.exec(offset);
  if (!m) throw new RangeError(`expected an offset like +2h or -30m, got ${JSON.stringify(offset)}`);
  const unit = { m: 1, h: 60, d: 24 * 60 }[m[3] as 'm' | 'h' | 'd'];
  return (m[1] === '-' ? -1 : 1) * Number(m[2]) * unit;
}

/** The instant that lies `minutes` of office time before `anchor` (skipping nights, weekends, holidays). */
export function businessBefore(anchor: number, minutes: number): number {
  let left = minutes;
  let localMs = anchor + OFFSET_MINUTES * MINUTE;
  let dayStart = Math.floor(localMs / DAY_MS) * DAY_MS;
  for (let guard = 0; guard < 400; guard++) {
    const day = new Date(dayStart);
    const date = day.toISOString().slice(0, 10);
    const open = WEEKDAY_OPEN[day.getUTCDay()] && !CALENDAR.holidays.includes(date);
    if (open) {
      const end = Math.min(localMs, dayStart + CLOSE * MINUTE);
      const start = dayStart + OPEN * MINUTE;
      const available = Math.max(0, (end - start) / MINUTE);
      if (left <= available) {
        const at = end - left * MINUTE - OFFSET_MINUTES * MINUTE;
        if (at < CST_SINCE || at >= CDT_FROM) throw new RangeError(`${date} is outside the fixed-offset range of the sample`);
        return at;
      }
      left -= available;
    }
    dayStart -= DAY_MS;
    localMs = dayStart + DAY_MS;
  }
  throw new RangeError(`${minutes} business minutes reach too far back`);
}
