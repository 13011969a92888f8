import { describe, expect, it } from 'vitest';
import { calendarSchema } from '../../../shared/interchange/schema';

const base = { timeZone: 'America/Chicago', week: { mon: [['09:00', '17:00']] } };

function issues(input: unknown): string[] {
  const result = calendarSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('calendar overrides in the interchange format', () => {
  it('defaults to none and keeps the given ones', () => {
    expect(calendarSchema.parse(base).overrides).toEqual([]);
    const overrides = [
      { date: '2026-12-24', windows: [['09:00', '12:00']] },
      { date: '2026-12-31', windows: [] },
    ];
    expect(calendarSchema.parse({ ...base, overrides }).overrides).toEqual(overrides);
  });

  it('names what is wrong: the date, a window, overlapping windows, a date given twice', () => {
    expect(issues({ ...base, overrides: [{ date: '2026-13-01', windows: [] }] })).toEqual([
      'overrides.0.date: expected a date YYYY-MM-DD, got "2026-13-01"',
    ]);
    expect(issues({ ...base, overrides: [{ date: '2026-12-24', windows: [['12:00', '09:00']] }] })).toEqual([
      'overrides.0.windows.0: expected a window whose end is after its start, got ["12:00","09:00"]',
    ]);
    expect(issues({ ...base, overrides: [{ date: '2026-12-24', windows: [['09:00', '12:00'], ['11:00', '13:00']] }] })).toEqual([
      'overrides.0.windows: windows overlap: 09:00-12:00 and 11:00-13:00',
    ]);
    expect(
      issues({
        ...base,
        overrides: [
          { date: '2026-12-24', windows: [] },
          { date: '2026-12-24', windows: [['09:00', '10:00']] },
        ],
      }),
    ).toEqual(['overrides.1.date: a second override for 2026-12-24']);
    expect(issues({ ...base, overrides: ['2026-12-24'] })).toEqual(['overrides.0: expected an override { date, windows }, got "2026-12-24"']);
  });
});
