import { describe, expect, it } from 'vitest';
import { chatReportCounts, localDayBounds, mostSevere, type ChatFact } from '../../../shared/domain/chatOutcomes';

const at = (iso: string) => Date.parse(iso);

describe('the outcome a chat keeps (SOP "Chat Reporting")', () => {
  it('is the most severe: questions, a feature idea and a blocker report "no workaround"', () => {
    expect(mostSevere([1, 1, 1, 3, 5])).toBe(5);
    expect(mostSevere([1, 3, 1, 3])).toBe(3);
    expect(mostSevere([4, 2])).toBe(4);
    expect(mostSevere([])).toBeNull();
  });
});

describe('the day of the report, in the team time zone', () => {
  it('runs from local midnight to the next midnight, 23 hours on the spring DST day', () => {
    const { start, end } = localDayBounds('2026-03-08', 'America/New_York');
    expect(new Date(start).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(new Date(end).toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });

  it('refuses a date that does not exist', () => {
    expect(() => localDayBounds('2026-02-30', 'UTC')).toThrow();
  });
});

describe('the daily chat report', () => {
  const zone = 'America/New_York';
  const facts: ChatFact[] = [
    { agentId: 'ana', since: at('2026-03-10T13:00:00Z'), outcome: 1 },
    { agentId: 'ana', since: at('2026-03-10T15:00:00Z'), outcome: 5 },
    { agentId: 'ben', since: at('2026-03-10T14:00:00Z'), outcome: 1 },
    { agentId: 'ben', since: at('2026-03-11T03:59:00Z'), outcome: 2 }, // 23:59 local, still the 10th
    { agentId: null, since: at('2026-03-10T16:00:00Z'), outcome: null },
    { agentId: 'ana', since: at('2026-03-11T04:00:00Z'), outcome: 3 }, // 00:00 local on the 11th: not counted
    { agentId: 'ben', since: at('2026-03-10T03:59:00Z'), outcome: 4 }, // 23:59 local on the 9th: not counted
  ];

  it('counts the chats of the local day by outcome, per agent and for the team', () => {
    const report = chatReportCounts(facts, '2026-03-10', zone);
    expect(report.team).toEqual({ byOutcome: { 1: 2, 2: 1, 3: 0, 4: 0, 5: 1 }, none: 1, total: 5 });
    expect(report.agents).toEqual([
      { agentId: 'ana', counts: { byOutcome: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 1 }, none: 0, total: 2 } },
      { agentId: 'ben', counts: { byOutcome: { 1: 1, 2: 1, 3: 0, 4: 0, 5: 0 }, none: 0, total: 2 } },
      { agentId: null, counts: { byOutcome: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, none: 1, total: 1 } },
    ]);
  });

  it('is empty on a day without chats', () => {
    const report = chatReportCounts(facts, '2026-03-12', zone);
    expect(report.agents).toEqual([]);
    expect(report.team.total).toBe(0);
  });
});
