import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DEFAULT_RT_MAPPING, type RtMapping } from '../../../../shared/contract/sync';
import type { RemotePerson } from '../../../../electron/core/sync/connector';
import { describeIssue, ticketAnswer, type RtAttachment, type RtTicket, type RtTransaction } from '../../../../electron/core/sync/rt/answers';
import { bodies, peopleNamed, priorityFromRt, rtDate, ticketStatus, toEvents, toRemoteCase, toRtDateTime, type RtDirectory } from '../../../../electron/core/sync/rt/mapping';

const staff = new Set(['shiftdesk-staff', 'shiftdesk-agent2']);
const dir: RtDirectory = {
  person: (name): RemotePerson | null => (name === 'RT_System' || name === 'Nobody' ? null : { remoteId: name, name, email: `${name}@x.test`, staff: staff.has(name) }),
  userName: (id) => ({ '6': 'Nobody', '28': 'shiftdesk-staff', '30': 'shiftdesk-agent2' })[id] ?? id,
  queueName: (id) => ({ '3': 'Support', '4': 'Billing' })[id] ?? `#${id}`,
};

function ticket(over: Partial<RtTicket> & { cf?: Record<string, string | null> } = {}): RtTicket {
  const cf = { 'Shiftdesk Client Id': 'case-1', 'Shiftdesk Type': null, 'Shiftdesk Status': null, ...over.cf };
  const ids: Record<string, string> = { 'Shiftdesk Client Id': '2', 'Shiftdesk Type': '3', 'Shiftdesk Status': '4' };
  return {
    id: '7',
    Subject: 'Printer on fire',
    Status: 'open',
    Queue: { id: '3' },
    Owner: { id: 'Nobody' },
    Requestor: [{ id: 'customer' }],
    Created: '2026-12-05T13:10:48Z',
    LastUpdated: '2026-12-05T13:20:00Z',
    Priority: 0,
    CustomFields: Object.entries(cf).map(([name, v]) => ({ id: ids[name]!, name, values: v === null ? [] : [v] })),
    _hyperlinks: [],
    ...over,
  };
}

let txnId = 100;
function txn(Type: string, over: Partial<RtTransaction> = {}): RtTransaction {
  return { id: String(++txnId), Type, Field: '', OldValue: '', NewValue: '', Created: '2026-12-05T13:11:00Z', Creator: { id: 'shiftdesk-staff' }, ...over };
}

const input = (t: RtTicket, transactions: RtTransaction[] = [], attachments: RtAttachment[] = []) => ({
  base: 'https://rt.example.com',
  ticket: t,
  etag: '160',
  transactions,
  attachments,
  followedQueues: ['Support'],
});

describe('RT mapping', () => {
  it('reads dates: ISO, history format, and 1970 as unset', () => {
    expect(rtDate('2026-12-05T13:10:48Z')).toBe(Date.UTC(2026, 11, 5, 13, 10, 48));
    expect(rtDate('2026-12-24 12:00:00')).toBe(Date.UTC(2026, 11, 24, 12));
    expect(rtDate('1970-01-01T00:00:00Z')).toBeNull();
    expect(rtDate('1970-01-01 00:00:00')).toBeNull();
    expect(rtDate('')).toBeNull();
    expect(toRtDateTime(Date.UTC(2026, 11, 5, 9, 3, 4))).toBe('2026-12-05 09:03:04');
  });

  it('maps a priority number to the nearest (a tie to the more urgent)', () => {
    expect(priorityFromRt(90, DEFAULT_RT_MAPPING)).toBe('P1');
    expect(priorityFromRt(100, DEFAULT_RT_MAPPING)).toBe('P1');
    expect(priorityFromRt(64, DEFAULT_RT_MAPPING)).toBe('P2');
    expect(priorityFromRt(60, DEFAULT_RT_MAPPING)).toBe('P2');
    expect(priorityFromRt(4, DEFAULT_RT_MAPPING)).toBe('P6');
    expect(priorityFromRt(-3, DEFAULT_RT_MAPPING)).toBe('P6');
  });

  it('status: the exact custom field when it agrees with the lifecycle, else the lifecycle', () => {
    expect(ticketStatus(ticket({ Status: 'stalled', cf: { 'Shiftdesk Status': 'pending_release' } }), DEFAULT_RT_MAPPING)).toBe('pending_release');
    expect(ticketStatus(ticket({ Status: 'stalled' }), DEFAULT_RT_MAPPING)).toBe('pending_input');
    // Someone reopened it in RT's own UI: the field is left behind.
    expect(ticketStatus(ticket({ Status: 'open', cf: { 'Shiftdesk Status': 'pending_release' } }), DEFAULT_RT_MAPPING)).toBe('assigned');
    expect(ticketStatus(ticket({ Status: 'open', cf: { 'Shiftdesk Status': 'bogus' } }), DEFAULT_RT_MAPPING)).toBe('assigned');
    expect(ticketStatus(ticket({ Status: 'rejected' }), DEFAULT_RT_MAPPING)).toBe('closed');
    const noField: RtMapping = { ...DEFAULT_RT_MAPPING, statusField: null };
    expect(ticketStatus(ticket({ Status: 'stalled', cf: { 'Shiftdesk Status': 'pending_release' } }), noField)).toBe('pending_input');
  });

  it('message text: the plain part, else the HTML part as text', () => {
    const text = bodies([
      { TransactionId: '1', ContentType: 'text/html', Content: '<p>ignored: plain comes too</p>' },
      { TransactionId: '1', ContentType: 'text/plain', Content: 'Plain words.' },
      { TransactionId: '2', ContentType: 'text/html; charset="utf-8"', Content: '<div>Hello <b>team</b>,<br>the <a href="https://x.test">link</a> is down.<img src="cid:1"></div>' },
      { TransactionId: '3', ContentType: 'text/plain', Content: '  ' },
    ]);
    expect(Object.fromEntries(text)).toEqual({ '1': 'Plain words.', '2': 'Hello team,\nthe link [https://x.test] is down.' });
  });

  it('links added in RT: what the other ticket is to this case; merges and links outside RT are not links', () => {
    const uri = (n: number) => `fsck.com-rt://example.com/ticket/${n}`;
    const events = toEvents(
      input(ticket(), [
        txn('AddLink', { Field: 'MemberOf', NewValue: uri(3) }),
        txn('AddLink', { Field: 'HasMember', NewValue: uri(4) }),
        txn('AddLink', { Field: 'DependsOn', NewValue: uri(5) }),
        txn('AddLink', { Field: 'DependedOnBy', NewValue: uri(6) }),
        txn('AddLink', { Field: 'ReferredToBy', NewValue: uri(7) }),
        txn('AddLink', { Field: 'RefersTo', NewValue: 'https://wiki.example.com/page' }),
        txn('AddLink', { Field: 'MergedInto', NewValue: uri(8) }),
        txn('DeleteLink', { Field: 'RefersTo', OldValue: uri(7) }),
      ]),
      DEFAULT_RT_MAPPING,
      dir,
    );
    expect(events.map((e) => [e.kind, e.field, e.link])).toEqual([
      ['link', '3', 'child'],
      ['link', '4', 'parent'],
      ['link', '5', 'waits_on_config'],
      ['link', '6', 'needs_config'],
      ['link', '7', 'related'],
    ]);
  });

  it('maps the ticket: queue, followed, type, priority, people, version, client id, url', () => {
    const c = toRemoteCase(input(ticket({ Owner: { id: 'shiftdesk-agent2' }, Priority: 72, Queue: { id: '4' }, cf: { 'Shiftdesk Type': 'bug' } })), DEFAULT_RT_MAPPING, dir);
    expect(c).toMatchObject({
      remoteId: '7',
      url: 'https://rt.example.com/Ticket/Display.html?id=7',
      queue: 'Billing',
      followed: false,
      subject: 'Printer on fire',
      status: 'assigned',
      remoteStatus: 'open',
      type: 'bug',
      priority: 'P2',
      owner: { remoteId: 'shiftdesk-agent2', staff: true },
      requestor: { remoteId: 'customer', staff: false },
      createdAt: Date.UTC(2026, 11, 5, 13, 10, 48),
      updatedAt: Date.UTC(2026, 11, 5, 13, 20),
      version: '160',
      clientId: 'case-1',
      events: [],
    });
    const bare = toRemoteCase(input(ticket({ Requestor: [], cf: { 'Shiftdesk Client Id': null, 'Shiftdesk Type': 'question' } })), DEFAULT_RT_MAPPING, dir);
    expect(bare).toMatchObject({ owner: null, requestor: null, clientId: null, type: null, queue: 'Support', followed: true });
  });

  it('maps the history to events, oldest first, skipping what is not on our timeline', () => {
    const t = ticket();
    const at = (s: number) => `2026-12-05T13:11:${String(s).padStart(2, '0')}Z`;
    const create = txn('Create', { Creator: { id: 'customer' }, Created: at(0) });
    const txns = [
      txn('EmailRecord', { Creator: { id: 'RT_System' }, Created: at(1) }),
      txn('Correspond', { Created: at(2) }),
      txn('Status', { Field: 'Status', OldValue: 'new', NewValue: 'open', Creator: { id: 'RT_System' }, Created: at(2) }),
      txn('Comment', { Created: at(3) }),
      txn('Correspond', { Creator: { id: 'customer' }, Created: at(4) }),
      txn('Set', { Field: 'Owner', OldValue: '6', NewValue: '30', Created: at(5) }),
      txn('SetWatcher', { Field: 'Owner', OldValue: '6', NewValue: '30', Created: at(5) }),
      // Shiftdesk set the status: lifecycle and exact field in the same second → one event, the exact one.
      txn('Status', { Field: 'Status', OldValue: 'open', NewValue: 'stalled', Created: at(6) }),
      txn('CustomField', { Field: '4', OldValue: '', NewValue: 'pending_product', Created: at(6) }),
      // RT reopens in the same second, by itself: not paired with the person's exact change.
      txn('Status', { Field: 'Status', OldValue: 'stalled', NewValue: 'open', Creator: { id: 'RT_System' }, Created: at(6) }),
      // Only the exact field (stalled → stalled).
      txn('CustomField', { Field: '4', OldValue: 'pending_product', NewValue: 'pending_release', Created: at(7) }),
      txn('CustomField', { Field: '3', OldValue: '', NewValue: 'bug', Created: at(8) }),
      txn('CustomField', { Field: '2', OldValue: 'a', NewValue: 'b', Created: at(8) }),
      txn('Set', { Field: 'Priority', OldValue: '0', NewValue: '70', Created: at(9) }),
      txn('Set', { Field: 'Queue', OldValue: '3', NewValue: '4', Created: at(9) }),
      txn('Set', { Field: 'Subject', OldValue: 'a', NewValue: 'b', Created: at(9) }),
      txn('Set', { Field: 'Due', OldValue: '1970-01-01 00:00:00', NewValue: '2026-12-24 12:00:00', Created: at(9) }),
      txn('Set', { Field: 'Owner', OldValue: '30', NewValue: '6', Created: at(10), Creator: { id: 'shiftdesk-agent2' } }),
    ];
    const [, reply, , note, inbound] = txns;
    const attachments: RtAttachment[] = [
      { TransactionId: create.id, ContentType: 'text/plain', Content: 'Help!' },
      { TransactionId: reply!.id, ContentType: 'text/plain', Content: '' },
      { TransactionId: reply!.id, ContentType: 'text/plain; charset="utf-8"', Content: 'On it.' },
      { TransactionId: note!.id, ContentType: 'text/plain', Content: 'Driver?' },
      { TransactionId: inbound!.id, ContentType: 'text/html', Content: '<p>Thanks</p>' },
    ];
    const c = toRemoteCase(input(t, [...txns].reverse().concat(create), attachments), DEFAULT_RT_MAPPING, dir);
    expect(c.events.map((e) => [e.kind, e.field ?? null, e.by?.remoteId ?? null, e.from, e.to, e.body])).toEqual([
      ['inbound', null, 'customer', null, null, 'Help!'],
      ['public_reply', null, 'shiftdesk-staff', null, null, 'On it.'],
      ['status', null, null, 'new', 'assigned', null],
      ['internal_note', null, 'shiftdesk-staff', null, null, 'Driver?'],
      ['inbound', null, 'customer', null, null, 'Thanks'],
      ['assignment', null, 'shiftdesk-staff', null, 'shiftdesk-agent2', null],
      ['status', null, 'shiftdesk-staff', null, 'pending_product', null],
      ['status', null, null, 'pending_input', 'assigned', null],
      ['status', null, 'shiftdesk-staff', 'pending_product', 'pending_release', null],
      ['field', 'type', 'shiftdesk-staff', null, 'bug', null],
      ['field', 'priority', 'shiftdesk-staff', 'P6', 'P2', null],
      ['field', 'queue', 'shiftdesk-staff', 'Support', 'Billing', null],
      ['field', 'subject', 'shiftdesk-staff', 'a', 'b', null],
      ['assignment', null, 'shiftdesk-agent2', 'shiftdesk-agent2', null, null],
    ]);
    expect(c.events[0]).toMatchObject({ remoteId: create.id, at: Date.UTC(2026, 11, 5, 13, 11, 0) });
  });

  it('a ticket created by staff is a public reply', () => {
    const c = toRemoteCase(input(ticket(), [txn('Create')]), DEFAULT_RT_MAPPING, dir);
    expect(c.events.map((e) => e.kind)).toEqual(['public_reply']);
  });

  it('names the people to resolve: Names of the ticket and creators, numeric ids of owner changes', () => {
    const t = ticket({ Owner: { id: 'shiftdesk-agent2' } });
    const { names, ids } = peopleNamed(t, [txn('Set', { Field: 'Owner', OldValue: '6', NewValue: '28', Creator: { id: 'RT_System' } }), txn('Comment')]);
    expect([...names].sort()).toEqual(['customer', 'shiftdesk-agent2', 'shiftdesk-staff']);
    expect([...ids].sort()).toEqual(['28', '6']);
  });

  it('an answer of the wrong shape is described by its path', () => {
    const bad = { ...ticket(), CustomFields: [{ id: '2', name: 'x', values: 'oops' }] };
    const result = ticketAnswer.safeParse(bad, { reportInput: true });
    expect(result.success).toBe(false);
    expect(describeIssue(result.error as z.ZodError)).toBe('RT answered something unexpected at CustomFields[0].values: expected an array');
    const missing = ticketAnswer.safeParse({ ...ticket(), Subject: undefined }, { reportInput: true });
    expect(describeIssue(missing.error as z.ZodError)).toBe('RT answered something unexpected at Subject: missing (expected a string)');
  });
});
