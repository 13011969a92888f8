import { afterEach, describe, expect, it } from 'vitest';
import { createFakeClock } from '../../support/fakeClock';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/** Issue 11 (first steps): status moves, public replies and internal notes, and their clock preview. */

let t: TestCore;
afterEach(() => t.cleanup());

/** Tuesday 2026-03-03 10:00 in Chicago (16:00 UTC). C-1001 (k1) is a1's, Assigned; C-1002 (k3) is closed. */
const NOW = Date.parse('2026-03-03T16:00:00Z');

async function open(): Promise<TestCore> {
  t = openTestCore({ clock: createFakeClock(NOW), alerts: false, watchExternalChanges: false });
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  await t.call('session.setAgent', { agentId: 'a1' });
  return t;
}

/** What a refused call answers, as the core's error text. */
async function refusal(method: 'cases.setStatus' | 'cases.reply' | 'cases.note', payload: object): Promise<{ code: string; message: string }> {
  const result = await t.core.dispatch(method, payload);
  if (result.ok) throw new Error(`${method} was not refused`);
  return result.error;
}

describe('a status change', () => {
  it('moves along the table, is recorded in the agent\'s name, and the clock does what the preview said', async () => {
    await open();
    const preview = await t.call('cases.preview', { id: 'k1', action: { kind: 'status', status: 'pending_input' } });
    expect(preview.before).toMatchObject({ class: 'open' });
    expect(preview.after).toMatchObject({ class: 'pending_customer', clock: 'calendar' });

    const detail = await t.call('cases.setStatus', { id: 'k1', status: 'pending_input' });
    expect(detail.status).toBe('pending_input');
    expect(detail.timeline.at(-1)).toMatchObject({ kind: 'status', from: 'assigned', to: 'pending_input', byId: 'a1', at: '2026-03-03T16:00:00Z' });
    expect(detail.sla).toEqual(preview.after);
    // The queue follows: the case's row shows the new status and timer.
    const row = (await t.call('queue.list', { view: 'all', limit: 50 })).items.find((i) => i.key === 'C-1001');
    expect(row).toMatchObject({ status: 'pending_input', sla: preview.after });
  });

  it('resolving sets the resolved date; reopening clears it', async () => {
    await open();
    await t.call('cases.setStatus', { id: 'k1', status: 'resolved' });
    const exported = async () => (JSON.parse((await t.call('workspace.export', {})).content) as { cases: { id: string; resolvedAt?: string | null }[] }).cases.find((c) => c.id === 'k1')!;
    expect((await exported()).resolvedAt).toBe('2026-03-03T16:00:00Z');
    t.clock.advance(60_000);
    await t.call('cases.setStatus', { id: 'k1', status: 'assigned' });
    expect((await exported()).resolvedAt ?? null).toBeNull();
  });

  it('refuses a move off the table, saying why and what to do instead, and writes nothing', async () => {
    await open();
    const before = await t.call('cases.get', { id: 'k1' });
    const error = await refusal('cases.setStatus', { id: 'k1', status: 'pending_closure' });
    expect(error).toEqual({
      code: 'invalid_input',
      message: 'cases.setStatus: status: C-1001: Assigned -> Pending Closure is not a move an agent makes by hand: resolve it first, then send the resolution email (template "resolution")',
    });
    expect(await t.call('cases.get', { id: 'k1' })).toEqual(before);
    const preview = await t.core.dispatch('cases.preview', { id: 'k1', action: { kind: 'status', status: 'closed' } });
    expect(preview.ok).toBe(false);
  });
});

describe('a public reply and an internal note', () => {
  it('a reply is recorded and restarts the update clock, as the preview said; the case leaves Our turn', async () => {
    await open();
    const preview = await t.call('cases.preview', { id: 'k1', action: { kind: 'reply' } });
    const detail = await t.call('cases.reply', { id: 'k1', body: '  We changed the SSO setting: please try again.  ' });
    expect(detail.timeline.at(-1)).toMatchObject({ kind: 'public_reply', byId: 'a1', body: 'We changed the SSO setting: please try again.' });
    expect(detail.sla).toEqual(preview.after);
    expect(detail.slaDetail).toMatchObject({ clockStart: '2026-03-03T16:00:00Z', clockStartReason: 'last_reply' });
    expect(detail.lastSentDays).toBe(0);
    const row = (await t.call('queue.list', { view: 'all', limit: 50 })).items.find((i) => i.key === 'C-1001');
    expect(row?.ourTurn).toBe(false);
  });

  it('a note is recorded, never moves the clock, and the preview says so', async () => {
    await open();
    const before = await t.call('cases.get', { id: 'k1' });
    const preview = await t.call('cases.preview', { id: 'k1', action: { kind: 'note' } });
    expect(preview.after).toEqual(preview.before);
    const detail = await t.call('cases.note', { id: 'k1', body: 'HO Phone: 555-555-0147' });
    expect(detail.timeline.at(-1)).toMatchObject({ kind: 'internal_note', byId: 'a1', body: 'HO Phone: 555-555-0147' });
    expect(detail.sla).toEqual(before.sla);
    expect(detail.lastSentDays).toBe(before.lastSentDays);
  });

  it('refuses an empty message, a reply on a closed case and an unknown case, naming the field, and writes nothing', async () => {
    await open();
    const count = async () => (await t.call('cases.get', { id: 'k1' })).timeline.length;
    const entries = await count();
    expect((await refusal('cases.reply', { id: 'k1', body: '   ' })).message).toContain('body: is empty: write the message first');
    expect((await refusal('cases.note', { id: 'k1', body: '' })).message).toContain('body: is empty');
    expect(await refusal('cases.reply', { id: 'k3', body: 'Hello again' })).toEqual({
      code: 'invalid_input',
      message: 'cases.reply: C-1002 is closed; a new request is a new case (split it from this one)',
    });
    expect((await refusal('cases.reply', { id: 'nope', body: 'Hi' })).code).toBe('not_found');
    expect(await count()).toBe(entries);
  });
});

describe('the customer writes on a case waiting for them or due to close', () => {
  it.each(['pending_closure', 'pending_input'] as const)('an email filed into a %s case brings it back to Assigned, recorded, and its update clock runs', async (status) => {
    const raw = smallWorkspace();
    raw.cases[0]!.status = status;
    (raw.cases[0] as Record<string, unknown>).resolvedAt = status === 'pending_closure' ? '2026-03-02T17:00:00Z' : null;
    raw.interactions.push({ id: 'i9', channel: 'email', state: 'waiting', since: '2026-03-03T15:30:00Z', contactId: 'c1', subject: 'Re: Cannot log in', body: 'It broke again.' } as never);
    t = openTestCore({ clock: createFakeClock(NOW), alerts: false, watchExternalChanges: false });
    await t.call('workspace.import', { content: JSON.stringify(raw) });
    await t.call('session.setAgent', { agentId: 'a1' });
    await t.call('interactions.file', { id: 'i9', caseId: 'k1' });
    const detail = await t.call('cases.get', { id: 'k1' });
    expect(detail.status).toBe('assigned');
    expect(detail.timeline.slice(-2).map((e) => [e.kind, e.from, e.to, e.byId])).toEqual([
      ['inbound', null, null, null],
      ['status', status, 'assigned', null],
    ]);
    expect(detail.sla).toMatchObject({ class: 'open' });
    const exported = JSON.parse((await t.call('workspace.export', {})).content) as { cases: { id: string; resolvedAt?: string | null }[] };
    expect(exported.cases.find((c) => c.id === 'k1')!.resolvedAt ?? null).toBeNull();
  });

  it('a call logged into an Assigned case leaves its status alone', async () => {
    await open();
    const logged = await t.call('interactions.log', { channel: 'phone', contact: { id: 'c1' }, subject: 'Called back' });
    await t.call('interactions.file', { id: logged.id, caseId: 'k1' });
    const detail = await t.call('cases.get', { id: 'k1' });
    expect(detail.status).toBe('assigned');
    expect(detail.timeline.at(-1)!.kind).toBe('call');
  });
});

describe('the resolution email (sla.md 6)', () => {
  it('moves a Resolved case to Pending Closure and starts its closure timer, as the preview said', async () => {
    await open();
    await t.call('cases.setStatus', { id: 'k1', status: 'resolved' });
    t.clock.advance(60 * 60_000);
    const preview = await t.call('cases.preview', { id: 'k1', action: { kind: 'reply', template: 'resolution' } });
    expect(preview.after).toBeNull();
    const detail = await t.call('cases.reply', { id: 'k1', body: 'Your login works again: we fixed the SSO setting.', template: 'resolution' });
    expect(detail.status).toBe('pending_closure');
    expect(detail.sla).toBeNull();
    expect(detail.timeline.slice(-2).map((e) => [e.kind, e.from, e.to, e.byId])).toEqual([
      ['public_reply', null, null, 'a1'],
      ['status', 'resolved', 'pending_closure', 'a1'],
    ]);
    const exported = JSON.parse((await t.call('workspace.export', {})).content) as { cases: { id: string; resolvedAt?: string | null }[] };
    expect(exported.cases.find((c) => c.id === 'k1')!.resolvedAt).toBe('2026-03-03T17:00:00Z');
  });

  it('is refused on a case that is not Resolved, naming the template, and writes nothing', async () => {
    await open();
    const before = await t.call('cases.get', { id: 'k1' });
    expect(await refusal('cases.reply', { id: 'k1', body: 'All done.', template: 'resolution' })).toEqual({
      code: 'invalid_input',
      message: 'cases.reply: template: the resolution email goes out on a Resolved case; C-1001 is Assigned: resolve it first',
    });
    expect(await t.call('cases.get', { id: 'k1' })).toEqual(before);
  });
});
