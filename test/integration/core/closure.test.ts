import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { PENDING_AFTER_SQL } from '../../../electron/core/db/repositories/closure';
import type { CaseDetail } from '../../../shared/contract/index';
import { createFakeClock } from '../../support/fakeClock';
import { makeTempDir } from '../../support/tempDir';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/** Issue 11 item 10: closure 7 calendar days after the resolution email, and testimonial follow-ups (sla.md 6). */

/** Tuesday 2026-03-03 10:00 in Chicago (16:00 UTC). */
const NOW = Date.parse('2026-03-03T16:00:00Z');
/** The resolution email goes out an hour later, 11:00 CST; Chicago moves to daylight time on 2026-03-08: due 11:00 CDT. */
const EMAIL = Date.parse('2026-03-03T17:00:00Z');
const DUE = Date.parse('2026-03-10T16:00:00Z');

/** The fixture plus two cases waiting to close since the same instant: C-1010 marked possible testimonial, C-1011 with a happy chat. */
function workspace() {
  const raw = smallWorkspace();
  const resolvedAt = new Date(EMAIL).toISOString();
  raw.cases.push(
    { id: 'k4', key: 'C-1010', subject: 'Report export', type: 'request_for_service', status: 'pending_closure', priority: 'P4', channel: 'email', organizationId: 'o1', reporterId: 'c1', assigneeId: 'a1', createdAt: '2026-03-01T09:00:00Z', resolvedAt, possibleTestimonial: true } as never,
    { id: 'k5', key: 'C-1011', subject: 'Dashboard setup', type: 'request_for_service', status: 'pending_closure', priority: 'P4', channel: 'chat', organizationId: 'o2', reporterId: 'c2', assigneeId: 'a1', createdAt: '2026-03-01T09:00:00Z', resolvedAt } as never,
  );
  raw.interactions.push({
    id: 'i4',
    channel: 'chat',
    state: 'done',
    since: '2026-03-01T09:00:00Z',
    contactId: 'c2',
    caseId: 'k5',
    chatOutcomes: [{ outcome: 1, note: null, at: '2026-03-01T09:20:00Z', by: 'a1' }],
  } as never);
  // The customer's answer to C-1001's resolution email, waiting to be filed.
  raw.interactions.push({ id: 'i9', channel: 'email', state: 'waiting', since: '2026-03-04T15:30:00Z', contactId: 'c1', subject: 'Re: Cannot log in', body: 'Still failing for my colleague.' } as never);
  return raw;
}

let t: TestCore;
let temp: ReturnType<typeof makeTempDir> | null = null;
afterEach(() => {
  t.cleanup();
  temp?.cleanup();
  temp = null;
});

/** A core with the closure scheduler running (no SLA alerts), C-1001 (k1) sent its resolution email at EMAIL. */
async function open(options: { closure?: boolean } = {}): Promise<TestCore> {
  t = openTestCore({ clock: createFakeClock(NOW), alerts: false, closure: options.closure ?? true, watchExternalChanges: false });
  await t.call('workspace.import', { content: JSON.stringify(workspace()) });
  await t.call('session.setAgent', { agentId: 'a1' });
  await sendResolutionEmail();
  return t;
}

async function sendResolutionEmail(): Promise<void> {
  await t.call('cases.setStatus', { id: 'k1', status: 'resolved' });
  t.clock.advanceTo(EMAIL);
  await t.call('cases.reply', { id: 'k1', body: 'Your login works again.', template: 'resolution' });
}

const get = (id: string): Promise<CaseDetail> => t.call('cases.get', { id });
const closures = (c: CaseDetail) => c.timeline.filter((e) => e.kind === 'status' && e.to === 'closed');

describe('the closure timer', () => {
  it('closes a case 7 calendar days after the resolution email (across the DST change), not before, recorded by nobody', async () => {
    await open();
    t.clock.advanceTo(DUE - 60_000);
    expect((await get('k1')).status).toBe('pending_closure');
    t.clock.advanceTo(DUE);
    const closed = await get('k1');
    expect(closed.status).toBe('closed');
    expect(closed.timeline.at(-1)).toMatchObject({
      kind: 'status',
      byId: null,
      from: 'pending_closure',
      to: 'closed',
      at: '2026-03-10T16:00:00Z',
      body: 'Closed automatically 7 days after the resolution email (due to close 2026-03-10T16:00:00Z); the customer did not answer',
    });
    // Gone from the queue: a closed case is not open work.
    const keys = (await t.call('queue.list', { view: 'all', limit: 50 })).items.map((i) => i.key);
    expect(keys).not.toContain('C-1001');
  });

  it('leaves testimonial candidates open and lists them as follow-ups, with why and the templates filled', async () => {
    await open();
    expect((await t.call('testimonials.list', {})).followUps).toEqual([]);
    t.clock.advanceTo(DUE + 60_000);
    expect((await get('k4')).status).toBe('pending_closure');
    expect((await get('k5')).status).toBe('pending_closure');
    const list = await t.call('testimonials.list', {});
    expect(list.total).toBe(2);
    expect(list.followUps.map((f) => [f.key, f.reason, f.reasonText, f.dueAt, f.organization?.name, f.reporter?.name])).toEqual([
      ['C-1010', 'possible_testimonial', 'Marked possible testimonial', '2026-03-10T16:00:00Z', 'Acme Solar', 'Pat Doe'],
      ['C-1011', 'happy_chat', 'Customer chat: Answered - happy', '2026-03-10T16:00:00Z', 'Birch Bank', 'Sam Roe'],
    ]);
    const drafts = list.followUps[0]!.drafts;
    expect(drafts.map((d) => d.template)).toEqual(['testimonial-standard', 'testimonial-google-apps', 'review-request']);
    expect(drafts[0]!.body).toContain('"Report export" (C-1010)');
    expect(drafts[0]!.missing).toEqual([]);
    // No Google Apps link kept by the lead: that draft has a blank.
    expect(drafts[1]!.missing).toEqual(['link.googleApps']);
  });

  it('a customer who answers meanwhile (filed: back to Assigned) stops the closure', async () => {
    await open();
    t.clock.advance(24 * 3600_000);
    await t.call('interactions.file', { id: 'i9', caseId: 'k1' });
    expect((await get('k1')).status).toBe('assigned');
    t.clock.advanceTo(DUE + 3600_000);
    const c = await get('k1');
    expect(c.status).toBe('assigned');
    expect(closures(c)).toEqual([]);
    expect((await t.call('closure.run', {})).closed).toEqual([]);
  });
});

describe('an imported Pending Closure case the customer answered', () => {
  it('is not closed by the timer: the customer\'s message after the resolution email waits for an agent', async () => {
    const raw = workspace();
    raw.cases.push({ id: 'k6', key: 'C-1012', subject: 'Monitoring app', type: 'request_for_service', status: 'pending_closure', priority: 'P6', channel: 'email', organizationId: 'o2', reporterId: 'c2', assigneeId: 'a1', createdAt: '2026-03-01T09:00:00Z', resolvedAt: '2026-03-02T09:00:00Z' } as never);
    raw.events.push({ caseId: 'k6', at: '2026-03-02T09:00:00Z', kind: 'public_reply', by: 'a1', body: 'Here is the guide.' } as never);
    raw.events.push({ caseId: 'k6', at: '2026-03-02T12:00:00Z', kind: 'inbound', body: 'Thanks, but production still shows zero after 5pm?' } as never);
    t = openTestCore({ clock: createFakeClock(Date.parse('2026-03-12T16:00:00Z')), alerts: false, closure: true, watchExternalChanges: false });
    await t.call('workspace.import', { content: JSON.stringify(raw) });
    expect((await t.call('closure.run', {})).closed.map((c) => c.key)).not.toContain('C-1012');
    const c = await get('k6');
    expect(c.status).toBe('pending_closure');
    expect(closures(c)).toEqual([]);
  });
});

describe('closure.run (what the scheduler runs; the CLI\'s tick)', () => {
  it('closes what is due by now exactly once and answers the follow-ups due; refuses a later instant, naming at', async () => {
    await open({ closure: false });
    t.clock.advanceTo(DUE);
    const run = await t.call('closure.run', {});
    expect(run.closed.map((c) => [c.key, c.resolvedAt, c.dueAt])).toEqual([['C-1001', '2026-03-03T17:00:00Z', '2026-03-10T16:00:00Z']]);
    expect(run.followUps.map((f) => f.key)).toEqual(['C-1010', 'C-1011']);
    expect((await t.call('closure.run', {})).closed).toEqual([]);
    expect(closures(await get('k1'))).toHaveLength(1);
    const refused = await t.core.dispatch('closure.run', { at: '2026-03-20T00:00:00Z' });
    expect(refused.ok ? null : refused.error.message).toMatch(/^closure\.run: at: 2026-03-20T00:00:00Z is after now/);
  });
});

describe('exactly once across a restart', () => {
  it('closes on reopening what came due while the app was closed, and never again', async () => {
    temp = makeTempDir();
    const dbPath = temp.path('workspace.db');
    t = openTestCore({ dbPath, clock: createFakeClock(NOW), alerts: false, closure: true, watchExternalChanges: false });
    await t.call('workspace.import', { content: JSON.stringify(workspace()) });
    await t.call('session.setAgent', { agentId: 'a1' });
    await sendResolutionEmail();
    await t.core.close();

    // Reopened two days after the case came due: it closes at start (caught up), at the reopening's instant.
    t = openTestCore({ dbPath, clock: createFakeClock(DUE + 2 * 24 * 3600_000), alerts: false, closure: true, watchExternalChanges: false });
    await t.core.ready();
    await t.core.settled();
    const first = await get('k1');
    expect(first.status).toBe('closed');
    expect(closures(first).map((e) => e.at)).toEqual(['2026-03-12T16:00:00Z']);
    await t.core.close();

    t = openTestCore({ dbPath, clock: createFakeClock(DUE + 5 * 24 * 3600_000), alerts: false, closure: true, watchExternalChanges: false });
    expect((await t.call('closure.run', {})).closed).toEqual([]);
    t.clock.advance(24 * 3600_000);
    expect(closures(await get('k1'))).toHaveLength(1);
    // The candidates are still waiting for their follow-up.
    expect((await t.call('testimonials.list', {})).followUps.map((f) => f.key)).toEqual(['C-1010', 'C-1011']);
  });
});

describe('a testimonial follow-up', () => {
  it('records the request as a public reply in the agent\'s name and closes the case, in one step', async () => {
    await open();
    t.clock.advanceTo(DUE + 60_000);
    const [k4] = (await t.call('testimonials.list', {})).followUps;
    const done = await t.call('testimonials.followUp', { id: 'k4', template: 'testimonial-standard' });
    expect(done).toMatchObject({ key: 'C-1010', status: 'closed', template: 'testimonial-standard', body: k4!.drafts[0]!.body });
    const c = await get('k4');
    expect(c.status).toBe('closed');
    expect(c.timeline.slice(-2).map((e) => [e.kind, e.byId, e.from, e.to, e.body])).toEqual([
      ['public_reply', 'a1', null, null, k4!.drafts[0]!.body],
      ['status', 'a1', 'pending_closure', 'closed', 'Closed after the testimonial follow-up: testimonial request (Standard) sent'],
    ]);
    expect((await t.call('testimonials.list', {})).followUps.map((f) => f.key)).toEqual(['C-1011']);
  });

  it('takes the text as the agent edited it; refuses a text with blanks left, naming body, and writes nothing', async () => {
    await open();
    t.clock.advanceTo(DUE + 60_000);
    const before = (await get('k5')).timeline.length;
    const blank = await t.core.dispatch('testimonials.followUp', { id: 'k5', template: 'testimonial-google-apps' });
    expect(blank.ok ? null : blank.error).toEqual({ code: 'invalid_input', message: 'testimonials.followUp: body: fill in the blanks shown as […] first' });
    expect((await get('k5')).timeline).toHaveLength(before);
    await t.call('testimonials.followUp', { id: 'k5', template: 'testimonial-google-apps', body: 'Would you review us? https://marketplace.example.com/app' });
    const c = await get('k5');
    expect(c.status).toBe('closed');
    expect(c.timeline.at(-2)).toMatchObject({ kind: 'public_reply', body: 'Would you review us? https://marketplace.example.com/app' });
  });

  it('"None" closes the case without a message', async () => {
    await open();
    t.clock.advanceTo(DUE + 60_000);
    await t.call('testimonials.followUp', { id: 'k5', template: null });
    const c = await get('k5');
    expect(c.status).toBe('closed');
    expect(c.timeline.at(-1)).toMatchObject({ kind: 'status', byId: 'a1', body: 'Closed after the testimonial follow-up: no request sent' });
    expect(c.timeline.filter((e) => e.kind === 'public_reply')).toEqual([]);
  });

  it('is refused, naming the field, on a case not due yet, not a candidate or not Pending Closure', async () => {
    await open({ closure: false });
    const refusal = async (payload: object) => {
      const result = await t.core.dispatch('testimonials.followUp', payload);
      return result.ok ? null : result.error.message;
    };
    expect(await refusal({ id: 'k4', template: null })).toBe('testimonials.followUp: id: C-1010 is not in the Testimonial follow-ups list: it is not due to close yet');
    t.clock.advanceTo(DUE);
    expect(await refusal({ id: 'k1', template: 'testimonial-standard' })).toBe(
      'testimonials.followUp: id: C-1001 is not a testimonial candidate (not marked possible testimonial, no happy chat): it closes automatically',
    );
    expect(await refusal({ id: 'k2', template: null })).toBe('testimonials.followUp: id: C-999 is New, not Pending Closure: only a case due to close gets a testimonial follow-up');
    expect(await refusal({ id: 'k4', template: 'nope' })).toMatch(/template/);
    expect((await get('k4')).status).toBe('pending_closure');
  });
});

describe('the due query', () => {
  it('reads Pending Closure cases through their partial index, never a scan of every case', async () => {
    await open({ closure: false });
    await t.core.close();
    const db = new Database(t.dbPath, { readonly: true });
    const plan = (
db.prepare(`EXPLAIN QUERY PLAN ${PENDING_AFTER_SQL}`).all(0, '', 200) as { detail: string }[]
    )
      .map((p) => p.detail)
      .join(' | ');
    db.close();
    expect(plan).toMatch(/^SEARCH cases USING (COVERING )?INDEX cases_pending_closure \(/);
    expect(plan).not.toMatch(/SCAN cases(?! USING)/);
    expect(plan).not.toContain('TEMP B-TREE');
  });
});
