import { Temporal } from 'temporal-polyfill';

/**
 * The sample team's public holidays, by rule, so the sample shift's calendar covers the year around
 * whenever it is loaded (`buildSampleShift(now)`), not a year fixed when the file was written.
 * The Chicago desk closes on the US federal holidays below; one falling on a Saturday is observed on
 * the Friday before, one on a Sunday on the Monday after.
 */
type Rule = (year: number) => Temporal.PlainDate;

const MONDAY = 1;
const THURSDAY = 4;

/** The `n`th `weekday` (1 = Monday ... 7 = Sunday) of a month; `n = -1` is the last one. */
function nthWeekday(month: number, weekday: number, n: number): Rule {
  return (year) => {
    if (n > 0) {
      const first = Temporal.PlainDate.from({ year, month, day: 1 });
      return first.add({ days: ((weekday - first.dayOfWeek + 7) % 7) + 7 * (n - 1) });
    }
    const last = Temporal.PlainDate.from({ year, month, day: 31 }, { overflow: 'constrain' });
    return last.subtract({ days: (last.dayOfWeek - weekday + 7) % 7 });
  };
}

/** A fixed date, observed on the nearest weekday when it falls on a weekend. */
function fixedDate(month: number, day: number): Rule {
  return (year) => {
    const date = Temporal.PlainDate.from({ year, month, day });
    if (date.dayOfWeek === 6) return date.subtract({ days: 1 });
    if (date.dayOfWeek === 7) return date.add({ days: 1 });
    return date;
  };
}

export const TEAM_HOLIDAY_RULES: readonly { name: string; rule: Rule }[] = [
  { name: "New Year's Day", rule: fixedDate(1, 1) },
  { name: "Presidents' Day", rule: nthWeekday(2, MONDAY, 3) },
  { name: 'Memorial Day', rule: nthWeekday(5, MONDAY, -1) },
  { name: 'Independence Day', rule: fixedDate(7, 4) },
  { name: 'Labor Day', rule: nthWeekday(9, MONDAY, 1) },
  { name: 'Thanksgiving', rule: nthWeekday(11, THURSDAY, 4) },
  { name: 'Day after Thanksgiving', rule: (year) => nthWeekday(11, THURSDAY, 4)(year).add({ days: 1 }) },
  { name: 'Christmas Day', rule: fixedDate(12, 25) },
];

/**
 * The team's holidays (`YYYY-MM-DD`, in order) from six months before the date of `anchor` in
 * `timeZone` to six months after: the 12 months around it.
 */
export function teamHolidays(anchor: number, timeZone: string): string[] {
  const today = Temporal.Instant.fromEpochMilliseconds(anchor).toZonedDateTimeISO(timeZone).toPlainDate();
  const from = today.subtract({ months: 6 });
  const to = today.add({ months: 6 });
  const dates: Temporal.PlainDate[] = [];
  // A year's New Year's Day may be observed on the last day of the year before.
  for (let year = from.year; year <= to.year + 1; year++) {
    for (const { rule } of TEAM_HOLIDAY_RULES) {
      const date = rule(year);
      if (Temporal.PlainDate.compare(date, from) >= 0 && Temporal.PlainDate.compare(date, to) <= 0) dates.push(date);
    }
  }
  return dates.sort(Temporal.PlainDate.compare).map((d) => d.toString());
}
