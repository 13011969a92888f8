import { describe, expect, it } from 'vitest';
import { closureDueAt } from '../../../shared/domain/closure';
import {
  base64Utf8,
  deadlinesInWindow,
  emlText,
  leaveWindow,
  mailtoUrl,
  scheduledHours,
  suggestOwners,
  teamEmail,
  type CaseDeadlineFacts,
  type LeaveWindow,
} from '../../../shared/domain/handoff';
import { planSla } from '../../../shared/sla';
import { businessClock } from '../../../shared/time/calendar';
import { at, caseWith, setup } from '../sla/fixtures';

/**
 * The team calendar: Chicago, Monday-Friday 09:00-17:00, Monday 2026-03-09 a holiday; the US clocks
 * go forward on Sunday 2026-03-08. The leaving agent works from London (no change until March 29).
 */
const chicago = {
  timeZone: 'America/Chicago',
  hoursPerBusinessDay: 8,
  week: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]])),
  holidays: ['2026-03-09'],
};
const clocks = { ...setup.clocks, business: businessClock(chicago, { from: at('2026-01-01T00:00:00Z'), to: at('2027-01-01T00:00:00Z') }) };

function londonLeave(from: string, to: string): LeaveWindow {
  const w = leaveWindow(from, to, 'Europe/London');
  if ('error' in w) throw new Error(w.error);
  return w;
}

const none: CaseDeadlineFacts = { slaWarningAt: null, slaDeadline: null, slaClass: null, agreedUpdateAt: null, closureDueAt: null, needBy: null, calendarZone: 'America/Chicago' };

describe('the leave window (local dates in the agent zone)', () => {
  it("runs from the start of the first day to the end of the last in the agent's zone", () => {
    const w = londonLeave('2026-03-09', '2026-03-13');
    expect(w.start).toBe(at('2026-03-09T00:00:00Z'));
    expect(w.end).toBe(at('2026-03-14T00:00:00Z'));
  });

  it('is an hour shorter across the spring DST change of the agent zone', () => {
    const w = leaveWindow('2026-03-06', '2026-03-09', 'America/New_York');
    if ('error' in w) throw new Error(w.error);
    expect(w.start).toBe(at('2026-03-06T05:00:00Z')); // EST
    expect(w.end).toBe(at('2026-03-10T04:00:00Z')); // EDT
    expect((w.end - w.start) / 3_600_000).toBe(4 * 24 - 1);
  });

  it('refuses a leave that ends before it starts, and a date that is not one, naming the field', () => {
    expect(leaveWindow('2026-03-13', '2026-03-09', 'UTC')).toEqual({ error: 'to: the leave ends (2026-03-09) before it starts (2026-03-13)' });
    expect(leaveWindow('2026-02-30', '2026-03-09', 'UTC')).toMatchObject({ error: expect.stringMatching(/^from: expected a local date/) });
    expect(leaveWindow('2026-03-09', 'next week', 'UTC')).toMatchObject({ error: expect.stringMatching(/^to: /) });
  });
});

describe('deadlines inside the leave (the same SLA plan the queue reads)', () => {
  const w = londonLeave('2026-03-09', '2026-03-13');

  it('a first response due across the weekend, the DST change and the holiday falls inside the leave', () => {
    // Created Friday 16:00 CST: 1 business hour Friday, the weekend, Monday the holiday, the second hour Tuesday 09:00-10:00 CDT.
    const plan = planSla(caseWith({ clocks, createdAt: at('2026-03-06T22:00:00Z') }))!;
    expect(plan.deadline).toBe(at('2026-03-10T15:00:00Z'));
    const due = deadlinesInWindow({ ...none, slaWarningAt: plan.warningAt, slaDeadline: plan.deadline, slaClass: plan.class }, w);
    expect(due.map((d) => d.kind)).toEqual(['sla_warning', 'sla_deadline']);
    expect(due[1]!.at).toBe(at('2026-03-10T15:00:00Z'));
  });

  it("counts the agent's days, not the calendar's: Sunday evening in Chicago is already Monday in London", () => {
    // 18:30 CDT Sunday March 8 = 23:30 London Sunday (outside); 19:30 CDT = 00:30 London Monday (inside).
    expect(deadlinesInWindow({ ...none, agreedUpdateAt: at('2026-03-08T23:30:00Z') }, w)).toEqual([]);
    expect(deadlinesInWindow({ ...none, agreedUpdateAt: at('2026-03-09T00:30:00Z') }, w)).toEqual([{ kind: 'agreed_update', at: at('2026-03-09T00:30:00Z') }]);
    // The end is exclusive: midnight after the last day is back at work.
    expect(deadlinesInWindow({ ...none, agreedUpdateAt: at('2026-03-14T00:00:00Z') }, w)).toEqual([]);
  });

  it('the closure timer keeps its wall-clock time across the DST change (7 x 24 h - 1 h)', () => {
    const due = closureDueAt(at('2026-03-02T15:00:00Z'), 'America/Chicago'); // Monday 09:00 CST
    expect(due).toBe(at('2026-03-09T14:00:00Z')); // Monday 09:00 CDT
    expect(deadlinesInWindow({ ...none, closureDueAt: due }, w)).toEqual([{ kind: 'closure', at: due }]);
  });

  it('an agreed deadline is listed once, and a need-by date on a leave day counts (at the end of that day in the calendar zone)', () => {
    const agreed = at('2026-03-11T16:00:00Z');
    const due = deadlinesInWindow({ ...none, slaClass: 'agreed', slaDeadline: agreed, agreedUpdateAt: agreed, needBy: '2026-03-13' }, w);
    expect(due).toEqual([
      { kind: 'agreed_update', at: agreed },
      { kind: 'need_by', at: at('2026-03-14T05:00:00Z') },
    ]);
    expect(deadlinesInWindow({ ...none, needBy: '2026-03-16' }, w)).toEqual([]);
  });
});

describe('proposed owners', () => {
  it('go to whoever may take cases with the least load, counting what is proposed; ties to more hours', () => {
    const owners = suggestOwners(
      ['k1', 'k2', 'k3', 'k4'],
      [
        { id: 'a', name: 'Ana', load: 3, hours: 40, why: null },
        { id: 'b', name: 'Ben', load: 1, hours: 20, why: null },
        { id: 'c', name: 'Cy', load: 0, hours: 40, why: 'On leave now' },
        { id: 'd', name: 'Di', load: 1, hours: 30, why: null },
      ],
    );
    expect([...owners.values()]).toEqual(['d', 'b', 'd', 'b']);
    expect(suggestOwners(['k1'], [{ id: 'c', name: 'Cy', load: 0, hours: 0, why: 'No shift during the leave' }]).get('k1')).toBeNull();
  });

  it("count a colleague's scheduled hours during the leave in their own zone", () => {
    const w = londonLeave('2026-03-09', '2026-03-13');
    expect(scheduledHours({ mon: [['09:00', '17:00']], wed: [['09:00', '13:00']] }, 'America/Chicago', w)).toBe(12);
    expect(scheduledHours({}, 'UTC', w)).toBeNull();
    expect(scheduledHours({ sat: [['09:00', '17:00']] }, 'UTC', w)).toBe(0);
  });
});

describe('the team email', () => {
  const email = teamEmail({
    agentName: 'Zoë Ortega',
    from: '2026-03-09',
    to: '2026-03-13',
    team: ['a@example.com', 'b@example.com'],
    leadName: 'Mubeen',
    items: [{ key: 'C-1001', subject: 'Cannot log in', status: 'Assigned', owner: 'Ben', note: 'Logs checked.\nCache cleared.', due: ['SLA deadline Tue 10 Mar 10:00'] }],
  });

  it('lists each item with its new owner, what falls due and the validation done so far', () => {
    expect(email.subject).toBe('Handoff: Zoë Ortega, on leave 2026-03-09 to 2026-03-13 (1 case)');
    expect(email.body).toContain('1. C-1001 - Cannot log in (Assigned)\n   New owner: Ben\n   Due while away: SLA deadline Tue 10 Mar 10:00\n   Validation done so far: Logs checked.\n   Cache cleared.');
    expect(mailtoUrl(email)).toMatch(/^mailto:a%40example\.com,b%40example\.com\?subject=Handoff%3A%20Zo%C3%AB/);
  });

  it('saves as an .eml a mail client opens: UTF-8 subject as an encoded word, the body in base64 with CRLF', () => {
    expect(base64Utf8('Zoë ✓ 😀')).toBe(Buffer.from('Zoë ✓ 😀', 'utf8').toString('base64'));
    const eml = emlText(email, at('2026-03-06T12:00:00Z'));
    expect(eml).toContain(`Subject: =?UTF-8?B?${Buffer.from(email.subject).toString('base64')}?=\r\n`);
    expect(eml).toContain('Date: Fri, 06 Mar 2026 12:00:00 +0000\r\n');
    const body = eml.split('\r\n\r\n')[1]!.replace(/\r\n/g, '');
    expect(Buffer.from(body, 'base64').toString('utf8')).toBe(email.body.replace(/\n/g, '\r\n'));
  });
});
