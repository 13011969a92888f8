import type { RtMapping } from '../../../../shared/contract/sync';
import { SyncError, type ConnectionCheck, type Connector, type PullPage, type NewRemoteCase, type PushChange, type PushedLink, type PushOutcome, type PushRequest, type RemoteCase, type RemotePerson } from '../connector';
import { attachmentItem, createdAnswer, messagesAnswer, pageOf, queueItem, ticketAnswer, ticketHit, transactionItem, userAnswer, type RtAttachment, type RtTicket, type RtTransaction, type RtUser } from './answers';
import { createRtHttp, PER_PAGE, type RtHttp } from './http';
import { cfOf, peopleNamed, rtDate, toRemoteCase, toRtDateTime, type RtDirectory } from './mapping';

/**
 * The Request Tracker 5 connector over REST2 (issue 13, docs/sync.md; RT's behaviour as measured in
 * docs/rt-test-server.md FINDINGS). Pulls page tickets by TicketSQL; each reported ticket costs a
 * `GET /ticket/N` (its ETag is the version), a transaction search after the engine's newest known
 * event, and, when that brings messages, an attachment search for their text. Users and queues are
 * cached for the connector's life. Pushes send `If-Match` with the version, re-read the ticket after
 * a change, and refuse to report success for a change RT did not make (RT answers 200 regardless).
 */

export interface RtConnectorOptions {
  url: string;
  token: string;
  /** Followed queues (by Name). */
  queues: readonly string[];
  mapping: RtMapping;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Tickets read at once during a pull (RT's server answers a few requests at a time; more only queue). */
const READS_AT_ONCE = 3;

/** `work` on each item, a few at a time, the results in the items' order. */
async function inOrder<T, R>(items: readonly T[], atOnce: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker));
  return out;
}

/** RT keeps seconds; a pull asks again from a little before the last one's start (the engine de-duplicates). */
const MARGIN_MS = 5_000;
/** The furthest a user's zone may be behind UTC (UTC-12), and a little more. */
const ZONE_MARGIN_MS = 13 * 3_600_000;
const HISTORY_FIELDS = 'Type,Field,OldValue,NewValue,Created,Creator';
const MESSAGE_TYPES = new Set(['Create', 'Correspond', 'Comment']);

/** The pull's position: the TicketSQL date from which changes count (null: a full pull), the last ticket id reported in this pull, and the next pull's date. */
interface Cursor {
  since: string | null;
  afterId: number;
  next: string | null;
}

function parseCursor(cursor: string | null): Cursor {
  if (!cursor) return { since: null, afterId: 0, next: null };
  try {
    const c = JSON.parse(cursor) as Partial<Cursor>;
    return { since: c.since ?? null, afterId: c.afterId ?? 0, next: c.next ?? null };
  } catch {
    return { since: cursor, afterId: 0, next: null };
  }
}

function sql(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function createRtConnector(options: RtConnectorOptions): Connector {
  const { mapping } = options;
  const http: RtHttp = createRtHttp(options);
  const users = new Map<string, RtUser>();
  const userNames = new Map<string, string>();
  let queues: Map<string, string> | null = null;
  let myName: string | null | undefined;

  async function loadQueues(): Promise<Map<string, string>> {
    const items = await http.all({ path: 'queues/all', query: { fields: 'Name' } }, queueItem);
    queues = new Map(items.map((q) => [q.id, q.Name]));
    return queues;
  }

  async function loadUser(key: string): Promise<RtUser> {
    const cached = users.get(key) ?? users.get(userNames.get(key) ?? '');
    if (cached) return cached;
    const { body } = await http.call({ path: `user/${encodeURIComponent(key)}` }, userAnswer);
    users.set(body.Name, body);
    if (/^\d+$/.test(key)) userNames.set(key, body.Name);
    return body;
  }

  /** The token's user: RT 5.0.3 has no "who am I"; its tokens read `<token id>-<user id>-<secret>`. */
  async function me(): Promise<string | null> {
    if (myName !== undefined) return myName;
    const userId = /^\d+-(\d+)-/.exec(options.token)?.[1];
    myName = userId ? (await loadUser(userId)).Name : null;
    return myName;
  }

  function person(name: string): RemotePerson | null {
    if (name === 'RT_System' || name === 'Nobody') return null;
    const u = users.get(name);
    return { remoteId: name, name: u?.RealName || name, email: u?.EmailAddress || null, staff: u?.Privileged ?? false };
  }

  const directory: RtDirectory = {
    person,
    userName: (id) => userNames.get(id) ?? id,
    queueName: (id) => queues?.get(id) ?? `#${id}`,
  };

  async function resolvePeople(ticket: RtTicket, txns: readonly RtTransaction[]): Promise<void> {
    const { names, ids } = peopleNamed(ticket, txns);
    const missing = [...[...names].filter((n) => !users.has(n)), ...[...ids].filter((i) => !userNames.has(i))];
    for (const key of missing) await loadUser(key);
    const queueIds = [ticket.Queue.id, ...txns.filter((t) => t.Type === 'Set' && t.Field === 'Queue').flatMap((t) => [t.OldValue, t.NewValue])];
    if (!queues || queueIds.some((q) => q && !queues?.has(q))) await loadQueues();
  }

  async function transactionsAfter(id: string, after: string | null): Promise<RtTransaction[]> {
    return http.all(
      {
        method: 'POST',
        path: 'transactions',
        query: { fields: `${HISTORY_FIELDS},ObjectId`, orderby: 'id', order: 'ASC' },
        body: [
          { field: 'ObjectType', value: 'RT::Ticket' },
          { field: 'ObjectId', value: id },
          { field: 'id', operator: '>', value: after ?? '0' },
        ],
      },
      transactionItem,
    );
  }

  async function textAttachmentsAfter(id: string, after: string | null): Promise<RtAttachment[]> {
    return http.all(
      {
        method: 'POST',
        path: `ticket/${id}/attachments`,
        query: { fields: 'TransactionId,ContentType,Content' },
        body: [
          { field: 'TransactionId', operator: '>', value: after ?? '0' },
          // text/plain and text/html (a mail sent as HTML only has no plain part).
          { field: 'ContentType', operator: 'LIKE', value: 'text/' },
        ],
      },
      attachmentItem,
    );
  }

  interface Read {
    ticket: RtTicket;
    txns: RtTransaction[];
    remote: RemoteCase;
  }

  /** The ticket as it is now, with its transactions after `since`. */
  async function read(id: string, since: string | null): Promise<Read> {
    const got = await http.call({ path: `ticket/${id}` }, ticketAnswer);
    if (!got.etag) throw new SyncError('malformed', `RT answered GET /ticket/${id} without an ETag`);
    const txns = await transactionsAfter(got.body.id, since);
    const attachments = txns.some((t) => MESSAGE_TYPES.has(t.Type)) ? await textAttachmentsAfter(got.body.id, since) : [];
    await resolvePeople(got.body, txns);
    const remote = toRemoteCase(
      { base: http.base, ticket: got.body, etag: got.etag, transactions: txns, attachments, followedQueues: options.queues },
      mapping,
      directory,
    );
    return { ticket: got.body, txns, remote };
  }

  async function* pull({ cursor, knownEvent, linked }: Parameters<Connector['pull']>[0]): AsyncGenerator<PullPage> {
    const at = parseCursor(cursor);
    const linkedIds = new Set(linked);
    for (;;) {
      const start = http.requests();
      // RT reads a TicketSQL date in the token user's time zone (RT::Date, Format 'unknown'), which
      // may be hours behind UTC: ask from far enough back for any zone, keep what changed since by RT's
      // own UTC dates (a search page costs one request; reading a ticket, three).
      const sinceMs = at.since === null ? null : rtDate(at.since);
      const where =
        sinceMs === null ? `(${options.queues.map((q) => `Queue = ${sql(q)}`).join(' OR ')})` : `LastUpdated > ${sql(toRtDateTime(sinceMs - ZONE_MARGIN_MS))}`;
      const search = await http.call(
        {
          path: 'tickets',
          query: { query: `${where} AND id > ${at.afterId}`, orderby: 'id', order: 'ASC', fields: 'Queue,LastUpdated', per_page: PER_PAGE, page: 1 },
        },
        pageOf(ticketHit),
      );
      const hits = search.body.items;
      if (!queues || hits.some((h) => !queues?.has(h.Queue.id))) await loadQueues();
      // The next pull starts from this one's start by RT's clock (a change made while paging is not lost).
      if (at.next === null) {
        const newest = Math.max(0, ...hits.map((h) => rtDate(h.LastUpdated) ?? 0));
        const clock = search.date ?? (newest || null);
        at.next = clock ? toRtDateTime(clock - MARGIN_MS) : at.since;
      }
      const changed = sinceMs === null ? hits : hits.filter((hit) => (rtDate(hit.LastUpdated) ?? Infinity) > sinceMs);
      const wanted = changed.filter((hit) => options.queues.includes(directory.queueName(hit.Queue.id)) || linkedIds.has(hit.id));
      const cases = await inOrder(wanted, READS_AT_ONCE, async (hit) => (await read(hit.id, knownEvent(hit.id))).remote);
      const more = search.body.count >= PER_PAGE;
      const next: Cursor = more ? { since: at.since, afterId: Number(hits.at(-1)?.id ?? at.afterId), next: at.next } : { since: at.next, afterId: 0, next: null };
      yield { cases, cursor: JSON.stringify(next), more, requests: http.requests() - start };
      if (!more) return;
      Object.assign(at, next);
    }
  }

  async function test(): Promise<ConnectionCheck> {
    const names = [...(await loadQueues()).values()];
    const user = (await me()) ?? '(the token’s user)';
    return { user, queues: options.queues.filter((q) => names.includes(q)), missing: options.queues.filter((q) => !names.includes(q)) };
  }

  async function pushMessage(req: PushRequest, kind: 'reply' | 'note', body: string): Promise<PushOutcome> {
    const id = req.remoteCaseId;
    const type = kind === 'reply' ? 'Correspond' : 'Comment';
    if (req.retry) {
      const there = await findMessage(id, type, body, req.version);
      if (there) return { state: 'done', case: (await read(id, req.version)).remote, remoteEventIds: [there], alreadyThere: true };
    }
    // RT 5.0.3 answers 412 to any If-Match on correspond/comment (that resource has no ETag), so the
    // version is compared here, just before: a change in between is the (short) race left.
    if (req.version !== null) {
      const head = await http.call({ path: `ticket/${id}` }, ticketAnswer);
      if (head.etag !== req.version) return { state: 'stale', case: (await read(id, req.version)).remote };
    }
    const answer = await http.call(
      { method: 'POST', path: `ticket/${id}/${kind === 'reply' ? 'correspond' : 'comment'}`, body: { Content: body, ContentType: 'text/plain' } },
      messagesAnswer,
    );
    const txn = /\/transaction\/(\d+)/.exec(answer.location ?? '')?.[1];
    if (!txn) throw new SyncError('malformed', `RT answered the ${type.toLowerCase()} on ticket ${id} without the transaction's Location (${answer.body.join('; ')})`);
    const after = await read(id, req.version);
    if (!after.txns.some((t) => t.id === txn)) throw new SyncError('rejected', `RT did not record the ${type.toLowerCase()} on ticket ${id}: ${answer.body.join('; ')}`);
    return { state: 'done', case: after.remote, remoteEventIds: [txn], alreadyThere: false };
  }

  /** A Correspond / Comment by the token's user after `version` whose text is `body`: its transaction id. */
  async function findMessage(id: string, type: string, body: string, version: string | null): Promise<string | null> {
    const mine = await me();
    const txns = (await transactionsAfter(id, version)).filter((t) => t.Type === type && (mine === null || t.Creator.id === mine));
    if (txns.length === 0) return null;
    const ids = new Set(txns.map((t) => t.id));
    const text = (await textAttachmentsAfter(id, version)).find((a) => ids.has(a.TransactionId) && a.Content?.trim() === body.trim());
    return text?.TransactionId ?? null;
  }

  type SetChange = Extract<PushChange, { kind: 'set' }>;

  function putBody(change: SetChange): Record<string, unknown> {
    switch (change.field) {
      case 'status':
        return { Status: mapping.statusToRt[change.to], ...(mapping.statusField ? { CustomFields: { [mapping.statusField]: change.to } } : {}) };
      case 'owner':
        return { Owner: change.to ?? 'Nobody' };
      case 'priority':
        return { Priority: mapping.priorityToRt[change.to] };
      case 'type':
        if (!mapping.typeField) throw new SyncError('rejected', 'The mapping names no RT custom field for the case type');
        return { CustomFields: { [mapping.typeField]: change.to } };
    }
  }

  function holds(ticket: RtTicket, change: SetChange): boolean {
    switch (change.field) {
      case 'status':
        return ticket.Status === mapping.statusToRt[change.to] && (!mapping.statusField || cfOf(ticket, mapping.statusField)?.value === change.to);
      case 'owner':
        return ticket.Owner.id === (change.to ?? 'Nobody');
      case 'priority':
        return ticket.Priority === mapping.priorityToRt[change.to];
      case 'type':
        return cfOf(ticket, mapping.typeField)?.value === change.to;
    }
  }

  /** The transactions of `read` that our user made for the field (the engine must not add them again). */
  function ours(r: Read, change: SetChange, mine: string | null): string[] {
    const cf = (name: string | null) => cfOf(r.ticket, name)?.id;
    const match = (t: RtTransaction): boolean => {
      switch (change.field) {
        case 'status':
          return t.Type === 'Status' || (t.Type === 'CustomField' && t.Field === cf(mapping.statusField));
        case 'owner':
          return (t.Type === 'Set' || t.Type === 'SetWatcher') && t.Field === 'Owner';
        case 'priority':
          return t.Type === 'Set' && t.Field === 'Priority';
        case 'type':
          return t.Type === 'CustomField' && t.Field === cf(mapping.typeField);
      }
    };
    return r.txns.filter((t) => (mine === null || t.Creator.id === mine) && match(t)).map((t) => t.id);
  }

  async function pushSet(req: PushRequest, change: SetChange): Promise<PushOutcome> {
    const id = req.remoteCaseId;
    const body = putBody(change);
    const mine = await me();
    let version = req.version;
    if (req.retry || version === null) {
      const now = await read(id, version);
      if (req.retry && holds(now.ticket, change)) return { state: 'done', case: now.remote, remoteEventIds: ours(now, change, mine), alreadyThere: true };
      version ??= now.remote.version;
    }
    const answer = await http.request({ method: 'PUT', path: `ticket/${id}`, body, ifMatch: req.version }, messagesAnswer);
    if ('stale' in answer) return { state: 'stale', case: (await read(id, req.version)).remote };
    const after = await read(id, version);
    if (!holds(after.ticket, change)) {
      const why = answer.body.join('; ') || 'RT gave no reason';
      throw new SyncError('rejected', `RT did not set the ${change.field} of ticket ${id}: ${why}`);
    }
    return { state: 'done', case: after.remote, remoteEventIds: ours(after, change, mine), alreadyThere: false };
  }

  /** Statuses a new ticket may start in (RT's default lifecycle); another is set just after. */
  const CREATE_STATUSES = new Set(['new', 'open']);

  /** The ticket carrying this client id (a creation whose answer was lost), or null. */
  async function ticketWithClientId(clientId: string): Promise<string | null> {
    if (!mapping.clientIdField) return null;
    const found = await http.call(
      { path: 'tickets', query: { query: `CF.{${mapping.clientIdField}} = ${sql(clientId)}`, fields: 'Queue,LastUpdated', per_page: 1, page: 1 } },
      pageOf(ticketHit),
    );
    return found.body.items[0]?.id ?? null;
  }

  /** A case made here: a ticket in the first followed queue, as the case was made, with this entry's client id. */
  async function pushCreate(req: PushRequest, made: NewRemoteCase): Promise<PushOutcome> {
    const status = mapping.statusToRt[made.status];
    const there = req.retry ? await ticketWithClientId(req.clientId) : null;
    if (there) return created(there, status, true);
    const fields: Record<string, string> = {};
    if (mapping.clientIdField) fields[mapping.clientIdField] = req.clientId;
    if (mapping.typeField) fields[mapping.typeField] = made.type;
    if (mapping.statusField) fields[mapping.statusField] = made.status;
    const answer = await http.call(
      {
        method: 'POST',
        path: 'ticket',
        body: {
          Queue: options.queues[0],
          Subject: made.subject,
          ...(made.body.trim() !== '' && { Content: made.body, ContentType: 'text/plain' }),
          Status: CREATE_STATUSES.has(status) ? status : 'open',
          Priority: mapping.priorityToRt[made.priority],
          ...(made.owner !== null && { Owner: made.owner }),
          ...(made.requestor && { Requestor: made.requestor.email }),
          CustomFields: fields,
        },
      },
      createdAnswer,
    );
    return created(answer.body.id, status, false);
  }

  /**
   * The ticket just created (or found again), given the status it could not start in: every
   * transaction so far is ours (a pull must not add them again).
   */
  async function created(id: string, status: string, alreadyThere: boolean): Promise<PushOutcome> {
    let r = await read(id, null);
    if (r.ticket.Status !== status) {
      await http.call({ method: 'PUT', path: `ticket/${id}`, body: { Status: status } }, messagesAnswer);
      r = await read(id, null);
      if (r.ticket.Status !== status) throw new SyncError('rejected', `RT created ticket ${id} but did not set its status ${status}`);
    }
    const mine = await me();
    return { state: 'done', case: r.remote, remoteEventIds: r.txns.filter((t) => mine === null || t.Creator.id === mine || t.Creator.id === 'RT_System').map((t) => t.id), alreadyThere };
  }

  /** RT's link type for each side we send, and how GET /ticket names it. */
  const LINK_TYPES: Record<PushedLink, { field: string; ref: string }> = {
    child: { field: 'MemberOf', ref: 'parent' },
    waits_on_config: { field: 'DependsOn', ref: 'depends-on' },
    related: { field: 'RefersTo', ref: 'refers-to' },
  };

  const linked = (ticket: RtTicket, link: PushedLink, other: string) => ticket._hyperlinks.some((h) => h.ref === LINK_TYPES[link].ref && h.id === other);

  /** A link added on this ticket; RT keeps it on both. A link adds whatever changed meanwhile: no precondition. */
  async function pushLink(req: PushRequest, link: PushedLink, other: string): Promise<PushOutcome> {
    const id = req.remoteCaseId;
    const { field } = LINK_TYPES[link];
    if (req.retry) {
      const now = await read(id, req.version);
      if (linked(now.ticket, link, other)) return { state: 'done', case: now.remote, remoteEventIds: linkTxns(now, field, other), alreadyThere: true };
    }
    const answer = await http.call({ method: 'PUT', path: `ticket/${id}`, body: { [`Add${field}`]: other } }, messagesAnswer);
    const after = await read(id, req.version);
    if (!linked(after.ticket, link, other)) {
      throw new SyncError('rejected', `RT did not link ticket ${id} to ticket ${other}: ${answer.body.join('; ') || 'RT gave no reason'}`);
    }
    return { state: 'done', case: after.remote, remoteEventIds: linkTxns(after, field, other), alreadyThere: false };
  }

  const linkTxns = (r: Read, field: string, other: string) =>
    r.txns.filter((t) => t.Type === 'AddLink' && t.Field === field && t.NewValue?.endsWith(`/ticket/${other}`)).map((t) => t.id);

  function push(req: PushRequest): Promise<PushOutcome> {
    const change = req.change;
    switch (change.kind) {
      case 'set':
        return pushSet(req, change);
      case 'create':
        return pushCreate(req, change.case);
      case 'link':
        return pushLink(req, change.link, change.other);
      default:
        return pushMessage(req, change.kind, change.body);
    }
  }

  return {
    system: 'rt',
    test,
    pull,
    fetchCase: async (id, since) => (await read(id, since)).remote,
    push,
    requests: () => http.requests(),
  };
}
