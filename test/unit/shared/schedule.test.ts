import { describe, expect, it } from 'vitest';
import {
  inShift,
  localDateOf,
  nextReminder,
  nextShiftEnd,
  nextShiftStart,
  remindersBetween,
  shiftAt,
  shiftsOn,
  upkeepAt,
  upkeepOf,
  upkeepProblems,
  type UpkeepBlock,
  type WeekSchedule,
} from '../../../shared/domain/schedule';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Weekdays 07:00-13:00 in Chicago; Chicago moves to daylight time on Sunday 2026-03-08. */
const CHICAGO = 'America/Chicago';
const week: WeekSchedule = { mon: [['07:00', '13:00']], tue: [['07:00', '13:00']], wed: [['07:00', '13:00']], thu: [['07:00', '13:00']], fri: [['07:00', '13:00']] };

describe("an agent's shifts in their own time zone", () => {
  it('places a local window on the instants of that day, before and after a DST change', () => {
    const before = shiftsOn(week, CHICAGO, '2026-03-06');
    expect(before.map((s) => [iso(s.start), iso(s.end)])).toEqual([['2026-03-06T13:00:00Z', '2026-03-06T19:00:00Z']]);
    const after = shiftsOn(week, CHICAGO, '2026-03-09');
    expect(after.map((s) => [iso(s.start), iso(s.end)])).toEqual([['2026-03-09T12:00:00Z', '2026-03-09T18:00:00Z']]);
    expect(shiftsOn(week, CHICAGO, '2026-03-07')).toEqual([]);
  });

  it("uses the agent's zone, not the team calendar's: a Berlin agent's 09:00 is 08:00Z while Chicago has already changed", () => {
    const berlin: WeekSchedule = { mon: [['09:00', '17:00']] };
    // 2026-03-09: the US is on daylight time, Europe not yet (2026-03-29).
    expect(iso(shiftsOn(berlin, 'Europe/Berlin', '2026-03-09')[0]!.start)).toBe('2026-03-09T08:00:00Z');
    expect(iso(shiftsOn(berlin, 'Europe/Berlin', '2026-03-30')[0]!.start)).toBe('2026-03-30T07:00:00Z');
    // The local day of an instant is the agent's: 23:30Z on Sunday is already Monday in Berlin.
    expect(localDateOf(at('2026-03-08T23:30:00Z'), 'Europe/Berlin')).toBe('2026-03-09');
    expect(localDateOf(at('2026-03-08T23:30:00Z'), CHICAGO)).toBe('2026-03-08');
  });

  it('a window starting in the hour skipped by DST starts after the gap; one ending at 24:00 ends at the next midnight', () => {
    const night: WeekSchedule = { sun: [['02:30', '06:00'], ['22:00', '24:00']] };
    const [early, late] = shiftsOn(night, CHICAGO, '2026-03-08');
    expect(iso(early!.start)).toBe('2026-03-08T08:30:00Z'); // 03:30 CDT
    expect(iso(early!.end)).toBe('2026-03-08T11:00:00Z'); // 06:00 CDT
    expect(iso(late!.end)).toBe('2026-03-09T05:00:00Z'); // Monday 00:00 CDT
  });

  it('tells whether an instant is inside a shift (start included, end not)', () => {
    expect(inShift(week, CHICAGO, at('2026-03-09T12:00:00Z'))).toBe(true);
    expect(inShift(week, CHICAGO, at('2026-03-09T11:59:59Z'))).toBe(false);
    expect(inShift(week, CHICAGO, at('2026-03-09T18:00:00Z'))).toBe(false);
    expect(shiftAt(week, CHICAGO, at('2026-03-09T15:00:00Z'))?.date).toBe('2026-03-09');
  });

  it('finds the next shift start and end across a weekend and the DST change', () => {
    const fridayAfternoon = at('2026-03-06T20:00:00Z');
    expect(iso(nextShiftStart(week, CHICAGO, fridayAfternoon)!.start)).toBe('2026-03-09T12:00:00Z');
    expect(iso(nextShiftEnd(week, CHICAGO, at('2026-03-09T13:00:00Z'))!.end)).toBe('2026-03-09T18:00:00Z');
    expect(nextShiftStart({}, CHICAGO, fridayAfternoon)).toBeNull();
  });
});

describe('reminders', () => {
  it('shift start (and the Monday review), the shared mailboxes every 2 hours, shift end', () => {
    const day = remindersBetween(week, [], CHICAGO, at('2026-03-09T00:00:00Z'), at('2026-03-10T00:00:00Z'));
    expect(day.map((r) => [r.kind, iso(r.at)])).toEqual([
      ['shift_start', '2026-03-09T12:00:00Z'],
      ['week_review', '2026-03-09T12:00:00Z'],
      ['mailboxes', '2026-03-09T14:00:00Z'],
      ['mailboxes', '2026-03-09T16:00:00Z'],
      ['shift_end', '2026-03-09T18:00:00Z'],
    ]);
    const tuesday = remindersBetween(week, [], CHICAGO, at('2026-03-10T00:00:00Z'), at('2026-03-11T00:00:00Z'));
    expect(tuesday.map((r) => r.kind)).not.toContain('week_review');
  });

  it('upkeep blocks start and end at their local times; the next reminder after a shift end is the next day', () => {
    const blocks: UpkeepBlock[] = [
      { day: 'tue', start: '10:00', minutes: 60 },
      { day: 'thu', start: '10:30', minutes: 90 },
    ];
    const tue = remindersBetween(week, blocks, CHICAGO, at('2026-03-10T14:30:00Z'), at('2026-03-10T16:00:00Z'));
    expect(tue.map((r) => [r.kind, iso(r.at)])).toEqual([
      ['upkeep_start', '2026-03-10T15:00:00Z'],
      ['mailboxes', '2026-03-10T16:00:00Z'],
      ['upkeep_end', '2026-03-10T16:00:00Z'],
    ]);
    expect(upkeepAt(blocks, CHICAGO, at('2026-03-12T16:59:00Z'))?.to).toBe('12:00');
    expect(iso(nextReminder(week, blocks, CHICAGO, at('2026-03-09T18:00:00Z'))!.at)).toBe('2026-03-10T12:00:00Z');
  });
});

describe('SLA upkeep blocks: at least two days a week, at least an hour each', () => {
  const ok: UpkeepBlock[] = [
    { day: 'tue', start: '10:00', minutes: 60 },
    { day: 'thu', start: '10:00', minutes: 60 },
  ];
  it('accepts two days of an hour', () => expect(upkeepProblems(ok)).toEqual([]));
  it('refuses one day only, naming the field', () => {
    expect(upkeepProblems([ok[0]!, { day: 'tue', start: '14:00', minutes: 60 }])).toEqual(['blocks: SLA upkeep needs blocks on at least 2 different days a week, got 1']);
  });
  it('refuses a block shorter than an hour, a bad time, overlaps', () => {
    expect(upkeepProblems([ok[0]!, { day: 'thu', start: '10:00', minutes: 45 }])).toEqual(['blocks[1].minutes: a block lasts at least 60 minutes, got 45']);
    expect(upkeepProblems([{ ...ok[0]!, start: '9:00' }, ok[1]!])[0]).toMatch(/^blocks\[0\]\.start: expected a time HH:MM/);
    expect(upkeepProblems([...ok, { day: 'tue', start: '10:30', minutes: 60 }])).toEqual(['blocks[2].start: overlaps blocks[0] on tue']);
  });
  it('reads the blocks kept in the agent record, ignoring a list that is not valid', () => {
    expect(upkeepOf({ upkeepBlocks: ok })).toEqual(ok);
    expect(upkeepOf({ upkeepBlocks: [ok[0]] })).toEqual([]);
    expect(upkeepOf({})).toEqual([]);
  });
});
