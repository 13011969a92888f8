import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Input } from '../../../shared/contract/index';
import { openTestCore, type TestCore } from '../../support/testCore';
import { generatedWorkspace, smallWorkspace } from '../../support/workspaceFixture';

/** The fixture's instants are on Monday 2026-03-02 up to 16:40 UTC; "now" is after them. */
const NOW = Date.parse('2026-03-02T17:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const minutesAgo = (m: number) => iso(NOW - m * 60_000);

let t: TestCore;
beforeEach(async () => {
  t = openTestCore();
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  t.clock.advanceTo(NOW);
  await t.core.settled();
  t.changes.length = 0;
});
afterEach(() => t.cleanup());

const queueIds = async () => (await t.call('queue.list', { view: 'all', limit: 500 })).items.map((i) => i.id);
const counts = async () => (await t.call('workspace.status', { counts: true })).counts!;
const failure = async (method: Parameters<TestCore['core']['dispatch']>[0], payload: unknown) => {
  const result = await t.core.dispatch(method, payload);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error;
};
const push = (event: Input<'intake.push'>) => t.call('intake.push', event);

describe('interactions.log (the quick form)', () => {
  it('records a call the agent had as done: who logged it and when, mine, not in the queue', async () => {
    const logged = await t.call('interactions.log', { channel: 'phone', contact: { id: 'c1' }, subject: 'Asked about SSO', note: 'Wants a call back', priority: 'P3' });
    expect(logged).toMatchObject({
      channel: 'phone',
      state: 'done',
      since: iso(NOW),
      subject: 'Asked about SSO',
      body: 'Wants a call back',
      contact: { id: 'c1', name: 'Pat Doe', organizationName: 'Acme Solar' },
      priority: 'P3',
      urgent: false,
      assigneeId: 'a1',
      status: null,
      source: null,
      case: null,
      filedAt: null,
      done: { at: iso(NOW), by: { id: 'a1', name: 'Agent One' }, how: 'logged' },
      item: null,
    });
    expect(await queueIds()).not.toContain(`interaction:${logged.id}`);
    expect(t.changes).toEqual([['interactions']]);
    expect(await t.call('interactions.get', { id: logged.id })).toEqual(logged);
  });

  it('never puts a logged call, even urgent P1, among the waiting calls above ringing ones', async () => {
    await push({ source: 'pbx', externalId: 'r-1', channel: 'phone', status: 'ringing', at: minutesAgo(1), from: { name: 'Lee' } });
    await t.call('interactions.log', { channel: 'phone', contact: { id: 'c2' }, subject: 'Answered on the desk phone', priority: 'P1', urgent: true, since: minutesAgo(30) });
    const calls = (await t.call('queue.list', { view: 'all', limit: 500 })).items.filter((i) => i.channel === 'phone').map((i) => i.id);
    expect(calls).toEqual(['interaction:i1', 'interaction:pbx:phone:r-1']);
  });

  it('logs a chat for a new contact, unassigned, from the given start', async () => {
    const logged = await t.call('interactions.log', {
      channel: 'chat',
      contact: { name: 'Robin Vale', email: 'robin@vale.example.com', organizationId: 'o2' },
      subject: 'Password reset',
      urgent: true,
      since: minutesAgo(6),
      assignToMe: false,
    });
    expect(logged).toMatchObject({ channel: 'chat', state: 'done', contact: { name: 'Robin Vale', organizationName: 'Birch Bank' }, urgent: true, assigneeId: null, since: minutesAgo(6) });
    expect((await counts()).contacts).toBe(3);
    expect(await queueIds()).not.toContain(`interaction:${logged.id}`);
  });

  it('reuses an existing contact found by email or phone instead of adding a second one', async () => {
    const byEmail = await t.call('interactions.log', { channel: 'phone', contact: { name: 'P. Doe', email: 'PAT@example.com' }, subject: 'x' });
    const byPhone = await t.call('interactions.log', { channel: 'phone', contact: { name: 'Pat', phone: '(555) 555-5555' }, subject: 'y' });
    expect([byEmail.contact?.name, byPhone.contact?.name]).toEqual(['Pat Doe', 'Pat Doe']);
    expect((await counts()).contacts).toBe(2);
  });

  it.each([
    ['on_leave', 'You are On leave: nobody is assigned work while Unavailable or On leave'],
    ['unavailable', 'You are Unavailable: nobody is assigned work while Unavailable or On leave'],
  ] as const)('refuses "assign to me" while I am %s, storing nothing; unassigned it is logged', async (status, message) => {
    await t.call('agents.setStatus', { agentId: 'a1', status });
    const before = await counts();
    const payload = { channel: 'phone', contact: { name: 'New Caller', phone: '+1 555 010 3333' }, subject: 'Callback' } as const;
    expect(await failure('interactions.log', payload)).toEqual({ code: 'forbidden', message });
    expect(await counts()).toEqual(before);
    expect(await t.call('interactions.log', { ...payload, assignToMe: false })).toMatchObject({ assigneeId: null, state: 'done' });
  });

  it('refuses an unknown contact or organization, and a new contact without a name, naming the field', async () => {
    expect(await failure('interactions.log', { channel: 'phone', contact: { id: 'nobody' }, subject: 'x' })).toEqual({
      code: 'invalid_input',
      message: 'interactions.log: contact.id: no contact with id "nobody"',
    });
    expect((await failure('interactions.log', { channel: 'phone', contact: { name: 'A', organizationId: 'o9' }, subject: 'x' })).message).toMatch(
      /^interactions\.log: contact\.organizationId: /,
    );
    expect((await failure('interactions.log', { channel: 'phone', contact: { phone: '123' }, subject: 'x' })).message).toBe(
      'interactions.log: contact.name: expected a name for a new contact (or the id of an existing one)',
    );
    expect((await failure('interactions.log', { channel: 'voicemail', contact: { id: 'c1' }, subject: 'x' })).message).toMatch(/^interactions\.log: channel: expected phone \| chat/);
    expect((await counts()).interactions).toBe(3);
  });
});

describe('intake.push (phone and chat systems)', () => {
  const ringing: Input<'intake.push'> = {
    source: 'pbx',
    externalId: 'call-881',
    channel: 'phone',
    status: 'ringing',
    at: minutesAgo(2),
    from: { name: 'Pat', phone: '+1 (555) 555-5555' },
    subject: 'Incoming call: Acme Solar',
    priority: 'P2',
  };

  it('creates a waiting call from a ringing event, matching the caller to a contact by phone', async () => {
    const result = await push(ringing);
    expect(result).toMatchObject({ interactionId: 'pbx:phone:call-881', state: 'waiting', status: 'ringing', changed: true });
    expect(result.item).toMatchObject({ channel: 'phone', contactName: 'Pat Doe', priority: 'P2', waitingSince: minutesAgo(2), key: 'pbx:phone:call-881' });
    // Phone first; among urgent calls (P1/P2) the longest waiting: the fixture's P1 call rang earlier.
    expect((await queueIds()).slice(0, 2)).toEqual(['interaction:i1', 'interaction:pbx:phone:call-881']);
    expect(t.changes).toEqual([['interactions']]);
  });

  it('is idempotent: the same event twice changes nothing and announces nothing', async () => {
    await push(ringing);
    const before = { counts: await counts(), queue: await queueIds(), changes: t.changes.length };
    const again = await push(ringing);
    expect(again).toMatchObject({ changed: false, state: 'waiting', item: { waitingSince: minutesAgo(2) } });
    expect({ counts: await counts(), queue: await queueIds(), changes: t.changes.length }).toEqual(before);
  });

  it('answered takes the call out of the queue but keeps the record; a late ringing does not bring it back', async () => {
    await push(ringing);
    const answered = await push({ source: 'pbx', externalId: 'call-881', channel: 'phone', status: 'answered', at: minutesAgo(1), agent: 'a2@example.com' });
    expect(answered).toMatchObject({ state: 'done', status: 'answered', changed: true, item: null });
    expect(await queueIds()).not.toContain('interaction:pbx:phone:call-881');
    const detail = await t.call('interactions.get', { id: 'pbx:phone:call-881' });
    expect(detail).toMatchObject({ state: 'done', status: 'answered', source: 'pbx', externalId: 'call-881', assigneeId: 'a2', contact: { id: 'c1' }, since: minutesAgo(2) });
    // A retry of the ringing event (older) changes nothing.
    expect(await push(ringing)).toMatchObject({ changed: false, state: 'done', item: null });
    // Held after answering: back in the queue, waiting since it rang.
    const held = await push({ source: 'pbx', externalId: 'call-881', channel: 'phone', status: 'held' });
    expect(held).toMatchObject({ state: 'waiting', item: { waitingSince: minutesAgo(2), assigneeId: 'a2' } });
    await push({ source: 'pbx', externalId: 'call-881', channel: 'phone', status: 'ended' });
    expect(await push({ source: 'pbx', externalId: 'call-881', channel: 'phone', status: 'held' })).toMatchObject({ changed: false, state: 'done' });
    expect((await counts()).interactions).toBe(4);
  });

  it('a chat answered and waiting again waits from the new message', async () => {
    await push({ source: 'livechat', externalId: 'ch-7', channel: 'chat', status: 'waiting', at: minutesAgo(20), from: { name: 'Visitor 7' }, body: 'Hello?' });
    await push({ source: 'livechat', externalId: 'ch-7', channel: 'chat', status: 'answered', at: minutesAgo(15) });
    const again = await push({ source: 'livechat', externalId: 'ch-7', channel: 'chat', status: 'waiting', at: minutesAgo(3), body: 'One more thing' });
    expect(again.item).toMatchObject({ channel: 'chat', waitingSince: minutesAgo(3), contactName: 'Visitor 7', subject: 'Chat from Visitor 7' });
    expect((await t.call('interactions.get', { id: 'livechat:chat:ch-7' })).body).toBe('One more thing');
  });

  it('a voicemail waits with a first-response timer and keeps its transcript and recording', async () => {
    const result = await push({
      source: 'pbx',
      externalId: 'vm-12',
      channel: 'voicemail',
      status: 'received',
      at: minutesAgo(30),
      from: { phone: '+1 555 010 9999' },
      transcript: 'Hi, this is Lee from Birch Bank, please call me back.',
      audioUrl: 'https://pbx.example.com/recordings/vm-12.mp3',
      durationSeconds: 21,
    });
    expect(result.item).toMatchObject({ channel: 'voicemail', contactName: '+1 555 010 9999', waitingSince: minutesAgo(30), sla: { class: 'first_response' } });
    expect(await t.call('interactions.get', { id: result.interactionId })).toMatchObject({
      body: 'Hi, this is Lee from Birch Bank, please call me back.',
      audioUrl: 'https://pbx.example.com/recordings/vm-12.mp3',
      durationSeconds: 21,
      from: { name: null, phone: '+1 555 010 9999', email: null },
      contact: { name: '+1 555 010 9999', phone: '+1 555 010 9999' },
    });
  });

  it('links a case key the customer gave and routes to an agent by id; unknown ones are kept aside, not refused', async () => {
    const known = await push({ source: 'pbx', externalId: 'c-2', channel: 'phone', status: 'ringing', caseKey: 'C-1001', agent: 'a2' });
    expect(known).toMatchObject({ notRouted: null, item: { caseId: 'k1', key: 'C-1001', assigneeId: 'a2' } });
    const unknown = await push({ source: 'pbx', externalId: 'c-3', channel: 'phone', status: 'ringing', caseKey: 'C-4242', agent: 'nobody' });
    expect(unknown).toMatchObject({ notRouted: 'no agent with id or email "nobody"', item: { caseId: null, assigneeId: null } });
  });

  it('leaves a call routed to an agent who is On leave or Unavailable unassigned, and says so; once available the same event routes it', async () => {
    await t.call('session.setAgent', { agentId: 'a2' }); // Agent Two (a lead) sets their own status
    await t.call('agents.setStatus', { agentId: 'a2', status: 'on_leave' });
    const ringing = { source: 'pbx', externalId: 'c-9', channel: 'phone', status: 'ringing', at: minutesAgo(1), agent: 'a2@example.com' } as const;
    const onLeave = await push(ringing);
    expect(onLeave).toMatchObject({
      state: 'waiting',
      changed: true,
      notRouted: 'Agent Two is On leave: nobody is assigned work while Unavailable or On leave',
      item: { assigneeId: null },
    });
    expect((await t.call('queue.list', { view: 'unassigned' })).items.map((i) => i.id)).toContain('interaction:pbx:phone:c-9');
    await t.call('agents.setStatus', { agentId: 'a2', status: 'unavailable' });
    expect((await push({ source: 'livechat', externalId: 'ch-1', channel: 'chat', status: 'waiting', agent: 'a2' })).notRouted).toBe(
      'Agent Two is Unavailable: nobody is assigned work while Unavailable or On leave',
    );
    await t.call('agents.setStatus', { agentId: 'a2', status: 'available' });
    expect(await push(ringing)).toMatchObject({ changed: true, notRouted: null, item: { assigneeId: 'a2' } });
  });

  it('refuses a bad payload with the field path and stores nothing', async () => {
    const before = await counts();
    expect(await failure('intake.push', { ...ringing, status: 'picked-up' })).toEqual({
      code: 'invalid_input',
      message: 'intake.push: status: expected ringing | held | answered | ended, got "picked-up"',
    });
    expect((await failure('intake.push', { ...ringing, from: { email: 'nope' } })).message).toBe('intake.push: from.email: expected an email address, got "nope"');
    expect((await failure('intake.push', { source: 'pbx', channel: 'email', status: 'received', externalId: 'm1' })).message).toMatch(/^intake\.push: body: /);
    expect(await counts()).toEqual(before);
    expect(t.changes).toEqual([]);
  });
});

describe('interactions.file', () => {
  it('files a voicemail into a new case: reporter and organization from its contact, the original on the timeline, the item moves', async () => {
    const vm = await push({
      source: 'pbx',
      externalId: 'vm-1',
      channel: 'voicemail',
      status: 'received',
      at: minutesAgo(45),
      from: { email: 'sam@example.com' },
      subject: 'Voicemail from Sam',
      transcript: 'Please send the invoice again.',
      audioUrl: 'https://pbx.example.com/vm-1.mp3',
    });
    await t.core.settled();
    t.changes.length = 0;
    const c = await t.call('interactions.file', { id: vm.interactionId, newCase: { subject: 'Invoice copy requested', type: 'admin_task', priority: 'P5' } });
    expect(c).toMatchObject({
      key: 'C-1003',
      subject: 'Invoice copy requested',
      type: 'admin_task',
      status: 'new',
      priority: 'P5',
      channel: 'voicemail',
      channels: ['voicemail'],
      createdAt: minutesAgo(45),
      waitingSince: minutesAgo(45),
      reporter: { id: 'c2', name: 'Sam Roe' },
      organization: { id: 'o2', name: 'Birch Bank' },
      assignee: null,
      sla: { class: 'first_response' },
    });
    expect(c.timeline).toEqual([
      {
        seq: expect.any(Number),
        at: minutesAgo(45),
        kind: 'voicemail',
        byId: null,
        byName: null,
        body: 'Please send the invoice again.',
        from: null,
        to: null,
        original: {
          interactionId: 'pbx:voicemail:vm-1',
          channel: 'voicemail',
          subject: 'Voicemail from Sam',
          from: { name: null, phone: null, email: 'sam@example.com' },
          headers: null,
          audioUrl: 'https://pbx.example.com/vm-1.mp3',
          durationSeconds: null,
          source: 'pbx',
          externalId: 'vm-1',
        },
      },
    ]);
    const queue = await queueIds();
    expect(queue).not.toContain('interaction:pbx:voicemail:vm-1');
    expect(queue).toContain(`case:${c.id}`);
    expect(t.changes).toEqual([['cases', 'interactions']]);
    expect(await t.call('interactions.get', { id: vm.interactionId })).toMatchObject({ state: 'done', case: { id: c.id, key: 'C-1003' }, filedAt: iso(NOW), item: null });
    // Filed is final: the system repeating the event changes nothing, and it cannot be filed twice.
    expect(await push({ source: 'pbx', externalId: 'vm-1', channel: 'voicemail', status: 'received', transcript: 'changed?' })).toMatchObject({ changed: false, state: 'done' });
    expect(await failure('interactions.file', { id: vm.interactionId, caseId: 'k1' })).toEqual({
      code: 'conflict',
      message: 'interactions.file: pbx:voicemail:vm-1 is already filed into C-1003',
    });
  });

  it('assigns the new case to the voicemail assignee (or me when asked), with the assignment on the timeline', async () => {
    const c = await t.call('interactions.file', { id: 'i2', newCase: { subject: 'Invoice', type: 'admin_task', priority: 'P4', urgent: true } });
    expect(c).toMatchObject({ status: 'assigned', assignee: { id: 'a1' }, urgency: 'urgent', reporter: { id: 'c2' } });
    expect(c.timeline.map((e) => [e.kind, e.to])).toEqual([
      ['voicemail', null],
      ['assignment', 'a1'],
    ]);
    const item = (await t.call('queue.list', { view: 'my' })).items.find((i) => i.caseId === c.id);
    expect(item).toMatchObject({ key: c.key, assigneeId: 'a1' });
  });

  it('appends an email to an existing case: body, sender and headers on the timeline, the case item rebuilt', async () => {
    const mail = await push({
      source: 'mailbox',
      externalId: '<m-90@example.com>',
      channel: 'email',
      status: 'received',
      at: minutesAgo(5),
      from: { name: 'Pat Doe', email: 'pat@example.com' },
      subject: 'Re: Cannot log in',
      body: 'It works on my phone but not on the laptop.',
      headers: { 'Message-ID': '<m-90@example.com>', 'In-Reply-To': '<m-77@example.com>' },
    });
    expect(mail.item).toMatchObject({ channel: 'email', contactName: 'Pat Doe', subject: 'Re: Cannot log in' });
    const c = await t.call('interactions.file', { id: mail.interactionId, caseId: 'k1' });
    expect(c.key).toBe('C-1001');
    expect(c.timeline).toHaveLength(6);
    expect(c.timeline.at(-1)).toMatchObject({
      kind: 'inbound',
      at: minutesAgo(5),
      body: 'It works on my phone but not on the laptop.',
      original: { channel: 'email', from: { email: 'pat@example.com' }, headers: { 'In-Reply-To': '<m-77@example.com>' }, source: 'mailbox' },
    });
    expect(c.channels).toEqual(['email', 'phone']);
    expect(await queueIds()).not.toContain(`interaction:${mail.interactionId}`);
    const k1 = (await t.call('queue.list', { view: 'all', limit: 500 })).items.find((i) => i.id === 'case:k1');
    expect(k1).toMatchObject({ waitingSince: '2026-03-02T16:30:00Z' });
  });

  it('a filed call adds its channel to the case; its entry is by the agent who logged it', async () => {
    const call = await t.call('interactions.log', { channel: 'phone', contact: { id: 'c2' }, subject: 'About the invoice', note: 'Asked for a copy' });
    await t.call('session.setAgent', { agentId: 'a2' });
    const c = await t.call('interactions.file', { id: call.id, caseId: 'k2' });
    expect(c.channels).toEqual(['email', 'phone']);
    expect(c.timeline.at(-1)).toMatchObject({
      kind: 'call',
      byId: 'a1',
      byName: 'Agent One',
      body: 'Asked for a copy',
      original: { channel: 'phone', subject: 'About the invoice' },
    });
  });

  it('a pushed call or chat filed into a case is by the agent who filed it; a voicemail or email stays the customer’s', async () => {
    await push({ source: 'pbx', externalId: 'c-5', channel: 'phone', status: 'ringing', at: minutesAgo(4), from: { name: 'Pat' } });
    await push({ source: 'livechat', externalId: 'ch-5', channel: 'chat', status: 'waiting', at: minutesAgo(3), body: 'Hello?' });
    await t.call('session.setAgent', { agentId: 'a2' });
    await t.call('interactions.file', { id: 'pbx:phone:c-5', caseId: 'k1' });
    const c = await t.call('interactions.file', { id: 'livechat:chat:ch-5', caseId: 'k1' });
    const filed = c.timeline.filter((e) => e.original !== null).map((e) => [e.kind, e.byId]);
    expect(filed).toEqual([
      ['call', 'a2'],
      ['chat', 'a2'],
    ]);
    const vm = await t.call('interactions.file', { id: 'i2', caseId: 'k2' });
    expect(vm.timeline.at(-1)).toMatchObject({ kind: 'voicemail', byId: null });
  });

  it('files an unknown caller’s voicemail into a new case with the reporter the agent typed, which becomes a contact', async () => {
    const vm = await push({ source: 'pbx', externalId: 'vm-anon', channel: 'voicemail', status: 'received', at: minutesAgo(20), transcript: 'Hi, it is Lee, call me.' });
    expect(await t.call('interactions.get', { id: vm.interactionId })).toMatchObject({ contact: null, from: null });
    const c = await t.call('interactions.file', {
      id: vm.interactionId,
      newCase: { subject: 'Call Lee back', type: 'request_for_service', priority: 'P4', reporter: { name: 'Lee Park', phone: '+1 555 010 7777' } },
    });
    expect(c.reporter).toMatchObject({ name: 'Lee Park' });
    expect((await counts()).contacts).toBe(3);
    expect(await t.call('interactions.get', { id: vm.interactionId })).toMatchObject({ contact: { name: 'Lee Park', phone: '+1 555 010 7777' } });
    expect((await t.call('cases.search', { text: 'Lee Park' })).cases.map((hit) => hit.key)).toEqual([c.key]);
  });

  it('a typed reporter who is a known contact (by email) is that contact, with their organization', async () => {
    const vm = await push({ source: 'pbx', externalId: 'vm-anon-2', channel: 'voicemail', status: 'received', transcript: 'Sam here.' });
    const c = await t.call('interactions.file', {
      id: vm.interactionId,
      newCase: { subject: 'Sam called', type: 'request_for_service', priority: 'P4', reporter: { name: 'Sam', email: 'SAM@example.com' } },
    });
    expect(c).toMatchObject({ reporter: { id: 'c2', name: 'Sam Roe' }, organization: { id: 'o2' } });
    expect((await counts()).contacts).toBe(2);
  });

  it('refuses a reporter without a name, naming the field, and files nothing', async () => {
    const vm = await push({ source: 'pbx', externalId: 'vm-anon-3', channel: 'voicemail', status: 'received' });
    const before = await counts();
    const error = await failure('interactions.file', { id: vm.interactionId, newCase: { subject: 's', type: 'bug', priority: 'P3', reporter: { phone: '+1 555 010 1234' } } });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^interactions\.file: newCase\.reporter\.name: expected a name/);
    expect(await counts()).toEqual(before);
  });

  it('refuses to give a new case to an agent who is Unavailable or On leave, naming them; nothing is filed', async () => {
    // i2 is routed to Agent One: the new case would be theirs.
    await t.call('agents.setStatus', { agentId: 'a1', status: 'unavailable' });
    const newCase = { subject: 'Invoice', type: 'admin_task', priority: 'P4' } as const;
    expect(await failure('interactions.file', { id: 'i2', newCase })).toEqual({
      code: 'forbidden',
      message: 'You are Unavailable: nobody is assigned work while Unavailable or On leave',
    });
    await t.call('session.setAgent', { agentId: 'a2' });
    await t.call('agents.setStatus', { agentId: 'a1', status: 'on_leave' });
    const before = { counts: await counts(), queue: await queueIds() };
    expect(await failure('interactions.file', { id: 'i2', newCase })).toEqual({
      code: 'forbidden',
      message: 'Agent One is On leave: nobody is assigned work while Unavailable or On leave',
    });
    expect({ counts: await counts(), queue: await queueIds() }).toEqual(before);
    // Assigned to me instead (Available), it is filed.
    expect(await t.call('interactions.file', { id: 'i2', newCase: { ...newCase, assignToMe: true } })).toMatchObject({ assignee: { id: 'a2' } });
  });

  it('refuses an unknown interaction or case, and neither/both targets', async () => {
    expect((await failure('interactions.file', { id: 'nope', caseId: 'k1' })).code).toBe('not_found');
    expect(await failure('interactions.file', { id: 'i2', caseId: 'k404' })).toEqual({ code: 'not_found', message: 'interactions.file: caseId: no case with id "k404"' });
    expect((await failure('interactions.file', { id: 'i2' })).message).toMatch(/^interactions\.file: caseId: give either caseId/);
    expect((await failure('interactions.file', { id: 'i2', caseId: 'k1', newCase: { subject: 's', type: 'bug', priority: 'P3' } })).code).toBe('invalid_input');
    expect((await failure('interactions.file', { id: 'i2', newCase: { subject: 's', type: 'question', priority: 'P3' } })).message).toMatch(/^interactions\.file: newCase\.type: /);
    expect(await queueIds()).toContain('interaction:i2');
  });

  it('is one transaction: when the timeline write fails, no case is created and the voicemail stays in the queue', async () => {
    const before = { counts: await counts(), queue: await queueIds() };
    const other = new Database(t.dbPath);
    other.exec("CREATE TRIGGER fail_events BEFORE INSERT ON case_events BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;");
    other.close();
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = await failure('interactions.file', { id: 'i2', newCase: { subject: 'Invoice', type: 'admin_task', priority: 'P4' } });
    log.mockRestore();
    expect(error).toMatchObject({ code: 'internal', message: expect.stringContaining('disk on fire') });
    expect({ counts: await counts(), queue: await queueIds() }).toEqual(before);
    expect(await t.call('interactions.get', { id: 'i2' })).toMatchObject({ state: 'waiting', case: null, filedAt: null });
  });

  it('marks a voicemail done without a case: it leaves the queue, the record says who and when', async () => {
    const detail = await t.call('interactions.markDone', { id: 'i2' });
    expect(detail).toMatchObject({ id: 'i2', state: 'done', item: null, done: { at: iso(NOW), by: { id: 'a1', name: 'Agent One' }, how: 'marked_done' } });
    expect(await queueIds()).not.toContain('interaction:i2');
    expect((await counts()).interactions).toBe(3);
    expect((await t.call('interactions.get', { id: 'i2' })).done).toEqual(detail.done);
  });

  it('undoes Mark done in one step: back in the queue as it was, the done record gone', async () => {
    const before = (await t.call('interactions.get', { id: 'i2' })).item;
    await t.call('interactions.markDone', { id: 'i2' });
    t.changes.length = 0;
    const undone = await t.call('interactions.undoDone', { id: 'i2' });
    expect(undone).toMatchObject({ state: 'waiting', done: null, assigneeId: 'a1', item: { id: 'interaction:i2', waitingSince: before!.waitingSince, assigneeId: 'a1' } });
    expect(await queueIds()).toContain('interaction:i2');
    expect(t.changes).toEqual([['interactions']]);
    // Undoing again changes nothing.
    expect(await t.call('interactions.undoDone', { id: 'i2' })).toMatchObject({ state: 'waiting' });
    expect(t.changes).toHaveLength(1);
  });

  it('refuses to undo what was filed since, a call its system ended since, or a call logged by hand', async () => {
    await t.call('interactions.markDone', { id: 'i2' });
    await t.call('interactions.file', { id: 'i2', caseId: 'k2' });
    expect(await failure('interactions.undoDone', { id: 'i2' })).toEqual({ code: 'conflict', message: 'interactions.undoDone: i2 was filed into C-999 since' });

    await push({ source: 'pbx', externalId: 'c-7', channel: 'phone', status: 'ringing', at: minutesAgo(2) });
    await t.call('interactions.markDone', { id: 'pbx:phone:c-7' });
    await push({ source: 'pbx', externalId: 'c-7', channel: 'phone', status: 'ended' });
    expect(await failure('interactions.undoDone', { id: 'pbx:phone:c-7' })).toEqual({
      code: 'conflict',
      message: 'interactions.undoDone: pbx:phone:c-7 was ended since (its system said so): it stays done',
    });

    const logged = await t.call('interactions.log', { channel: 'phone', contact: { id: 'c1' }, subject: 'Desk phone' });
    expect(await failure('interactions.undoDone', { id: logged.id })).toEqual({ code: 'conflict', message: `interactions.undoDone: ${logged.id} was not marked done` });
    expect(await queueIds()).not.toContain(`interaction:${logged.id}`);
  });

  it('the sweep names an unfiled voicemail by its caller and subject', async () => {
    await push({ source: 'pbx', externalId: 'vm-s', channel: 'voicemail', status: 'received', from: { name: 'Lee Park' }, subject: 'Inverter report empty' });
    const { sweep } = await t.call('sweep.preview');
    expect(sweep.newKeys).toContain('Voicemail from Lee Park: “Inverter report empty”');
  });
});

describe('cases.search', () => {
  const keys = async (text: string) => (await t.call('cases.search', { text })).cases.map((c) => c.key);

  it('finds cases by key, contact name or email, and organization name; the exact key first, then open ones', async () => {
    expect(await keys('C-999')).toEqual(['C-999']);
    expect(await keys('acme')).toEqual(['C-1001']);
    expect(await keys('Pat D')).toEqual(['C-1001']);
    expect(await keys('sam@example')).toEqual(['C-999', 'C-1002']);
    expect(await keys('Birch')).toEqual(['C-999']);
    expect(await keys('invoice')).toEqual([]);
    expect(await keys('c-100')).toEqual(['C-1001', 'C-1002']);
    // The exact key first, even a closed one; then open before closed.
    expect(await keys('c-1002')).toEqual(['C-1002']);
    expect(await keys('C-99')).toEqual(['C-999']);
    expect(await keys('zzz')).toEqual([]);
    const [hit] = (await t.call('cases.search', { text: 'c-1002' })).cases;
    expect(hit).toEqual({
      id: 'k3',
      key: 'C-1002',
      subject: 'Old question',
      status: 'closed',
      priority: 'P6',
      open: false,
      createdAt: '2026-02-01T09:00:00Z',
      organizationName: null,
      contactName: 'Sam Roe',
      contactEmail: 'sam@example.com',
    });
  });

  it('treats % and _ as plain characters', async () => {
    expect(await keys('%')).toEqual([]);
    expect(await keys('_')).toEqual([]);
  });

  it('answers like a plain filter-and-sort over every case, through the indexes or the scan, at most 20', async () => {
    const big = openTestCore();
    try {
      const file = generatedWorkspace(7, { cases: 300, interactions: 0 });
      const garcias = Array.from({ length: 15 }, (_, n) => ({ id: `g${n}`, name: `Lee Garcia ${n}`, email: `lee${n}@garcia.example.com`, organizationId: null }));
      file.contacts.push(...(garcias as never[]));
      file.cases.forEach((c, i) => {
        if (i % 3 === 0) c.reporterId = `g${i % 15}`;
      });
      await big.call('workspace.import', { content: JSON.stringify(file) });
      const contacts = new Map(file.contacts.map((c) => [c.id, c as { name: string; email?: string | null }]));
      const orgs = new Map(file.organizations.map((o) => [o.id, o.name]));
      const closed = ['resolved', 'pending_closure', 'closed'];
      /** The rule of cases.search, written plainly. */
      const expected = (text: string) => {
        const q = text.toLowerCase();
        const has = (v: string | null | undefined) => v != null && v.toLowerCase().includes(q);
        const hits = file.cases
          .map((c, ord) => ({ c, ord }))
          .filter(({ c }) => has(c.key) || has(contacts.get(c.reporterId)?.name) || has(contacts.get(c.reporterId)?.email) || has(orgs.get(c.organizationId ?? '')));
        hits.sort((a, b) => {
          const exact = Number(b.c.key.toLowerCase() === q) - Number(a.c.key.toLowerCase() === q);
          const open = Number(closed.includes(a.c.status)) - Number(closed.includes(b.c.status));
          return exact || open || b.ord - a.ord;
        });
        return hits.slice(0, 20).map(({ c }) => c.key);
      };
      // Sparse (few keys, contacts, organizations) and dense (many) searches alike.
      for (const text of ['garcia', 'Lee Garcia 1', 'C-', 'c-10', 'C-95', 'acme', 'birch', 'sam@', 'zzz', 'C-1082']) {
        const { cases } = await big.call('cases.search', { text });
        expect(cases.map((c) => c.key), text).toEqual(expected(text));
        expect(cases.length).toBeLessThanOrEqual(20);
      }
      expect((await big.call('cases.search', { text: 'C-' })).cases).toHaveLength(20);
    } finally {
      big.cleanup();
    }
  });

  it('refuses empty text', async () => {
    expect((await failure('cases.search', { text: '   ' })).message).toMatch(/^cases\.search: text: /);
  });
});

describe('intake.info', () => {
  it('has one token per workspace, kept across calls and restarts, never exported', async () => {
    const first = await t.call('intake.info');
    expect(first).toEqual({ url: null, token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), running: false, port: null });
    expect((await t.call('intake.info')).token).toBe(first.token);
    const { content } = await t.call('workspace.export');
    expect(content).not.toContain(first.token);
  });

  it('reports where a face runs the endpoint, and that it stopped (keeping the port for next time)', async () => {
    t.core.intake.announce({ url: 'http://127.0.0.1:45123/intake', port: 45123 });
    expect(await t.call('intake.info')).toMatchObject({ url: 'http://127.0.0.1:45123/intake', running: true, port: 45123 });
    expect(t.core.intake.credentials().port).toBe(45123);
    t.core.intake.announce(null);
    expect(await t.call('intake.info')).toMatchObject({ url: 'http://127.0.0.1:45123/intake', running: false, port: 45123 });
  });

  it('pushed interactions keep their intake details through export and import', async () => {
    await push({ source: 'pbx', externalId: 'vm-5', channel: 'voicemail', status: 'received', audioUrl: 'https://pbx.example.com/5.mp3', from: { phone: '+1 555 555 5555' } });
    const { content } = await t.call('workspace.export');
    const exported = (JSON.parse(content) as { interactions: Record<string, unknown>[] }).interactions.find((x) => x.id === 'pbx:voicemail:vm-5');
    expect(exported).toMatchObject({ channel: 'voicemail', contactId: 'c1', audioUrl: 'https://pbx.example.com/5.mp3', intake: { source: 'pbx', externalId: 'vm-5', status: 'received' } });
    const again = await t.call('workspace.import', { content });
    expect(again.written.interactions).toBe(0);
  });
});
