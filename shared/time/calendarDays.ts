/**
 * Local calendar dates as whole day numbers (days since 1970-01-01), with plain integer arithmetic
 * (H. Hinnant's civil-date algorithms): cheap enough to walk two years of days while building a
 * calendar table. Time-zone rules are not involved here (`calendarZone.ts` does those).
 */

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Day number of a proleptic Gregorian date. */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDay(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of a `YYYY-MM-DD` text (already validated as a date by the interchange schema). */
export function dayFromLocalDate(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return dayFromCivil(y ?? NaN, m ?? NaN, d ?? NaN);
}

/** 0 = Monday ... 6 = Sunday, the order of `WEEKDAYS`. */
export function weekdayIndex(dayNumber: number): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((dayNumber + 3) % 7) + 7) % 7;
}
