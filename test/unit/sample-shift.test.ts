import { describe, expect, it } from 'vitest';
import { buildSampleShift, SAMPLE_ANCHOR } from '../../resources/sample-shift';
import { teamHolidays } from '../../resources/sample-shift/holidays';
import sample from '../../resources/sample-shift/sample-shift.json';
import { CASE_STATUSES, CASE_TYPES, CHANNELS, PRIORITIES } from '../../shared/domain/vocab';
import type { WorkspaceFile } from '../../shared/interchange/schema';
import { describeIssues, parseWorkspaceFile } from '../../shared/interchange/validate';
import { MINUTE, parseIso } from '../../shared/time/instant';

function parsed(raw: unknown): WorkspaceFile {
  const result = parseWorkspaceFile(raw);
  if (!result.ok) throw new Error(`sample shift is invalid:\n${describeIssues(result.issues)}`);
  return result.file;
}

const file = parsed(sample);

function timeline(caseId: string) {
  return file.events.filter((e) => e.caseId === caseId);
}

describe('the sample shift file', () => {
  it('is a valid workspace file with no issues', () => {
    const result = parseWorkspaceFile(sample);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('has a team of 3+ agents with a lead, signing in by default as an available regular agent', () => {
    expect(file.agents.length).toBeGreaterThanOrEqual(3);
    expect(file.agents.some((a) => a.role === 'lead')).toBe(true);
    expect(file.agents[0]).toMatchObject({ role: 'agent', status: 'available' });
    expect(file.calendar?.timeZone).toBe('America/Chicago');
  });

  it('has 8 organizations, 2 of them priority, and about 20 contacts', () => {
    expect(file.organizations).toHaveLength(8);
    expect(file.organizations.filter((o) => o.priority)).toHaveLength(2);
    expect(file.contacts.length).toBeGreaterThanOrEqual(18);
  });

  it('has 60 cases covering every type, status and priority, some urgent, labelled, unassigned or with an agreed update', () => {
    expect(file.cases).toHaveLength(60);
    expect(new Set(file.cases.map((c) => c.type))).toEqual(new Set(CASE_TYPES));
    expect(new Set(file.cases.map((c) => c.status))).toEqual(new Set(CASE_STATUSES));
    expect(new Set(file.cases.map((c) => c.priority))).toEqual(new Set(PRIORITIES));
    expect(new Set(file.cases.map((c) => c.channel))).toEqual(new Set(CHANNELS));
    // Urgency apart from priority (sla.md 2): one set above what its priority implies, and P1s that imply no emergency.
    expect(file.cases.some((c) => c.urgency === 'urgent' && (c.priority === 'P4' || c.priority === 'P5'))).toBe(true);
    expect(file.cases.some((c) => c.priority === 'P1' && (c.type === 'enhancement' || c.type === 'admin_task') && c.urgency === 'none')).toBe(true);
    expect(file.cases.some((c) => c.assigneeId === null)).toBe(true);
    expect(file.cases.some((c) => c.agreedUpdateAt !== null)).toBe(true);
    for (const label of ['EB', 'onboarding', 'billing']) expect(file.cases.some((c) => c.labels.includes(label))).toBe(true);
  });

  it('creates cases from minutes to about six weeks before the anchor, none in the future', () => {
    const ages = file.cases.map((c) => (SAMPLE_ANCHOR - c.createdAt) / MINUTE);
    expect(Math.min(...ages)).toBeGreaterThan(0);
    expect(Math.min(...ages)).toBeLessThan(30);
    expect(Math.max(...ages)).toBeGreaterThan(4 * 7 * 24 * 60);
    expect(Math.max(...ages)).toBeLessThan(7 * 7 * 24 * 60);
    expect(file.events.every((e) => e.at < SAMPLE_ANCHOR)).toBe(true);
  });

  it('waits on every interaction channel, with calls and chats from 1 to about 50 minutes ago', () => {
    const waiting = file.interactions.filter((x) => x.state === 'waiting');
    expect(new Set(waiting.map((x) => x.channel))).toEqual(new Set(CHANNELS));
    expect(file.interactions.some((x) => x.state === 'done')).toBe(true);
    for (const x of waiting.filter((w) => w.channel === 'phone' || w.channel === 'chat')) {
      const ago = (SAMPLE_ANCHOR - x.since) / MINUTE;
      expect(ago).toBeGreaterThanOrEqual(1);
      expect(ago).toBeLessThanOrEqual(50);
    }
    expect(waiting.some((x) => x.channel === 'phone' && (x.priority === 'P1' || x.urgent))).toBe(true);
  });

  it('gives every case a chronological timeline that starts at its creation', () => {
    for (const c of file.cases) {
      const events = timeline(c.id);
      expect(events.length, c.key).toBeGreaterThan(0);
      expect(events[0]!.at, c.key).toBe(c.createdAt);
      for (let i = 1; i < events.length; i++) expect(events[i]!.at, c.key).toBeGreaterThan(events[i - 1]!.at);
    }
  });

  it('chains status changes from status to status, ending at the case status', () => {
    const created = { request_for_service: 'new', admin_task: 'assigned', enhancement: 'pending_product', bug: 'pending_development' };
    for (const c of file.cases) {
      let current: string = created[c.type];
      for (const e of timeline(c.id).filter((x) => x.kind === 'status')) {
        expect(e.from, c.key).toBe(current);
        current = e.to!;
      }
      expect(current, c.key).toBe(c.status);
    }
  });

  it('has cases waiting on us, cases with no public reply yet, and a no-reply-needed event', () => {
    const lastMessage = (id: string) =>
      timeline(id)
        .filter((e) => e.kind === 'inbound' || e.kind === 'public_reply')
        .at(-1)?.kind;
    const open = file.cases.filter((c) => !['resolved', 'pending_closure', 'closed'].includes(c.status));
    expect(open.filter((c) => lastMessage(c.id) === 'inbound').length).toBeGreaterThanOrEqual(5);
    expect(file.cases.filter((c) => !timeline(c.id).some((e) => e.kind === 'public_reply')).length).toBeGreaterThanOrEqual(3);
    expect(file.events.some((e) => e.kind === 'no_reply_needed')).toBe(true);
    expect(file.events.some((e) => e.kind === 'internal_note' && /^HO Phone: 555-555-\d{4}$/.test(e.body ?? ''))).toBe(true);
  });
});

describe('buildSampleShift', () => {
  const nows = [parseIso('2026-11-23T15:12:00Z'), parseIso('2027-04-06T20:45:30Z')];

  it.each(nows)('puts the newest waiting call within minutes of now (%s)', (now) => {
    const live = parsed(buildSampleShift(now));
    const calls = live.interactions.filter((x) => x.channel === 'phone' && x.state === 'waiting');
    const newest = Math.max(...calls.map((x) => x.since));
    expect(newest).toBeLessThan(now);
    expect(now - newest).toBeLessThanOrEqual(5 * MINUTE);
  });

  it('moves every instant by the same amount and keeps everything else', () => {
    const now = nows[0]!;
    const delta = now - SAMPLE_ANCHOR;
    const live = parsed(buildSampleShift(now));
    expect(live.cases.map((c) => c.createdAt)).toEqual(file.cases.map((c) => c.createdAt + delta));
    expect(live.cases.map((c) => c.agreedUpdateAt)).toEqual(file.cases.map((c) => (c.agreedUpdateAt === null ? null : c.agreedUpdateAt + delta)));
    expect(live.events.map((e) => e.at)).toEqual(file.events.map((e) => e.at + delta));
    expect(live.interactions.map((x) => x.since)).toEqual(file.interactions.map((x) => x.since + delta));
    expect(live.calendar).toEqual({ ...file.calendar, holidays: teamHolidays(now, 'America/Chicago') });
    expect(live.cases.map((c) => c.subject)).toEqual(file.cases.map((c) => c.subject));
  });

  it.each([
    // Loaded in November: last Memorial Day to next Presidents' Day.
    ['2026-11-23T15:12:00Z', ['2026-05-25', '2026-07-03', '2026-09-07', '2026-11-26', '2026-11-27', '2026-12-25', '2027-01-01', '2027-02-15']],
    // Loaded a year after the file was written; July 4th 2027 is a Sunday, observed on Monday the 5th.
    ['2027-04-06T20:45:30Z', ['2026-11-26', '2026-11-27', '2026-12-25', '2027-01-01', '2027-02-15', '2027-05-31', '2027-07-05', '2027-09-06']],
    // New Year's Day 2028 is a Saturday, observed on Friday 2027-12-31.
    ['2027-10-01T12:00:00Z', ['2027-05-31', '2027-07-05', '2027-09-06', '2027-11-25', '2027-11-26', '2027-12-24', '2027-12-31', '2028-02-21']],
  ])('has the team’s holidays for the 12 months around now (%s)', (at, holidays) => {
    const live = parsed(buildSampleShift(parseIso(at)));
    expect(live.calendar?.holidays).toEqual(holidays);
  });

  it('counts the 12 months from the date in the team’s time zone', () => {
    // 2026-11-26T03:00Z is still Nov 25 in Chicago: the window starts on 2026-05-25, Memorial Day (in UTC it would start a day later).
    expect(teamHolidays(parseIso('2026-11-26T03:00:00Z'), 'America/Chicago')[0]).toBe('2026-05-25');
    expect(teamHolidays(parseIso('2026-11-26T03:00:00Z'), 'UTC')[0]).toBe('2026-07-03');
  });

  it('refuses a now that is not a number of milliseconds', () => {
    expect(() => buildSampleShift(Number.NaN)).toThrow(/now must be epoch milliseconds/);
  });
});
