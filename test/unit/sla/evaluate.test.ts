import { describe, expect, it } from 'vitest';
import { DONE_STATUSES } from '../../../shared/domain/vocab';
import { DEFAULT_SLA_POLICY, evaluateSla, planSla, type SlaInput } from '../../../shared/sla';
import { DAY, HOUR, MINUTE } from '../../../shared/time/instant';
import { at, call, caseWith, inbound, note, noReplyNeeded, reply } from './fixtures';

/** The SLA as of `nowIso`; fails the test when no timer runs. */
function slaOf(input: SlaInput, nowIso: string) {
  const sla = evaluateSla(input, at(nowIso));
  if (sla === null) throw new Error('expected a running timer');
  return sla;
}
const classes = (input: SlaInput) => planSla(input)?.candidates.map((c) => c.class);

describe('sla.md section 2: what is timed and by which class', () => {
  it('first_response: with no public message sent yet, 2 business hours from creation', () => {
    const sla = slaOf(caseWith(), '2026-03-02T10:30:00Z');
    expect(sla).toMatchObject({ class: 'first_response', clock: 'business', clockStart: at('2026-03-02T10:00:00Z'), deadline: at('2026-03-02T12:00:00Z') });
    expect(classes(caseWith())).toEqual(['first_response', 'open']);
  });

  it('earliest deadline wins: a P2 with no reply yet takes the earlier first_response, and lists urgent too', () => {
    const sla = slaOf(caseWith({ priority: 'P2' }), '2026-03-02T10:30:00Z');
    expect(sla.class).toBe('first_response');
    expect(sla.deadline).toBe(at('2026-03-02T12:00:00Z'));
    expect(sla.candidates.find((c) => c.class === 'urgent')?.deadline).toBe(at('2026-03-03T10:00:00Z'));
  });

  it('urgent: a P2 after the first response is due 1 business day (8 business hours) after the reply', () => {
    const sla = slaOf(caseWith({ priority: 'P2', timeline: [reply('2026-03-02T11:00:00Z')] }), '2026-03-02T12:00:00Z');
    expect(sla).toMatchObject({ class: 'urgent', clock: 'business', targetMs: 8 * HOUR, deadline: at('2026-03-03T11:00:00Z') });
  });

  it('urgent: an urgency of urgent ("urgent or elevated") times any priority like a P2', () => {
    const sla = slaOf(caseWith({ priority: 'P5', urgency: 'urgent', timeline: [reply('2026-03-02T11:00:00Z')] }), '2026-03-02T12:00:00Z');
    expect(sla).toMatchObject({ class: 'urgent', deadline: at('2026-03-03T11:00:00Z') });
  });

  it('emergency: an urgency of emergency set on a P5 is due within the hour', () => {
    const sla = slaOf(caseWith({ priority: 'P5', urgency: 'emergency', timeline: [reply('2026-03-02T11:00:00Z')] }), '2026-03-02T11:10:00Z');
    expect(sla).toMatchObject({ class: 'emergency', clock: 'calendar', deadline: at('2026-03-02T12:00:00Z') });
  });

  it.each(['enhancement', 'admin_task'] as const)(
    'a P1 or P2 %s is about delivery, not a customer waiting: no hourly or daily updates (sla.md 2)',
    (type) => {
      for (const priority of ['P1', 'P2'] as const) {
        const sla = slaOf(caseWith({ type, priority, timeline: [reply('2026-03-02T11:00:00Z')] }), '2026-03-02T12:30:00Z');
        expect(sla.class, `${type} ${priority}`).toBe('open');
        expect(sla.state).toBe('ok');
        expect(sla.candidates.map((c) => c.class)).toEqual(['open']);
      }
    },
  );

  it('the urgency in force is the higher of the one set and the one the priority implies', () => {
    // A Bug P2 (implies urgent) set to emergency: emergency; a Bug P1 (implies emergency) set to urgent: still emergency.
    expect(slaOf(caseWith({ priority: 'P2', urgency: 'emergency', timeline: [reply('2026-03-02T11:00:00Z')] }), '2026-03-02T11:10:00Z').class).toBe('emergency');
    expect(slaOf(caseWith({ priority: 'P1', urgency: 'urgent', timeline: [reply('2026-03-02T11:00:00Z')] }), '2026-03-02T11:10:00Z').class).toBe('emergency');
  });

  it("follows the lead's mapping: an Enhancement whose P1 is mapped to emergency gets the hour", () => {
    const policy = { ...DEFAULT_SLA_POLICY, urgencyByType: { ...DEFAULT_SLA_POLICY.urgencyByType, enhancement: { P1: 'emergency' as const } } };
    const sla = slaOf(caseWith({ type: 'enhancement', priority: 'P1', policy, timeline: [reply('2026-03-02T11:00:00Z')] }), '2026-03-02T11:10:00Z');
    expect(sla.class).toBe('emergency');
  });

  it('a call with the customer is a message from support: it restarts the update clock (sla.md 1)', () => {
    const input = caseWith({ timeline: [reply('2026-03-02T11:00:00Z'), inbound('2026-03-03T09:00:00Z'), call('2026-03-04T15:00:00Z')] });
    const sla = slaOf(input, '2026-03-04T15:05:00Z');
    // Open: 3 business days (24 business hours, 09:00-17:00 every day here) from the call, not from the reply two days before.
    expect(sla).toMatchObject({ class: 'open', clockStart: at('2026-03-04T15:00:00Z'), deadline: at('2026-03-07T15:00:00Z'), state: 'ok' });
    // A call with no agent recorded (a missed call, a voicemail left) is not an answer.
    const missed = caseWith({ timeline: [reply('2026-03-02T11:00:00Z'), call('2026-03-04T15:00:00Z', null)] });
    expect(slaOf(missed, '2026-03-04T15:05:00Z').clockStart).toBe(at('2026-03-02T11:00:00Z'));
  });

  it("urgent: 1 business day is the calendar's hoursPerBusinessDay, ending exactly at a window's end", () => {
    const sla = slaOf(
      caseWith({ priority: 'P2', hoursPerBusinessDay: 6, timeline: [reply('2026-03-02T11:00:00Z')] }),
      '2026-03-02T12:00:00Z',
    );
    expect(sla).toMatchObject({ class: 'urgent', targetMs: 6 * HOUR, deadline: at('2026-03-02T17:00:00Z') });
  });

  it('open: an Assigned case after the reply has 3 business days (24 business hours)', () => {
    const sla = slaOf(caseWith({ timeline: [reply('2026-03-02T16:00:00Z')] }), '2026-03-03T09:00:00Z');
    // Mon 16-17 (1 h), Tue and Wed (16 h), Thu 09-16 (7 h).
    expect(sla).toMatchObject({ class: 'open', clock: 'business', targetMs: 24 * HOUR, deadline: at('2026-03-05T16:00:00Z') });
  });

  it('open: New counts as open only after the first response; before it first_response alone times it', () => {
    expect(classes(caseWith({ status: 'new' }))).toEqual(['first_response']);
    expect(classes(caseWith({ status: 'new', timeline: [reply('2026-03-02T11:00:00Z')] }))).toEqual(['open']);
    expect(classes(caseWith({ status: 'staging_fail', timeline: [reply('2026-03-02T11:00:00Z')] }))).toEqual(['open']);
  });

  it('pending_internal: every internal status is due 7 days after the reply on the calendar clock', () => {
    for (const status of DEFAULT_SLA_POLICY.groups.internal) {
      const sla = slaOf(caseWith({ status, timeline: [reply('2026-03-02T16:30:00Z')] }), '2026-03-03T09:00:00Z');
      expect(sla, status).toMatchObject({ class: 'pending_internal', clock: 'calendar', deadline: at('2026-03-09T16:30:00Z') });
    }
  });

  it('pending_customer: Pending Input is due 21 days after the reply on the calendar clock', () => {
    const sla = slaOf(caseWith({ status: 'pending_input', timeline: [reply('2026-03-02T16:30:00Z')] }), '2026-03-03T09:00:00Z');
    expect(sla).toMatchObject({ class: 'pending_customer', clock: 'calendar', targetMs: 21 * DAY, deadline: at('2026-03-23T16:30:00Z') });
  });

  it('resolved, pending closure and closed cases have no update timer', () => {
    for (const status of DONE_STATUSES) {
      expect(evaluateSla(caseWith({ status, priority: 'P1' }), at('2026-03-02T10:30:00Z')), status).toBeNull();
    }
  });
});

describe('sla.md section 2: "Emergency: 1 hour, then as agreed"', () => {
  it('emergency: a P1 is due 1 hour after creation on the calendar clock, even outside business hours', () => {
    const sla = slaOf(caseWith({ priority: 'P1', createdAt: at('2026-03-07T22:00:00Z') }), '2026-03-07T22:10:00Z');
    expect(sla).toMatchObject({ class: 'emergency', clock: 'calendar', deadline: at('2026-03-07T23:00:00Z') });
  });

  it('without an agreement, P1 updates are due every hour after the last reply', () => {
    const sla = slaOf(caseWith({ priority: 'P1', timeline: [reply('2026-03-02T10:30:00Z')] }), '2026-03-02T10:40:00Z');
    expect(sla).toMatchObject({ class: 'emergency', deadline: at('2026-03-02T11:30:00Z') });
  });

  it('once support has replied, an agreed next update replaces the 1-hour emergency deadline', () => {
    const input = caseWith({ priority: 'P1', agreedUpdateAt: at('2026-03-02T15:30:00Z'), timeline: [reply('2026-03-02T10:30:00Z')] });
    const sla = slaOf(input, '2026-03-02T11:45:00Z');
    expect(sla).toMatchObject({ class: 'agreed', clock: 'calendar', deadline: at('2026-03-02T15:30:00Z'), state: 'ok' });
    expect(classes(input)).not.toContain('emergency');
  });

  it('before support has replied, an agreement does not lift the first hour', () => {
    const input = caseWith({ priority: 'P1', agreedUpdateAt: at('2026-03-02T15:30:00Z') });
    expect(slaOf(input, '2026-03-02T10:10:00Z')).toMatchObject({ class: 'emergency', deadline: at('2026-03-02T11:00:00Z') });
    expect(classes(input)).toEqual(['emergency', 'first_response', 'open', 'agreed']);
  });

  it('an agreed time that a later reply already answered is kept, and the hourly updates resume', () => {
    const input = caseWith({ priority: 'P1', agreedUpdateAt: at('2026-03-02T10:15:00Z'), timeline: [reply('2026-03-02T10:30:00Z')] });
    expect(slaOf(input, '2026-03-02T10:40:00Z')).toMatchObject({ class: 'emergency', deadline: at('2026-03-02T11:30:00Z') });
    expect(classes(input)).not.toContain('agreed');
  });
});

describe('sla.md section 2: the agreed next update is a candidate on any case', () => {
  it('wins when it is the earliest deadline', () => {
    const input = caseWith({ status: 'pending_input', agreedUpdateAt: at('2026-03-04T15:30:00Z'), timeline: [reply('2026-03-02T10:00:00Z')] });
    expect(slaOf(input, '2026-03-03T09:00:00Z')).toMatchObject({ class: 'agreed', deadline: at('2026-03-04T15:30:00Z'), targetMs: 2 * DAY + 5.5 * HOUR });
  });

  it('is listed but loses when another class is due first', () => {
    const input = caseWith({ priority: 'P2', agreedUpdateAt: at('2026-03-10T09:00:00Z'), timeline: [reply('2026-03-02T11:00:00Z')] });
    const sla = slaOf(input, '2026-03-02T12:00:00Z');
    expect(sla.class).toBe('urgent');
    expect(sla.candidates.find((c) => c.class === 'agreed')?.deadline).toBe(at('2026-03-10T09:00:00Z'));
  });
});

describe('sla.md section 1: the clock start', () => {
  it('only a human public reply counts: an automated public reply (by null) does not start the clock again', () => {
    const sla = slaOf(caseWith({ timeline: [reply('2026-03-02T10:01:00Z', null)] }), '2026-03-02T10:30:00Z');
    expect(sla).toMatchObject({ class: 'first_response', clockStart: at('2026-03-02T10:00:00Z'), deadline: at('2026-03-02T12:00:00Z') });
  });

  it('an internal note does not reset the clock', () => {
    const input = caseWith({ timeline: [reply('2026-03-02T10:30:00Z'), note('2026-03-03T14:00:00Z'), inbound('2026-03-03T15:00:00Z')] });
    expect(slaOf(input, '2026-03-03T16:00:00Z')).toMatchObject({ class: 'open', clockStart: at('2026-03-02T10:30:00Z') });
  });

  it('the last reply is the clock start whatever order the timeline comes in', () => {
    const input = caseWith({ timeline: [reply('2026-03-03T10:00:00Z'), reply('2026-03-02T10:30:00Z')] });
    expect(planSla(input)?.clockStart).toBe(at('2026-03-03T10:00:00Z'));
  });
});

describe('"no reply needed" stops the clock until the customer writes again', () => {
  const marked = [inbound('2026-03-02T10:00:00Z'), reply('2026-03-02T10:30:00Z'), inbound('2026-03-02T10:45:00Z'), noReplyNeeded('2026-03-02T11:00:00Z')];

  it('no timer runs while it is in force, even on a P1 with an agreed update', () => {
    expect(evaluateSla(caseWith({ timeline: marked }), at('2026-03-20T10:00:00Z'))).toBeNull();
    expect(evaluateSla(caseWith({ priority: 'P1', agreedUpdateAt: at('2026-03-02T15:00:00Z'), timeline: marked }), at('2026-03-02T12:00:00Z'))).toBeNull();
  });

  it("the customer's next message starts the clock from that message", () => {
    const input = caseWith({ timeline: [...marked, inbound('2026-03-04T09:30:00Z'), inbound('2026-03-04T10:00:00Z')] });
    const sla = slaOf(input, '2026-03-04T10:00:00Z');
    expect(sla).toMatchObject({ class: 'open', clockStart: at('2026-03-04T09:30:00Z'), deadline: at('2026-03-07T09:30:00Z') });
  });

  it('before any reply, the customer writing again brings back first_response from their message', () => {
    const input = caseWith({ timeline: [noReplyNeeded('2026-03-02T10:05:00Z'), inbound('2026-03-02T13:00:00Z')] });
    expect(slaOf(input, '2026-03-02T13:30:00Z')).toMatchObject({ class: 'first_response', deadline: at('2026-03-02T15:00:00Z') });
  });

  it('a public reply after the mark starts the clock again', () => {
    const input = caseWith({ timeline: [...marked, reply('2026-03-03T09:00:00Z')] });
    expect(slaOf(input, '2026-03-03T09:30:00Z')).toMatchObject({ class: 'open', clockStart: at('2026-03-03T09:00:00Z') });
  });
});

describe('sla.md sections 3 and 4: remaining time and states', () => {
  // first_response: created Monday 10:00, 2 business hours, due 12:00; 75 % used at 11:30.
  it('ok below 75 % of the target used, warning from 75 %', () => {
    expect(slaOf(caseWith(), '2026-03-02T11:29:00Z')).toMatchObject({ state: 'ok', usedMs: 89 * MINUTE, remainingMs: 31 * MINUTE });
    expect(slaOf(caseWith(), '2026-03-02T11:30:00Z')).toMatchObject({ state: 'warning', usedMs: 90 * MINUTE, remainingMs: 30 * MINUTE });
    expect(planSla(caseWith())?.warningAt).toBe(at('2026-03-02T11:30:00Z'));
  });

  it('warning 15 minutes (wall clock) before the deadline even when less than 75 % is used', () => {
    // Promised a call back 20 minutes after the reply: 75 % is used at 10:45, 15 minutes before is 10:35.
    const input = caseWith({ status: 'pending_input', agreedUpdateAt: at('2026-03-02T10:50:00Z'), timeline: [reply('2026-03-02T10:30:00Z')] });
    expect(slaOf(input, '2026-03-02T10:34:00Z').state).toBe('ok');
    expect(slaOf(input, '2026-03-02T10:35:00Z')).toMatchObject({ state: 'warning', usedMs: 5 * MINUTE });
  });

  it('the 15-minute rule alone when the lead sets the used share to 100 %', () => {
    const policy = { ...DEFAULT_SLA_POLICY, warning: { usedPercent: 100, minutesBefore: 15 } };
    expect(slaOf(caseWith({ policy }), '2026-03-02T11:44:00Z').state).toBe('ok');
    expect(slaOf(caseWith({ policy }), '2026-03-02T11:45:00Z').state).toBe('warning');
  });

  it('breached from the deadline on, with negative remaining time', () => {
    expect(slaOf(caseWith(), '2026-03-02T11:59:00Z')).toMatchObject({ state: 'warning', remainingMs: 1 * MINUTE });
    expect(slaOf(caseWith(), '2026-03-02T12:00:00Z')).toMatchObject({ state: 'breached', remainingMs: 0 });
    expect(slaOf(caseWith(), '2026-03-02T12:30:00Z')).toMatchObject({ state: 'breached', usedMs: 150 * MINUTE, remainingMs: -30 * MINUTE });
  });

  it('remaining time on the business clock skips closed hours', () => {
    // Created Monday 16:00: 1 business hour today, 1 tomorrow from 09:00; due Tuesday 10:00.
    const input = caseWith({ createdAt: at('2026-03-02T16:00:00Z') });
    expect(slaOf(input, '2026-03-02T22:00:00Z')).toMatchObject({ deadline: at('2026-03-03T10:00:00Z'), usedMs: HOUR, remainingMs: HOUR, state: 'ok' });
    expect(slaOf(input, '2026-03-03T08:59:00Z')).toMatchObject({ usedMs: HOUR, remainingMs: HOUR, state: 'ok' });
    expect(slaOf(input, '2026-03-03T09:30:00Z')).toMatchObject({ remainingMs: 30 * MINUTE, state: 'warning' });
  });

  it('remaining time on the calendar clock counts every hour', () => {
    const input = caseWith({ status: 'pending_input', timeline: [reply('2026-03-02T16:00:00Z')] });
    expect(slaOf(input, '2026-03-03T16:00:00Z')).toMatchObject({ usedMs: DAY, remainingMs: 20 * DAY, state: 'ok' });
  });

  it('the deadline does not depend on when it is evaluated', () => {
    const input = caseWith({ priority: 'P2', timeline: [reply('2026-03-02T11:00:00Z')] });
    const early = slaOf(input, '2026-03-02T11:05:00Z');
    const late = slaOf(input, '2026-03-09T11:05:00Z');
    expect(late.deadline).toBe(early.deadline);
    expect(late.state).toBe('breached');
  });
});

describe('a lead-edited policy', () => {
  it('changes targets and status groups', () => {
    const policy = {
      ...DEFAULT_SLA_POLICY,
      targets: { ...DEFAULT_SLA_POLICY.targets, first_response: { amount: 4, unit: 'hours' as const, clock: 'business' as const } },
      groups: { ...DEFAULT_SLA_POLICY.groups, open: ['assigned' as const], customer: ['pending_input' as const, 'staging_fail' as const] },
    };
    expect(slaOf(caseWith({ policy }), '2026-03-02T10:30:00Z').deadline).toBe(at('2026-03-02T14:00:00Z'));
    const sla = slaOf(caseWith({ policy, status: 'staging_fail', timeline: [reply('2026-03-02T11:00:00Z')] }), '2026-03-02T12:00:00Z');
    expect(sla).toMatchObject({ class: 'pending_customer', deadline: at('2026-03-23T11:00:00Z') });
  });
});
