import { describe, expect, it, vi } from 'vitest';
import { formatInstant, prepareInstantFormats } from '../../renderer/lib/format';
import { formatWait } from '../../shared/time/formatWait';
import { DAY, HOUR, MINUTE } from '../../shared/time/instant';

describe('waiting time', () => {
  it.each([
    [30_000, '<1 min'],
    [MINUTE, '1 min'],
    [12 * MINUTE + 59_000, '12 min'],
    [59 * MINUTE, '59 min'],
    [HOUR, '1 h'],
    [3 * HOUR + 5 * MINUTE, '3 h 5 min'],
    [23 * HOUR + 59 * MINUTE, '23 h 59 min'],
    [DAY, '1 d'],
    [2 * DAY + 5 * HOUR, '2 d'],
  ])('%i ms reads "%s"', (ms, text) => {
    expect(formatWait(ms)).toBe(text);
  });
});

describe('instants in the agent time zone', () => {
  const now = Date.parse('2026-11-24T10:00:00Z');

  it('shows weekday and time for recent instants, in the given zone', () => {
    expect(formatInstant('2026-11-24T09:30:00Z', 'Europe/Berlin', now)).toBe('Tue 10:30');
    expect(formatInstant('2026-11-24T09:30:00Z', 'America/New_York', now)).toBe('Tue 04:30');
    expect(formatInstant('2026-11-24T03:00:00Z', 'America/Los_Angeles', now)).toBe('Mon 19:00');
  });

  it('adds the date when the weekday alone would be ambiguous', () => {
    expect(formatInstant('2026-11-02T09:30:00Z', 'Europe/Berlin', now)).toBe('2 Nov 2026, 10:30');
  });

  it('shows the weekday alone only within the week of now, Monday to Sunday on the zone wall clock', () => {
    // Now is Tuesday 24 November: Monday 23 to Sunday 29 read as weekdays.
    expect(formatInstant('2026-11-22T23:30:00Z', 'Europe/Berlin', now)).toBe('Mon 00:30');
    expect(formatInstant('2026-11-29T22:30:00Z', 'Europe/Berlin', now)).toBe('Sun 23:30');
    // Next Monday and last Sunday are another week, though within six days.
    expect(formatInstant('2026-11-29T23:30:00Z', 'Europe/Berlin', now)).toBe('30 Nov 2026, 00:30');
    expect(formatInstant('2026-11-22T22:30:00Z', 'Europe/Berlin', now)).toBe('22 Nov 2026, 23:30');
    // The same instant is this week in one zone and next week in another.
    expect(formatInstant('2026-11-30T03:00:00Z', 'America/Los_Angeles', now)).toBe('Sun 19:00');
  });

  it('falls back to the device zone for an unknown zone instead of failing', () => {
    expect(() => formatInstant('2026-11-24T09:30:00Z', 'Mars/Olympus', now)).not.toThrow();
  });
});

describe('instant formats prepared ahead of need', () => {
  it('builds each format in its own idle moment, and stops when cancelled', () => {
    const idle: (() => void)[] = [];
    const made = vi.spyOn(Intl, 'DateTimeFormat');
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    vi.stubGlobal('cancelIdleCallback', (id: number) => (idle[id - 1] = () => {}));
    try {
      const zone = 'Pacific/Chatham';
      const cancel = prepareInstantFormats(zone);
      expect(made).not.toHaveBeenCalled();
      idle.shift()!();
      expect(made).toHaveBeenCalledTimes(1);
      expect(made.mock.calls[0]![1]).toMatchObject({ timeZone: zone, weekday: 'short' });
      idle.shift()!();
      expect(made).toHaveBeenCalledTimes(2);
      // Already built: showing a date builds nothing more.
      formatInstant('2026-11-24T09:30:00Z', zone, Date.parse('2026-11-24T10:00:00Z'));
      formatInstant('2025-11-24T09:30:00Z', zone, Date.parse('2026-11-24T10:00:00Z'));
      expect(made).toHaveBeenCalledTimes(2);
      // Cancelled (the zone changed, the list went away): the third is never built.
      cancel();
      idle.shift()!();
      expect(made).toHaveBeenCalledTimes(2);
    } finally {
      made.mockRestore();
      vi.unstubAllGlobals();
    }
  });
});
