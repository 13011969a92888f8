import { describe, expect, it } from 'vitest';
import { rtServerOrSkip } from '../../support/rtServer';
import { rtSync } from '../../support/rtSync';

/**
 * The whole sync (docs/sync.md) against the real RT 5 test server (.ci/rt): a workspace connected to
 * the Support queue pulls a customer's ticket, the agent works it in Shiftdesk, and every action
 * appears in RT, including after RT was unreachable, after an answer was lost, and after someone
 * changed the ticket in RT at the same time. Each test makes its own ticket (a unique subject) and
 * passes run when the test asks (no schedule). RT on a loaded 2-core machine is slow: 180 s a test.
 */
const rt = await rtServerOrSkip();
const TIMEOUT = 180_000;
const { unique, connected, customerTicket, localCase } = rtSync(rt);

async function rtMessages(id: string, type: 'Correspond' | 'Comment'): Promise<string[]> {
  const got = await rt!.api('GET', `ticket/${id}/attachments?per_page=100&fields=TransactionId,Content,ContentType`);
  const hist = await rt!.api('GET', `ticket/${id}/history?per_page=100&fields=Type`);
  const ofType = new Set((hist.json.items as { id: string; Type: string }[]).filter((x) => x.Type === type).map((x) => String(x.id)));
  return (got.json.items as { TransactionId: string | { id: string }; Content: string; ContentType: string }[])
    .filter((a) => a.ContentType === 'text/plain' && ofType.has(typeof a.TransactionId === 'object' ? String(a.TransactionId.id) : String(a.TransactionId)))
    .map((a) => a.Content.trim());
}

const rtStatus = async (id: string) => (await rt!.api('GET', `ticket/${id}`)).json.Status as string;

describe.skipIf(!rt)('sync with a real RT 5 server', () => {
  it(
    "pulls a customer's ticket into the queue, and the agent's reply, note and status appear in RT, once",
    async () => {
      const { t } = await connected();
      const subject = unique('Printer on fire');
      const id = await customerTicket(subject);
      const first = await t.core.sync.pass();
      expect(first.error).toBeNull();
      const c = (await localCase(t, subject))!;
      expect(c.key).toBe(`RT-${id}`);
      expect(c.status).toBe('new');
      expect(c.timeline.map((e) => [e.kind, e.body])).toEqual([['inbound', `Help: ${subject}`]]);

      await t.call('session.setAgent', { agentId: 'a1' });
      await t.call('cases.reply', { id: c.id, body: 'A technician is on the way.' });
      await t.call('cases.note', { id: c.id, body: 'Customer sounded calm.' });
      await t.call('cases.setStatus', { id: c.id, status: 'pending_input' });
      expect((await t.call('sync.status', {})).waiting).toBe(3);
      expect((await t.call('sync.outbox', { caseId: c.id, states: ['waiting'] })).entries.map((e) => e.what)).toEqual(['Public reply', 'Internal note', 'Status: Pending Input']);

      const second = await t.core.sync.pass();
      expect(second.error).toBeNull();
      expect(second.sent).toBe(3);
      expect(await rtMessages(id, 'Correspond')).toEqual(['A technician is on the way.']);
      expect(await rtMessages(id, 'Comment')).toEqual(['Customer sounded calm.']);
      expect(await rtStatus(id)).toBe('stalled');
      const status = await t.call('sync.status', {});
      expect([status.state, status.waiting, status.conflicts]).toEqual(['online', 0, 0]);

      // Pulled again: the reply sent from here is not shown twice, the status stays.
      await t.core.sync.pass();
      const after = (await t.call('cases.get', { id: c.id }))!;
      expect(after.timeline.filter((e) => e.kind === 'public_reply')).toHaveLength(1);
      expect(after.timeline.filter((e) => e.kind === 'internal_note')).toHaveLength(1);
      expect(after.status).toBe('pending_input');
    },
    TIMEOUT,
  );

  it(
    'RT unreachable while sending: the change waits, the indicator says offline, and it is sent once when RT is back',
    async () => {
      const { t, net } = await connected();
      const subject = unique('Offline reply');
      const id = await customerTicket(subject);
      await t.core.sync.pass();
      const c = (await localCase(t, subject))!;
      await t.call('cases.reply', { id: c.id, body: 'Written on the train.' });
      net.down = true;
      const failed = await t.core.sync.pass();
      expect(failed.error).toMatch(/cannot be reached/);
      const offline = await t.call('sync.status', {});
      expect([offline.state, offline.waiting]).toEqual(['offline', 1]);
      expect(offline.nextAttemptAt).not.toBeNull();
      expect(await rtMessages(id, 'Correspond')).toEqual([]);

      net.down = false;
      const back = await t.core.sync.pass();
      expect(back.error).toBeNull();
      expect(await rtMessages(id, 'Correspond')).toEqual(['Written on the train.']);
      expect((await t.call('sync.status', {})).state).toBe('online');
    },
    TIMEOUT,
  );

  it(
    'an answer lost after RT applied the reply: the retry finds it there and does not post it twice',
    async () => {
      const { t, net } = await connected();
      const subject = unique('Lost answer');
      const id = await customerTicket(subject);
      await t.core.sync.pass();
      const c = (await localCase(t, subject))!;
      await t.call('cases.reply', { id: c.id, body: 'Only once, please.' });
      net.loseAnswerOf = /POST .*\/ticket\/\d+\/correspond/;
      const lost = await t.core.sync.pass();
      expect(lost.error).toMatch(/cannot be reached/);
      expect(await rtMessages(id, 'Correspond')).toEqual(['Only once, please.']); // RT has it
      expect((await t.call('sync.status', {})).waiting).toBe(1); // we do not know yet

      const retried = await t.core.sync.pass();
      expect(retried.error).toBeNull();
      expect(await rtMessages(id, 'Correspond')).toEqual(['Only once, please.']);
      expect((await t.call('sync.outbox', { caseId: c.id })).entries.map((e) => e.state)).toEqual(['sent']);
    },
    TIMEOUT,
  );

  it(
    'changed in RT and here at once: a conflict for the agent, both changes in the history; sent again on request',
    async () => {
      const { t } = await connected();
      const subject = unique('Both at once');
      const id = await customerTicket(subject);
      await t.core.sync.pass();
      const c = (await localCase(t, subject))!;
      await t.call('cases.setStatus', { id: c.id, status: 'assigned' });
      await t.core.sync.pass();
      expect(await rtStatus(id)).toBe('open');

      // A colleague resolves it in RT while the agent here sets Pending Input.
      const theirs = await rt!.api('PUT', `ticket/${id}`, { Status: 'resolved' }, 'agent2');
      expect(theirs.status).toBe(200);
      await t.call('cases.setStatus', { id: c.id, status: 'pending_input' });
      await t.core.sync.pass();

      const { entries } = await t.call('sync.outbox', { states: ['conflict'] });
      expect(entries).toHaveLength(1);
      expect(entries[0]!.problem).toMatch(/RT now has status resolved/);
      expect((await t.call('sync.status', {})).conflicts).toBe(1);
      expect(await rtStatus(id)).toBe('resolved');
      const timeline = (await t.call('cases.get', { id: c.id })).timeline.filter((e) => e.kind === 'status');
      expect(timeline.map((e) => e.to)).toEqual(expect.arrayContaining(['pending_input', 'resolved']));

      await t.call('sync.resolve', { id: entries[0]!.id, action: 'send_again' });
      await t.core.sync.idle();
      await t.core.sync.pass();
      expect(await rtStatus(id)).toBe('stalled');
      expect((await t.call('sync.status', {})).conflicts).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'a wrong token: a clear message, and what waits to be sent keeps waiting',
    async () => {
      const { t } = await connected();
      const subject = unique('Token revoked');
      await customerTicket(subject);
      await t.core.sync.pass();
      const c = (await localCase(t, subject))!;
      await t.call('cases.note', { id: c.id, body: 'Kept for later.' });
      await t.call('session.setAgent', { agentId: 'a2' });
      await t.call('sync.connect', { url: rt!.url, queues: ['Support'], token: '1-28-0000000000000000' });
      const pass = await t.core.sync.pass();
      expect(pass.error).toMatch(/RT refused the token \(401\)/);
      const status = await t.call('sync.status', {});
      expect([status.state, status.waiting]).toEqual(['unauthorized', 1]);
      expect(status.lastError).toMatch(/token/);
    },
    TIMEOUT,
  );

  it(
    "an answer RT should never give is refused naming where, and the workspace keeps what it had",
    async () => {
      const { t, net } = await connected();
      const subject = unique('Malformed');
      const id = await customerTicket(subject);
      await t.core.sync.pass();
      const before = (await localCase(t, subject))!;
      await rt!.api('PUT', `ticket/${id}`, { Subject: `${subject} (renamed)` });
      net.corrupt = new RegExp(`GET .*/ticket/${id}$`);
      const pass = await t.core.sync.pass();
      expect(pass.error).toMatch(/CustomFields/);
      const after = (await t.call('cases.get', { id: before.id }))!;
      expect(after.subject).toBe(subject);
      expect(after.timeline).toEqual(before.timeline);
    },
    TIMEOUT,
  );

  it(
    'a ticket moved in RT to a queue the workspace does not follow leaves the queue',
    async () => {
      const { t } = await connected();
      const subject = unique('Moved to billing');
      const id = await customerTicket(subject);
      await t.core.sync.pass();
      const c = (await localCase(t, subject))!;
      expect((await rt!.api('PUT', `ticket/${id}`, { Queue: 'Billing' })).status).toBe(200);
      await t.core.sync.pass();
      expect(await localCase(t, subject)).toBeNull();
      const kept = await t.call('cases.get', { id: c.id });
      expect(kept.timeline.some((e) => e.kind === 'internal_note' && /queue Billing, which this workspace does not follow/.test(e.body ?? ''))).toBe(true);
    },
    TIMEOUT,
  );
});

