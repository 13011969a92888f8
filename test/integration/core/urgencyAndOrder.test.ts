import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SLA_POLICY } from '../../../shared/sla/policy';
import { createFakeClock } from '../../support/fakeClock';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/**
 * The rules the spec corrected (issue 10): urgency apart from priority (sla.md 2), a call back is a
 * message from support (sla.md 1), priority organizations in the queue order (queue.md Order).
 */

let t: TestCore;
afterEach(() => t.cleanup());

/** Tuesday 2026-03-03 10:00 in Chicago (16:00 UTC), inside business hours. */
const NOW = Date.parse('2026-03-03T16:00:00Z');

async function open(raw: object): Promise<TestCore> {
  t = openTestCore({ clock: createFakeClock(NOW), alerts: false, watchExternalChanges: false });
  await t.call('workspace.import', { content: JSON.stringify(raw) });
  await t.call('session.setAgent', { agentId: 'a1' });
  return t;
}

const item = async (key: string) => (await t.call('queue.list', { view: 'all', limit: 100 })).items.find((i) => i.key === key)!;
const keys = async (view: 'all' | 'my' = 'all') => (await t.call('queue.list', { view, limit: 100 })).items.map((i) => i.key);

/** The small workspace plus a P1 Enhancement (answered yesterday) and a P1 Bug (answered at the same time). */
function withP1s() {
  const raw = smallWorkspace();
  const base = { status: 'pending_product', priority: 'P1', channel: 'email', organizationId: 'o2', reporterId: 'c2', assigneeId: 'a1', createdAt: '2026-03-02T15:00:00Z' };
  raw.cases.push(
    { ...base, id: 'k4', key: 'C-2001', subject: 'Bulk export must ship with the next release', type: 'enhancement' } as never,
    { ...base, id: 'k5', key: 'C-2002', subject: 'Every proposal fails to save', type: 'bug', status: 'pending_development' } as never,
  );
  for (const caseId of ['k4', 'k5']) {
    raw.events.push(
      { caseId, at: '2026-03-02T15:00:00Z', kind: 'inbound', body: 'Please.' } as never,
      { caseId, at: '2026-03-02T15:30:00Z', kind: 'public_reply', by: 'a1', body: 'On it.' } as never,
    );
  }
  return raw;
}

describe('urgency apart from priority (sla.md 2)', () => {
  it('a P1 Enhancement is about delivery: no hourly emergency, while a P1 Bug is an emergency', async () => {
    await open(withP1s());
    expect(await item('C-2001')).toMatchObject({ priority: 'P1', urgency: 'none', sla: { class: 'pending_internal', state: 'ok' } });
    expect(await item('C-2002')).toMatchObject({ priority: 'P1', urgency: 'emergency', sla: { class: 'emergency', state: 'breached' } });
  });

  it("follows the lead's mapping: mapping an Enhancement's P1 to emergency re-plans the case at once", async () => {
    await open(withP1s());
    await t.call('session.setAgent', { agentId: 'a2' }); // SLA settings are the lead's
    const { policy, calendar } = await t.call('settings.getSla');
    const urgencyByType = { ...policy.urgencyByType, enhancement: { P1: 'emergency' as const } };
    await t.call('settings.setSla', { policy: { ...policy, urgencyByType }, calendar });
    expect(await item('C-2001')).toMatchObject({ urgency: 'emergency', sla: { class: 'emergency', state: 'breached' } });
    expect((await t.call('settings.getSla')).policy.urgencyByType.enhancement).toEqual({ P1: 'emergency' });
    // Back to the defaults: the hour is gone again.
    await t.call('settings.setSla', { policy: { ...policy, urgencyByType: DEFAULT_SLA_POLICY.urgencyByType }, calendar });
    expect(await item('C-2001')).toMatchObject({ urgency: 'none', sla: { class: 'pending_internal' } });
  });

  it('an agent sets the urgency on a case; its waiting chat follows and goes ahead of older chats', async () => {
    const raw = smallWorkspace();
    raw.interactions.push(
      { id: 'i4', channel: 'chat', state: 'waiting', since: '2026-03-03T15:50:00Z', contactId: 'c2', caseId: 'k2' } as never,
      { id: 'i5', channel: 'chat', state: 'waiting', since: '2026-03-03T15:40:00Z', contactId: 'c2', caseId: null } as never,
    );
    await open(raw);
    const chats = async () => (await t.call('queue.list', { view: 'all', limit: 100, filter: { channel: ['chat'] } })).items.map((i) => i.id);
    expect(await chats()).toEqual(['interaction:i5', 'interaction:i4']);

    const detail = await t.call('cases.setUrgency', { id: 'k2', urgency: 'urgent' });
    expect(detail).toMatchObject({ urgency: 'urgent', urgencyInForce: 'urgent' });
    expect(await chats()).toEqual(['interaction:i4', 'interaction:i5']);
    expect((await item('C-999')).urgency).toBe('urgent');
    // The case's own timer: urgent (1 business day) is now among its candidates.
    expect(detail.slaDetail?.candidates.map((c) => c.class)).toContain('urgent');
  });

  it('reads the older "urgent": true as urgency urgent, and writes urgency (never urgent) on export', async () => {
    const raw = smallWorkspace();
    raw.cases[0]!.urgent = true;
    await open(raw);
    expect((await t.call('cases.get', { id: 'k1' })).urgency).toBe('urgent');
    const exported = JSON.parse((await t.call('workspace.export', {})).content) as { cases: Record<string, unknown>[] };
    expect(exported.cases[0]).toMatchObject({ id: 'k1', urgency: 'urgent' });
    expect(exported.cases[0]).not.toHaveProperty('urgent');
  });
});

describe('priority organizations take precedence within their channel (queue.md Order)', () => {
  it('email: breached first, then the priority organization, then the earliest deadline', async () => {
    const raw = smallWorkspace();
    // C-999 (Birch Bank) was created on Sunday: its first response came due Monday 11:00 Chicago, breached now.
    // C-1001 (Acme Solar, a priority organization) is due on Thursday; a third case of Birch Bank is due at 11:00 today.
    raw.cases.push({
      id: 'k6', key: 'C-3000', subject: 'Due soon', type: 'bug', status: 'new', priority: 'P4', channel: 'email',
      organizationId: 'o2', reporterId: 'c2', assigneeId: null, createdAt: '2026-03-03T14:30:00Z',
    } as never);
    await open(raw);
    const emails = (await t.call('queue.list', { view: 'all', limit: 100, filter: { channel: ['email'] } })).items;
    expect(emails.map((i) => [i.key, i.priorityOrganization, i.sla?.state])).toEqual([
      ['C-999', false, 'breached'],
      ['C-1001', true, 'ok'],
      ['C-3000', false, 'ok'],
    ]);
    // Without the flag, the earliest deadline comes first.
    raw.organizations[0]!.priority = false;
    await t.call('workspace.import', { content: JSON.stringify(raw) });
    expect((await keys()).filter((k) => k.startsWith('C-'))).toEqual(['C-999', 'C-3000', 'C-1001']);
  });

  it('calls: urgent first, then the priority organization, then the longest waiting', async () => {
    const raw = smallWorkspace();
    raw.interactions[0]!.priority = null as never; // i1: Pat Doe (Acme Solar), 15:30 yesterday, no urgency now
    raw.interactions.push({ id: 'i6', channel: 'phone', state: 'waiting', since: '2026-03-02T15:00:00Z', contactId: 'c2' } as never);
    await open(raw);
    expect((await keys()).slice(0, 2)).toEqual(['i1', 'i6']);
    expect(await item('i1')).toMatchObject({ priorityOrganization: true, urgency: 'none' });
  });
});

describe('a call back is a message from support (sla.md 1)', () => {
  it('filing a logged call into a case restarts its update clock and "last sent to customer"', async () => {
    // C-1001: answered at 15:00 yesterday, the customer wrote again at 16:30.
    await open(smallWorkspace());
    const before = await t.call('cases.get', { id: 'k1' });
    expect(before.lastSentDays).toBe(1);
    const logged = await t.call('interactions.log', { channel: 'phone', contact: { id: 'c1' }, subject: 'Called Pat back about SSO' });
    await t.call('interactions.file', { id: logged.id, caseId: 'k1' });
    const after = await t.call('cases.get', { id: 'k1' });
    expect(after.timeline.at(-1)).toMatchObject({ kind: 'call', byId: 'a1' });
    expect(after.lastSentDays).toBe(0);
    expect(after.slaDetail).toMatchObject({ clockStart: new Date(NOW).toISOString().replace('.000', ''), clockStartReason: 'last_reply' });
    // Our turn no longer: the customer heard from us after their last message.
    expect((await item('C-1001')).ourTurn).toBe(false);
  });
});

describe('queue search finds a contact by email and by phone', () => {
  it('finds the items of the contact whose email or phone is typed', async () => {
    await open(smallWorkspace());
    const found = async (text: string) => (await t.call('queue.list', { view: 'all', limit: 100, filter: { text } })).items.map((i) => i.key).sort();
    expect(await found('pat@example.com')).toEqual(['C-1001', 'i1']);
    expect(await found('555 555 5555')).toEqual(['C-1001', 'i1']);
    expect(await found('sam@example.com')).toEqual(['C-999', 'i2']);
  });
});

describe('a live call of a case stays a call (issue 10)', () => {
  it('keeps its ringing time, is anyone\'s to take (not the case owner\'s), and shows the case\'s priority', async () => {
    await open(smallWorkspace());
    // C-1001 is a1's P3; the phone system says the caller typed its key in, and flagged the call P1.
    const pushed = await t.call('intake.push', {
      source: 'pbx', channel: 'phone', externalId: 'call-77', status: 'ringing', priority: 'P1',
      from: { name: 'Pat Doe', phone: '+1 555 555 5555' }, caseKey: 'C-1001', at: '2026-03-03T15:58:00Z',
    });
    expect(pushed.item).toMatchObject({ key: 'C-1001', channel: 'phone', priority: 'P3', assigneeId: null, waitingSince: '2026-03-03T15:58:00Z' });
    // It is in Unassigned (anyone takes it), not only in the case owner's queue.
    await t.call('session.setAgent', { agentId: 'a2' });
    const taken = await t.call('queue.take', { itemId: pushed.item!.id });
    expect(taken).toMatchObject({ assigneeId: 'a2', channel: 'phone' });
  });
});
