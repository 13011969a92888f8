import { describe, expect, it } from 'vitest';
import { clockStartReason, skippedTime } from '../../../shared/sla/explain';
import { businessClock } from '../../../shared/time/calendar';
import { HOUR } from '../../../shared/time/instant';

const nineToFive: [string, string][] = [['09:00', '17:00']];
const berlin = {
  timeZone: 'Europe/Berlin',
  hoursPerBusinessDay: 8,
  week: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive, sat: [], sun: [] },
  holidays: ['2026-12-24', '2026-12-25', '2027-01-01'],
};
const clock = businessClock(berlin, { from: Date.parse('2026-12-01T00:00:00Z'), to: Date.parse('2027-01-31T00:00:00Z') });
const at = (iso: string) => Date.parse(iso);

describe('the SLA explainer: what the business clock skipped', () => {
  it('lists the closed stretches and the holidays between the clock start and the deadline', () => {
    // Wed 23 Dec 16:00 Berlin + 24 business hours: 1 h Wed, holidays Thu-Fri, weekend, 8 h Mon, 8 h Tue, 7 h Wed 30.
    const clockStart = at('2026-12-23T15:00:00Z');
    const deadline = clock.add(clockStart, 24 * HOUR);
    expect(new Date(deadline).toISOString()).toBe('2026-12-30T15:00:00.000Z');

    const skipped = skippedTime({ clock: 'business', clockStart, deadline }, clock, berlin);
    expect(skipped.closed.map((p) => [new Date(p.from).toISOString(), new Date(p.to).toISOString()])).toEqual([
      ['2026-12-23T16:00:00.000Z', '2026-12-28T08:00:00.000Z'], // Wed 17:00 to Mon 09:00: Christmas and the weekend
      ['2026-12-28T16:00:00.000Z', '2026-12-29T08:00:00.000Z'],
      ['2026-12-29T16:00:00.000Z', '2026-12-30T08:00:00.000Z'],
    ]);
    expect(skipped.holidays).toEqual(['2026-12-24', '2026-12-25']);
    expect(skipped.closedMore).toBe(0);
  });

  it('the open time and the closed stretches add up to the whole span', () => {
    const from = at('2026-12-02T10:17:00Z');
    const to = at('2027-01-12T13:41:00Z');
    const closed = clock.closedBetween(from, to).reduce((sum, p) => sum + (p.to - p.from), 0);
    expect(clock.between(from, to) + closed).toBe(to - from);
  });

  it('caps a long list and says how many more there were', () => {
    const skipped = skippedTime({ clock: 'business', clockStart: at('2026-12-01T08:00:00Z'), deadline: at('2027-01-29T16:00:00Z') }, clock, berlin, 5);
    expect(skipped.closed).toHaveLength(5);
    expect(skipped.closedMore).toBeGreaterThan(30);
    expect(skipped.holidays).toEqual(['2026-12-24', '2026-12-25', '2027-01-01']);
  });

  it('skips nothing on the calendar clock', () => {
    expect(skippedTime({ clock: 'calendar', clockStart: at('2026-12-23T15:00:00Z'), deadline: at('2026-12-30T15:00:00Z') }, clock, berlin)).toEqual({
      closed: [],
      closedMore: 0,
      holidays: [],
    });
  });
});

describe('the SLA explainer: why the clock starts where it does', () => {
  const created = at('2026-03-02T14:00:00Z');
  it('from creation while support has sent nothing', () => {
    expect(clockStartReason(created, [{ at: created, kind: 'inbound' }])).toBe('created');
  });
  it('from the last human public reply', () => {
    expect(clockStartReason(created, [{ at: created, kind: 'inbound' }, { at: created + HOUR, kind: 'public_reply', by: 'a1' }])).toBe('last_reply');
  });
  it('from the customer writing again after "no reply needed"', () => {
    const timeline = [
      { at: created, kind: 'inbound' as const },
      { at: created + HOUR, kind: 'no_reply_needed' as const, by: 'a1' },
      { at: created + 2 * HOUR, kind: 'inbound' as const },
    ];
    expect(clockStartReason(created, timeline)).toBe('customer_wrote');
  });
});
