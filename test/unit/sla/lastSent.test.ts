import { describe, expect, it } from 'vitest';
import { daysSinceLastSent, lastSentToCustomer } from '../../../shared/sla';
import { at, inbound, note, reply } from './fixtures';

describe('"last sent to customer (days)" (sla.md section 1)', () => {
  it('is null when support never sent a public message', () => {
    expect(daysSinceLastSent([inbound('2026-03-02T10:00:00Z'), note('2026-03-02T11:00:00Z')], at('2026-03-09T10:00:00Z'), 'UTC')).toBeNull();
  });

  it('does not count an automated public reply', () => {
    const timeline = [reply('2026-03-02T10:00:00Z'), reply('2026-03-05T10:00:00Z', null)];
    expect(lastSentToCustomer(timeline)).toBe(at('2026-03-02T10:00:00Z'));
    expect(daysSinceLastSent(timeline, at('2026-03-09T10:00:00Z'), 'UTC')).toBe(7);
  });

  it('counts whole calendar days of the given time zone, not 24-hour periods', () => {
    // Sent Monday 22:30 in Chicago (04:30 UTC Tuesday); now is Tuesday 00:10 in Chicago.
    const timeline = [reply('2026-03-03T04:30:00Z')];
    expect(daysSinceLastSent(timeline, at('2026-03-03T06:10:00Z'), 'America/Chicago')).toBe(1);
    expect(daysSinceLastSent(timeline, at('2026-03-03T06:10:00Z'), 'UTC')).toBe(0);
  });

  it('counts a day across a daylight-saving change as one day', () => {
    // Chicago springs forward on Sunday 2026-03-08.
    expect(daysSinceLastSent([reply('2026-03-07T18:00:00Z')], at('2026-03-09T17:00:00Z'), 'America/Chicago')).toBe(2);
  });

  it('names an unknown time zone', () => {
    expect(() => daysSinceLastSent([reply('2026-03-02T10:00:00Z')], at('2026-03-03T10:00:00Z'), 'Mars/Olympus')).toThrow(/Mars\/Olympus/);
  });
});
