import { WEEKDAYS, type Weekday } from '../../../shared/domain/vocab';

/**
 * The weekly windows as the Schedules screen edits them: one line of text per weekday,
 * "07:00-13:00, 14:00-17:00" (empty = no shift that day).
 */
export type WeekText = Record<Weekday, string>;
export type Week = Partial<Record<Weekday, [string, string][]>>;

export const WEEKDAY_LABELS: Record<Weekday, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

const WINDOW = /^(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})$/;

export function weekToText(week: Partial<Record<Weekday, readonly (readonly [string, string])[]>>): WeekText {
  return Object.fromEntries(WEEKDAYS.map((d) => [d, (week[d] ?? []).map(([a, b]) => `${a}-${b}`).join(', ')])) as WeekText;
}

/** The week the text describes, or the first line that does not read, naming its day. */
export function textToWeek(text: WeekText): { week: Week } | { error: string; day: Weekday } {
  const week: Week = {};
  for (const day of WEEKDAYS) {
    const line = text[day].trim();
    if (line === '') continue;
    const windows: [string, string][] = [];
    for (const part of line.split(',')) {
      const m = WINDOW.exec(part.trim());
      if (!m) return { day, error: `${WEEKDAY_LABELS[day]}: write windows as 07:00-13:00, separated by commas ("${part.trim()}" does not read)` };
      windows.push([m[1]!, m[2]!]);
    }
    week[day] = windows;
  }
  return { week };
}
