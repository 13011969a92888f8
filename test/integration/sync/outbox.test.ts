import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RT_MAPPING } from '../../../shared/contract/sync';
import { openStore, type Store } from '../../../electron/core/store';
import { applyRemoteCase } from '../../../electron/core/sync/applyPull';
import type { RemoteCase, RemoteEvent } from '../../../electron/core/sync/connector';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/**
 * The local side of the sync (docs/sync.md), on a real workspace file: a case pulled from the help
 * desk, then worked here. What the agent does goes to the outbox in the same transaction; what was
 * pulled never goes back; a local change not yet sent is not undone by the next pull.
 */
const T0 = Date.parse('2026-03-02T15:00:00Z');
const staff = { remoteId: 'maya', name: 'Maya Chen', email: 'a1@example.com', staff: true };
const customer = { remoteId: 'customer', name: 'Pat Doe', email: 'pat@example.com', staff: false };

function ticket(over: Partial<RemoteCase> = {}, events: RemoteEvent[] = []): RemoteCase {
  return {
    remoteId: '41',
    url: 'http://rt.test/Ticket/Display.html?id=41',
    queue: 'Support',
    followed: true,
    subject: 'Printer on fire',
    status: 'new',
    remoteStatus: 'new',
    type: 'bug',
    priority: 'P3',
    owner: null,
    requestor: customer,
    createdAt: T0,
    updatedAt: T0,
    version: '51',
    clientId: null,
    events,
    ...over,
  };
}
const created: RemoteEvent = { remoteId: '50', at: T0, kind: 'inbound', by: customer, body: 'It is on fire.', from: null, to: null };

let t: TestCore;
let store: Store;
const pull = (rc: RemoteCase) => store.uow.run(() => applyRemoteCase({ repos: store.repos, system: 'rt', mapping: DEFAULT_RT_MAPPING, now: t.clock.now() }, rc));
const outbox = () => store.repos.sync.entries({ limit: 100 });

beforeEach(async () => {
  t = openTestCore();
  t.clock.advanceTo(T0 + 60_000);
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  store = openStore({ dbPath: t.dbPath, clock: t.clock });
});
afterEach(() => {
  store.close();
  t.cleanup();
});

describe('a case pulled from the help desk', () => {
  it('comes in as a case with its people and timeline, in the queue with an SLA clock', async () => {
    pull(ticket({}, [created]));
    const c = await t.call('cases.get', { id: 'rt-41' });
    expect(c.key).toBe('RT-41');
    expect(c.subject).toBe('Printer on fire');
    expect(c.timeline.map((e) => [e.kind, e.body])).toEqual([['inbound', 'It is on fire.']]);
    // The requestor is the workspace's contact with that email.
    expect(c.reporter?.id ?? null).toBe('c1');
    const { items } = await t.call('queue.list', { view: 'all' });
    expect(items.find((i) => i.caseId === 'rt-41')?.sla?.deadline).toBeTruthy();
    // Pulled: nothing to send back.
    expect(outbox()).toEqual([]);
  });

  it('the same pull twice adds nothing twice', async () => {
    pull(ticket({}, [created]));
    pull(ticket({}, [created]));
    expect((await t.call('cases.get', { id: 'rt-41' })).timeline).toHaveLength(1);
  });

  it("an agent's reply, note and status change go to the outbox with the action, in order", async () => {
    pull(ticket({ owner: staff, status: 'assigned', remoteStatus: 'open' }, [created]));
    await t.call('session.setAgent', { agentId: 'a1' });
    await t.call('cases.reply', { id: 'rt-41', body: 'We are sending a technician.' });
    await t.call('cases.note', { id: 'rt-41', body: 'Called the customer too.' });
    await t.call('cases.setStatus', { id: 'rt-41', status: 'pending_input' });
    expect(outbox().map((e) => [e.state, e.change])).toEqual([
      ['waiting', { kind: 'reply', body: 'We are sending a technician.' }],
      ['waiting', { kind: 'note', body: 'Called the customer too.' }],
      ['waiting', { kind: 'set', field: 'status', from: 'assigned', to: 'pending_input' }],
    ]);
    const status = await t.call('sync.status', {});
    expect(status.state).toBe('not_connected');
    expect(status.waiting).toBe(3);
  });

  it('a local change not yet sent survives the next pull; once sent, the help desk holds the value', async () => {
    pull(ticket({ owner: staff, status: 'assigned', remoteStatus: 'open' }, [created]));
    await t.call('session.setAgent', { agentId: 'a1' });
    await t.call('cases.setStatus', { id: 'rt-41', status: 'pending_input' });
    pull(ticket({ owner: staff, status: 'assigned', remoteStatus: 'open', subject: 'Printer on fire (smoke)', version: '53' }));
    let c = await t.call('cases.get', { id: 'rt-41' });
    expect(c.status).toBe('pending_input');
    expect(c.subject).toBe('Printer on fire (smoke)');
    store.uow.run(() => store.repos.sync.setState(outbox()[0]!.id, 'sent', null, t.clock.now()));
    pull(ticket({ owner: staff, status: 'resolved', remoteStatus: 'resolved', version: '60' }));
    c = await t.call('cases.get', { id: 'rt-41' });
    expect(c.status).toBe('resolved');
  });

  it('moved in the help desk to a queue the workspace does not follow: it leaves the queue, with a note why', async () => {
    pull(ticket({}, [created]));
    pull(ticket({ queue: 'Billing', followed: false, version: '70' }));
    const { items } = await t.call('queue.list', { view: 'all' });
    expect(items.some((i) => i.caseId === 'rt-41')).toBe(false);
    const c = await t.call('cases.get', { id: 'rt-41' });
    expect(c.timeline.at(-1)?.body).toMatch(/queue Billing, which this workspace does not follow/);
    expect(outbox()).toEqual([]);
  });

  it('a ticket first seen in a queue not followed is not brought in', async () => {
    pull(ticket({ remoteId: '99', queue: 'Billing', followed: false }));
    const r = await t.core.dispatch('cases.get', { id: 'rt-99' });
    expect(r.ok).toBe(false);
  });
});

describe('cases made here on a connected workspace', () => {
  const connect = () =>
    store.uow.run(() =>
      store.repos.settings.set('sync_connection', { system: 'rt', url: 'http://rt.test', queues: ['Support'], mapping: DEFAULT_RT_MAPPING, tokenFile: null, pullEverySeconds: 60 }),
    );

  it('a new case is created in the help desk as it was made; its split-off case and their link follow; an import sends nothing', async () => {
    connect();
    await t.call('session.setAgent', { agentId: 'a2' });
    const made = await t.call('cases.create', { type: 'request_for_service', subject: 'New printer', description: 'Please order one.', reporterId: 'c1', assignee: 'me' });
    const split = await t.call('cases.split', { id: made.case.id, type: 'request_for_service', subject: 'And toner' });
    expect(outbox().map((e) => [e.caseId, e.change.kind])).toEqual([
      [made.case.id, 'create'],
      [split.case.id, 'create'],
      [split.case.id, 'link'],
    ]);
    expect(outbox()[0]!.change).toEqual({
      kind: 'create',
      case: { subject: 'New printer', body: 'Please order one.', status: made.case.status, priority: made.case.priority, type: 'request_for_service', owner: 'a2', requestor: { name: 'Pat Doe', email: 'pat@example.com' } },
    });
    expect(outbox()[2]!.change).toEqual({ kind: 'link', link: 'child', other: made.case.id });
    // Worked on before the help desk confirmed it: in order after the creation.
    await t.call('cases.note', { id: made.case.id, body: 'Ordered.' });
    expect(outbox().at(-1)).toMatchObject({ caseId: made.case.id, change: { kind: 'note', body: 'Ordered.' } });

    const before = outbox().length;
    const imported = smallWorkspace();
    imported.cases.push({ ...imported.cases[1]!, id: 'k9', key: 'C-9009', subject: 'Imported' });
    await t.call('workspace.import', { content: JSON.stringify(imported) });
    expect(outbox()).toHaveLength(before);
  });

  it('a link to a case that is not in the help desk stays here; a related link between two synced cases is sent once', async () => {
    pull(ticket({}, [created]));
    pull(ticket({ remoteId: '42', subject: 'Scanner jammed' }, [{ ...created, remoteId: '60' }]));
    await t.call('session.setAgent', { agentId: 'a2' });
    await t.call('cases.link', { id: 'rt-41', otherId: 'k1', kind: 'related' });
    expect(outbox()).toEqual([]);
    await t.call('cases.link', { id: 'rt-42', otherId: 'rt-41', kind: 'related' });
    expect(outbox().map((e) => [e.caseId, e.change])).toEqual([['rt-41', { kind: 'link', link: 'related', other: 'rt-42' }]]);
  });

  it('a creation the help desk refused and the agent dismissed: the case stays here only, and nothing after it is sent', async () => {
    connect();
    await t.call('session.setAgent', { agentId: 'a2' });
    const made = await t.call('cases.create', { type: 'request_for_service', subject: 'Local only', assignee: 'me' });
    const [entry] = outbox();
    store.uow.run(() => store.repos.sync.setState(entry!.id, 'refused', 'RT: no right to create tickets in Support', null));
    await t.call('sync.resolve', { id: entry!.id, action: 'dismiss' });
    await t.call('cases.note', { id: made.case.id, body: 'Kept here.' });
    expect(outbox().map((e) => e.state)).toEqual(['dismissed']);
    expect(store.repos.sync.link(made.case.id)).toBeUndefined();
  });
});
