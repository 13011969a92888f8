import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RT_MAPPING } from '../../../shared/contract/sync';
import { SyncError, type Connector, type PullPage, type RemoteCase } from '../../../electron/core/sync/connector';
import { createRtConnector, type RtConnectorOptions } from '../../../electron/core/sync/rt/connector';
import { rtServerOrSkip } from '../../support/rtServer';

/**
 * The RT connector against the real RT 5.0.3 test server (.ci/rt, docs/rt-test-server.md). Every
 * test makes its own tickets (unique subjects and client ids) and finds them by those, so tests do
 * not depend on ticket ids or on each other. RT on a loaded 2-core machine is slow: 120 s a test.
 */

const rt = await rtServerOrSkip();
const TIMEOUT = 120_000;
const run = `${process.pid}-${Date.now().toString(36)}`;
let serial = 0;
const unique = (what: string) => `${what} ${run}-${++serial}`;

function connector(options: Partial<RtConnectorOptions> = {}): Connector {
  return createRtConnector({ url: rt!.url, token: rt!.token, queues: ['Support'], mapping: DEFAULT_RT_MAPPING, ...options });
}

/** A ticket opened by the customer (as by mail), tagged with a client id by staff. */
async function customerTicket(subject: string): Promise<{ id: string; clientId: string }> {
  const created = await rt!.api('POST', 'ticket', { Queue: 'Support', Subject: subject, Requestor: 'customer@shiftdesk.test', Content: `Help: ${subject}`, ContentType: 'text/plain' }, 'customer');
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const id = String(created.json.id);
  const clientId = `cid-${subject.replace(/\W+/g, '-')}`;
  const tagged = await rt!.api('PUT', `ticket/${id}`, { CustomFields: { 'Shiftdesk Client Id': clientId } });
  expect(tagged.status).toBe(200);
  return { id, clientId };
}

async function put(id: string, body: unknown): Promise<string[]> {
  const answer = await rt!.api('PUT', `ticket/${id}`, body);
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  return answer.json as string[];
}

async function pullAll(c: Connector, cursor: string | null, linked: string[] = [], known: Record<string, string> = {}): Promise<{ cases: RemoteCase[]; pages: PullPage[] }> {
  const pages: PullPage[] = [];
  for await (const page of c.pull({ cursor, linked, knownEvent: (id) => known[id] ?? null })) pages.push(page);
  return { cases: pages.flatMap((p) => p.cases), pages };
}

async function ticket(id: string) {
  const got = await rt!.api('GET', `ticket/${id}`);
  expect(got.status).toBe(200);
  const cf = (name: string) => (got.json.CustomFields as { name: string; values: string[] }[]).find((f) => f.name === name)?.values[0] ?? null;
  return { json: got.json, etag: got.headers.get('etag')!.replace(/"/g, ''), cf };
}

async function history(id: string): Promise<{ id: string; Type: string; Field: string; Creator: { id: string } }[]> {
  const got = await rt!.api('GET', `ticket/${id}/history?per_page=100&fields=Type,Field,Creator`);
  return got.json.items;
}

async function failure(p: Promise<unknown>): Promise<SyncError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SyncError);
  return err as SyncError;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!rt)('RT connector against the RT test server', { timeout: TIMEOUT }, () => {
  it('test(): names the token user and the followed queues found and missing', async () => {
    const check = await connector({ queues: ['Support', 'No Such Queue'] }).test();
    expect(check).toEqual({ user: 'shiftdesk-staff', queues: ['Support'], missing: ['No Such Queue'] });
  });

  it('a full pull maps status, type, priority, owner, requestor and the events', async () => {
    const subject = unique('Full pull');
    const { id, clientId } = await customerTicket(subject);
    await put(id, { CustomFields: { 'Shiftdesk Type': 'bug' }, Priority: 70 });
    expect((await rt!.api('POST', `ticket/${id}/correspond`, { Content: 'We are on it', ContentType: 'text/plain' })).status).toBe(201);
    expect((await rt!.api('POST', `ticket/${id}/comment`, { Content: 'Looks like the printer driver', ContentType: 'text/plain' })).status).toBe(201);
    await put(id, { Owner: 'shiftdesk-agent2' });
    await put(id, { Status: 'stalled', CustomFields: { 'Shiftdesk Status': 'pending_product' } });
    expect((await rt!.api('POST', `ticket/${id}/correspond`, { Content: 'Any news?', ContentType: 'text/plain' }, 'customer')).status).toBe(201);

    const c = connector();
    const started = performance.now();
    const { cases, pages } = await pullAll(c, null);
    const found = cases.find((x) => x.remoteId === id)!;
    console.log(`full pull: ${cases.length} case(s), ${pages.length} page(s), ${c.requests()} requests, ${Math.round(performance.now() - started)} ms`);
    expect(found).toMatchObject({
      subject,
      clientId,
      queue: 'Support',
      followed: true,
      status: 'pending_product',
      remoteStatus: 'stalled',
      type: 'bug',
      priority: 'P2',
      owner: { remoteId: 'shiftdesk-agent2', name: 'Second Agent', staff: true },
      requestor: { remoteId: 'customer', email: 'customer@shiftdesk.test', staff: false },
      version: (await ticket(id)).etag,
    });
    expect(found.url).toBe(`${rt!.url}/Ticket/Display.html?id=${id}`);
    const brief = found.events.map((e) => [e.kind, e.field ?? null, e.by?.remoteId ?? null, e.body ?? e.to]);
    expect(brief).toEqual([
      ['inbound', null, 'customer', `Help: ${subject}`],
      ['field', 'priority', 'shiftdesk-staff', 'P2'], // one PUT: RT sets Priority before the custom field
      ['field', 'type', 'shiftdesk-staff', 'bug'],
      ['public_reply', null, 'shiftdesk-staff', 'We are on it'],
      ['status', null, null, 'assigned'], // RT opens a new ticket on the first reply (RT_System)
      ['internal_note', null, 'shiftdesk-staff', 'Looks like the printer driver'],
      ['assignment', null, 'shiftdesk-staff', 'shiftdesk-agent2'],
      ['status', null, 'shiftdesk-staff', 'pending_product'],
      ['inbound', null, 'customer', 'Any news?'],
    ]);
    const ids = found.events.map((e) => Number(e.remoteId));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));

    // Only the events after the one the engine knows.
    const known = found.events[5]!.remoteId;
    const again = await c.fetchCase(id, known);
    expect(again.events.map((e) => e.kind)).toEqual(['assignment', 'status', 'inbound']);
  });

  it('a customer mail sent as HTML only comes in as its text', async () => {
    const subject = unique('HTML only');
    const created = await rt!.api(
      'POST',
      'ticket',
      { Queue: 'Support', Subject: subject, Requestor: 'customer@shiftdesk.test', Content: '<p>The <b>export</b> fails.</p><p>Since Monday.</p>', ContentType: 'text/html' },
      'customer',
    );
    expect(created.status).toBe(201);
    const c = await connector().fetchCase(String(created.json.id), null);
    expect(c.events.map((e) => [e.kind, e.body])).toEqual([['inbound', 'The export fails.\n\nSince Monday.']]);
  });

  it('an incremental pull by cursor returns the changed tickets only; moved away and linked: followed=false', async () => {
    const quiet = await customerTicket(unique('Quiet'));
    const changed = await customerTicket(unique('Changed'));
    const moved = await customerTicket(unique('Moved'));
    const elsewhere = await rt!.api('POST', 'ticket', { Queue: 'Billing', Subject: unique('Billing only'), Content: 'x', ContentType: 'text/plain' });
    expect(elsewhere.status).toBe(201);
    await sleep(6_500); // a pull asks from 5 s before the previous one started (RT keeps seconds)
    const c = connector();
    const first = await pullAll(c, null);
    const cursor = first.pages.at(-1)!.cursor;
    expect(first.pages.at(-1)!.more).toBe(false);
    expect(first.cases.map((x) => x.remoteId)).toEqual(expect.arrayContaining([quiet.id, changed.id, moved.id]));
    expect(first.cases.map((x) => x.remoteId)).not.toContain(String(elsewhere.json.id));
    const knownOf = Object.fromEntries(first.cases.map((x) => [x.remoteId, x.events.at(-1)?.remoteId ?? '0']));

    await put(changed.id, { Subject: unique('Changed, renamed') });
    await put(moved.id, { Queue: 'Billing' });
    await sleep(6_500);
    const before = c.requests();
    const next = await pullAll(c, cursor, [quiet.id, changed.id, moved.id], knownOf);
    console.log(`incremental pull: ${next.cases.length} case(s), ${c.requests() - before} requests (page counts: ${next.pages.map((p) => p.requests).join(', ')})`);
    const byId = new Map(next.cases.map((x) => [x.remoteId, x]));
    expect(byId.has(quiet.id)).toBe(false);
    expect(byId.get(changed.id)?.events.map((e) => [e.kind, e.field])).toEqual([['field', 'subject']]);
    expect(byId.get(moved.id)).toMatchObject({ queue: 'Billing', followed: false });
    expect(byId.get(moved.id)?.events.map((e) => [e.field, e.from, e.to])).toEqual([['queue', 'Support', 'Billing']]);

    // The cursor moves on: what the last pull brought does not come again.
    const last = await pullAll(c, next.pages.at(-1)!.cursor, [quiet.id, changed.id, moved.id]);
    expect(last.cases.map((x) => x.remoteId).filter((x) => [quiet.id, changed.id, moved.id].includes(x))).toEqual([]);
  });

  it('pushes a reply, a note, status, owner and priority, each confirmed in RT', async () => {
    const { id } = await customerTicket(unique('Push'));
    const c = connector();
    let version = (await c.fetchCase(id, null)).version;
    let clientSerial = 0;
    const push = async (change: Parameters<Connector['push']>[0]['change']) => {
      const outcome = await c.push({ remoteCaseId: id, clientId: `push-${++clientSerial}`, change, version, retry: false });
      expect(outcome.state).toBe('done');
      if (outcome.state !== 'done') throw new Error('not done');
      expect(outcome.alreadyThere).toBe(false);
      expect(outcome.remoteEventIds.length).toBeGreaterThan(0);
      for (const e of outcome.remoteEventIds) expect(outcome.case.events.map((x) => x.remoteId).concat(outcome.remoteEventIds)).toContain(e);
      version = outcome.case.version;
      return outcome;
    };
    const reply = await push({ kind: 'reply', body: 'Please restart the printer.' });
    const note = await push({ kind: 'note', body: 'Customer on the old firmware.' });
    const status = await push({ kind: 'set', field: 'status', from: 'assigned', to: 'pending_development' });
    const owner = await push({ kind: 'set', field: 'owner', from: null, to: 'shiftdesk-agent2' });
    await push({ kind: 'set', field: 'priority', from: 'P6', to: 'P2' });
    await push({ kind: 'set', field: 'type', from: null, to: 'enhancement' });

    const now = await ticket(id);
    expect(now.json).toMatchObject({ Status: 'stalled', Owner: { id: 'shiftdesk-agent2' }, Priority: '70' });
    expect(now.cf('Shiftdesk Status')).toBe('pending_development');
    expect(now.cf('Shiftdesk Type')).toBe('enhancement');
    const h = await history(id);
    expect(h.find((t) => t.id === reply.remoteEventIds[0])?.Type).toBe('Correspond');
    expect(h.find((t) => t.id === note.remoteEventIds[0])?.Type).toBe('Comment');
    expect(status.remoteEventIds.map((e) => h.find((t) => t.id === e)?.Type).sort()).toEqual(['CustomField', 'Status']);
    expect(owner.remoteEventIds.map((e) => h.find((t) => t.id === e)?.Type).sort()).toEqual(['Set', 'SetWatcher']);
    expect(status.case).toMatchObject({ status: 'pending_development', remoteStatus: 'stalled' });
  });

  it('a stale version answers stale with the case as RT holds it now', async () => {
    const { id } = await customerTicket(unique('Stale'));
    const c = connector();
    const seen = await c.fetchCase(id, null);
    expect((await rt!.api('POST', `ticket/${id}/comment`, { Content: 'agent2 was here', ContentType: 'text/plain' }, 'agent2')).status).toBe(201);
    const before = (await history(id)).length;
    const outcome = await c.push({ remoteCaseId: id, clientId: 'stale-1', change: { kind: 'reply', body: 'Too late' }, version: seen.version, retry: false });
    expect(outcome.state).toBe('stale');
    expect(Number(outcome.case.version)).toBeGreaterThan(Number(seen.version));
    expect(outcome.case.events.map((e) => [e.kind, e.by?.remoteId])).toContainEqual(['internal_note', 'shiftdesk-agent2']);
    const set = await c.push({ remoteCaseId: id, clientId: 'stale-2', change: { kind: 'set', field: 'priority', from: null, to: 'P1' }, version: seen.version, retry: false });
    expect(set.state).toBe('stale');
    expect((await history(id)).length).toBe(before);
  });

  it('a retry of a reply that reached RT is alreadyThere and not sent twice; a set already held likewise', async () => {
    const { id } = await customerTicket(unique('Retry'));
    const c = connector();
    const { version } = await c.fetchCase(id, null);
    const req = { remoteCaseId: id, clientId: 'retry-1', change: { kind: 'reply', body: 'Sent once only.' }, version, retry: false } as const;
    const first = await c.push(req);
    expect(first.state).toBe('done');
    const again = await c.push({ ...req, retry: true });
    expect(again).toMatchObject({ state: 'done', alreadyThere: true });
    expect(again.state === 'done' && again.remoteEventIds).toEqual(first.state === 'done' && first.remoteEventIds);
    expect((await history(id)).filter((t) => t.Type === 'Correspond')).toHaveLength(1);

    const set = { remoteCaseId: id, clientId: 'retry-2', change: { kind: 'set', field: 'priority', from: null, to: 'P3' }, version, retry: false } as const;
    expect((await c.push({ ...set, version: first.case.version })).state).toBe('done');
    const setAgain = await c.push({ ...set, version: first.case.version, retry: true });
    expect(setAgain).toMatchObject({ state: 'done', alreadyThere: true });
    expect((await history(id)).filter((t) => t.Type === 'Set' && t.Field === 'Priority')).toHaveLength(1);
  });

  it('a change RT refuses (an unprivileged owner) is rejected with RT’s message', async () => {
    const { id } = await customerTicket(unique('Refused'));
    const c = connector();
    const { version } = await c.fetchCase(id, null);
    const err = await failure(c.push({ remoteCaseId: id, clientId: 'refused-1', change: { kind: 'set', field: 'owner', from: null, to: 'customer' }, version, retry: false }));
    expect(err.code).toBe('rejected');
    expect(err.message).toMatch(/may not own tickets/);
    expect((await ticket(id)).json.Owner.id).toBe('Nobody');
  });

  it('a wrong token is unauthorized; a closed port is unreachable; a strange body is malformed naming the path', async () => {
    const bad = await failure(connector({ token: '1-28-0000000000000000' }).test());
    expect(bad.code).toBe('unauthorized');
    expect(bad.message).toBe('RT refused the token (401): check or replace it');

    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const down = await failure(connector({ url: `http://127.0.0.1:${port}` }).test());
    expect(down.code).toBe('unreachable');
    expect(down.message).toMatch(/ECONNREFUSED/);

    const { id } = await customerTicket(unique('Malformed'));
    const corrupting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).endsWith(`/ticket/${id}`) || (init?.method ?? 'GET') !== 'GET') return response;
      const json = (await response.json()) as { CustomFields: { values: unknown }[] };
      json.CustomFields[0]!.values = 'oops';
      return new Response(JSON.stringify(json), { status: response.status, headers: response.headers });
    };
    const odd = await failure(connector({ fetch: corrupting }).fetchCase(id, null));
    expect(odd.code).toBe('malformed');
    expect(odd.message).toBe('RT answered something unexpected at CustomFields[0].values: expected an array');

    const missing = await failure(connector().fetchCase('999999', null));
    expect(missing.code).toBe('not_found');
  });
});
