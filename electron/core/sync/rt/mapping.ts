import { CASE_STATUSES, CASE_TYPES, PRIORITIES, type CaseStatus, type CaseType, type LinkKind, type Priority } from '../../../../shared/domain/vocab';
import { convert as htmlToText } from 'html-to-text';
import type { RtMapping } from '../../../../shared/contract/sync';
import type { RemoteCase, RemoteEvent, RemotePerson } from '../connector';
import type { RtAttachment, RtTicket, RtTransaction } from './answers';

/**
 * RT ticket + history + attachments → `RemoteCase`, through the workspace's `RtMapping`. Pure: the
 * people and queues a ticket names are looked up beforehand (`RtDirectory`), so this is unit-tested
 * without a server (test/unit/core/rtMapping.test.ts).
 */

/** What the mapping needs resolved before it runs (RT history names users by numeric id). */
export interface RtDirectory {
  /** A user by Name; null for RT_System and Nobody. */
  person(name: string): RemotePerson | null;
  /** A user's Name from the numeric id in `Set Owner` history. */
  userName(id: string): string;
  /** A queue's Name from its id. */
  queueName(id: string): string;
}

export interface RtCaseInput {
  /** RT's base URL (for the case's link). */
  base: string;
  ticket: RtTicket;
  /** ETag of `GET /ticket/N`: the newest transaction id. */
  etag: string;
  /** Transactions to report (those after the engine's known event), any order. */
  transactions: readonly RtTransaction[];
  /** Attachments of (at least) those transactions, for message bodies. */
  attachments: readonly RtAttachment[];
  followedQueues: readonly string[];
}

const NOBODY = 'Nobody';

/** An RT link on this ticket (its AddLink's Field) as what the other ticket is to this case. Merges are not links. */
const LINK_FROM_RT: Record<string, LinkKind> = {
  MemberOf: 'child',
  HasMember: 'parent',
  DependsOn: 'waits_on_config',
  DependedOnBy: 'needs_config',
  RefersTo: 'related',
  ReferredToBy: 'related',
};
const SYSTEM = 'RT_System';

/** RT dates: ISO with Z in tickets, `YYYY-MM-DD HH:MM:SS` UTC in history values; unset = 1970-01-01 → null. */
export function rtDate(value: string | null | undefined): number | null {
  if (!value || value.startsWith('1970-01-01')) return null;
  const iso = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(value) ? `${value.replace(' ', 'T')}Z` : value;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** `YYYY-MM-DD HH:MM:SS` in UTC, as TicketSQL and PUT want dates. */
export function toRtDateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** The nearest of the mapping's priority numbers (a tie goes to the more urgent). */
export function priorityFromRt(value: number, mapping: RtMapping): Priority {
  let best: Priority = 'P6';
  let distance = Infinity;
  for (const p of PRIORITIES) {
    const d = Math.abs(mapping.priorityToRt[p] - value);
    if (d < distance) [best, distance] = [p, d];
  }
  return best;
}

export function cfOf(ticket: RtTicket, name: string | null): { id: string; value: string | null } | null {
  if (!name) return null;
  const cf = ticket.CustomFields.find((f) => f.name === name);
  if (!cf) return null;
  return { id: cf.id, value: cf.values.find((v) => v !== null && v !== '') ?? null };
}

function asStatus(value: string | null | undefined): CaseStatus | null {
  return (CASE_STATUSES as readonly string[]).includes(value ?? '') ? (value as CaseStatus) : null;
}

function asType(value: string | null | undefined): CaseType | null {
  return (CASE_TYPES as readonly string[]).includes(value ?? '') ? (value as CaseType) : null;
}

/** An RT lifecycle status in ours (a custom lifecycle's unknown status counts as being worked on). */
export function statusFromRt(rtStatus: string, mapping: RtMapping): CaseStatus {
  return mapping.statusFromRt[rtStatus] ?? asStatus(rtStatus) ?? 'assigned';
}

/**
 * Our status: the status custom field when it holds one of ours that agrees with RT's lifecycle
 * status (someone who changed the status in RT's own UI left the field behind), else the lifecycle.
 */
export function ticketStatus(ticket: RtTicket, mapping: RtMapping): CaseStatus {
  const exact = asStatus(cfOf(ticket, mapping.statusField)?.value);
  if (exact && mapping.statusToRt[exact] === ticket.Status) return exact;
  return statusFromRt(ticket.Status, mapping);
}

/** The message text of each transaction: its first non-empty text/plain part, else its HTML part as text (a mail sent as HTML only). */
export function bodies(attachments: readonly RtAttachment[]): Map<string, string> {
  const plain = new Map<string, string>();
  const html = new Map<string, string>();
  for (const a of attachments) {
    if (!a.Content?.trim()) continue;
    const type = a.ContentType.toLowerCase();
    if (type.startsWith('text/plain') && !plain.has(a.TransactionId)) plain.set(a.TransactionId, a.Content);
    else if (type.startsWith('text/html') && !html.has(a.TransactionId)) html.set(a.TransactionId, a.Content);
  }
  for (const [txn, content] of html) {
    if (!plain.has(txn)) plain.set(txn, htmlToText(content, { wordwrap: false, selectors: [{ selector: 'img', format: 'skip' }] }).trim());
  }
  return plain;
}

function blank(value: string | null): string | null {
  return value === null || value === '' ? null : value;
}

export function toEvents(input: RtCaseInput, mapping: RtMapping, dir: RtDirectory): RemoteEvent[] {
  const text = bodies(input.attachments);
  const statusCf = cfOf(input.ticket, mapping.statusField);
  const typeCf = cfOf(input.ticket, mapping.typeField);
  const txns = [...input.transactions].sort((a, b) => Number(a.id) - Number(b.id));
  // A status set from Shiftdesk changes the lifecycle and the exact field at once: one event, the exact
  // one. Each field change pairs with the nearest lifecycle change of the same second and person
  // whose new status is the field's (RT itself may reopen a ticket in that second too).
  const paired = new Set<string>();
  for (const c of txns) {
    const to = c.Type === 'CustomField' && statusCf && c.Field === statusCf.id ? asStatus(c.NewValue) : null;
    if (!to) continue;
    const partner = txns
      .filter((t) => t.Type === 'Status' && !paired.has(t.id) && t.Created === c.Created && t.Creator.id === c.Creator.id && t.NewValue === mapping.statusToRt[to])
      .sort((a, b) => Math.abs(Number(a.id) - Number(c.id)) - Math.abs(Number(b.id) - Number(c.id)))[0];
    if (partner) paired.add(partner.id);
  }
  const events: RemoteEvent[] = [];
  for (const t of txns) {
    const by = t.Creator.id === SYSTEM ? null : dir.person(t.Creator.id);
    const base = { remoteId: t.id, at: rtDate(t.Created) ?? 0, by, body: null, from: null, to: null };
    const event = ((): RemoteEvent | null => {
      switch (t.Type) {
        case 'Create':
        case 'Correspond':
          return { ...base, kind: by?.staff ? 'public_reply' : 'inbound', body: text.get(t.id) ?? null };
        case 'Comment':
          return { ...base, kind: 'internal_note', body: text.get(t.id) ?? null };
        case 'Status': {
          if (paired.has(t.id)) return null;
          return { ...base, kind: 'status', from: t.OldValue ? statusFromRt(t.OldValue, mapping) : null, to: statusFromRt(t.NewValue ?? '', mapping) };
        }
        case 'CustomField': {
          if (statusCf && t.Field === statusCf.id) {
            const to = asStatus(t.NewValue);
            return to ? { ...base, kind: 'status', from: asStatus(t.OldValue), to } : null;
          }
          if (typeCf && t.Field === typeCf.id) return { ...base, kind: 'field', field: 'type', from: asType(t.OldValue), to: asType(t.NewValue) };
          return null;
        }
        case 'Set':
          return setEvent(t, base, mapping, dir);
        case 'AddLink': {
          const link = LINK_FROM_RT[t.Field ?? ''];
          const other = /\/ticket\/(\d+)$/.exec(t.NewValue ?? '')?.[1];
          return link && other ? { ...base, kind: 'link', field: other, link } : null;
        }
        default:
          return null; // EmailRecord, SetWatcher, DeleteLink… are not on our timeline
      }
    })();
    if (event) events.push(event);
  }
  return events;
}

function setEvent(t: RtTransaction, base: Omit<RemoteEvent, 'kind'>, mapping: RtMapping, dir: RtDirectory): RemoteEvent | null {
  const person = (id: string | null) => {
    const name = id ? dir.userName(id) : null;
    return name && name !== NOBODY ? name : null;
  };
  switch (t.Field) {
    case 'Owner':
      return { ...base, kind: 'assignment', from: person(blank(t.OldValue)), to: person(blank(t.NewValue)) };
    case 'Priority': {
      const p = (v: string | null) => (blank(v) === null ? null : priorityFromRt(Number(v), mapping));
      return { ...base, kind: 'field', field: 'priority', from: p(t.OldValue), to: p(t.NewValue) };
    }
    case 'Queue': {
      const q = (v: string | null) => (blank(v) === null ? null : dir.queueName(v as string));
      return { ...base, kind: 'field', field: 'queue', from: q(t.OldValue), to: q(t.NewValue) };
    }
    case 'Subject':
      return { ...base, kind: 'field', field: 'subject', from: t.OldValue, to: t.NewValue };
    default:
      return null;
  }
}

export function toRemoteCase(input: RtCaseInput, mapping: RtMapping, dir: RtDirectory): RemoteCase {
  const { ticket } = input;
  const queue = dir.queueName(ticket.Queue.id);
  const requestor = ticket.Requestor[0]?.id ?? null;
  return {
    remoteId: ticket.id,
    url: `${input.base}/Ticket/Display.html?id=${ticket.id}`,
    queue,
    followed: input.followedQueues.includes(queue),
    subject: ticket.Subject,
    status: ticketStatus(ticket, mapping),
    remoteStatus: ticket.Status,
    type: asType(cfOf(ticket, mapping.typeField)?.value),
    priority: priorityFromRt(ticket.Priority, mapping),
    owner: ticket.Owner.id === NOBODY ? null : dir.person(ticket.Owner.id),
    requestor: requestor ? dir.person(requestor) : null,
    createdAt: rtDate(ticket.Created) ?? 0,
    updatedAt: rtDate(ticket.LastUpdated) ?? 0,
    version: input.etag,
    clientId: cfOf(ticket, mapping.clientIdField)?.value ?? null,
    events: toEvents(input, mapping, dir),
  };
}

/** The user Names a ticket and its history name, and the numeric user ids of `Set Owner` history. */
export function peopleNamed(ticket: RtTicket, transactions: readonly RtTransaction[]): { names: Set<string>; ids: Set<string> } {
  const names = new Set<string>([ticket.Owner.id, ...ticket.Requestor.map((r) => r.id), ...transactions.map((t) => t.Creator.id)]);
  const ids = new Set<string>();
  for (const t of transactions) {
    if (t.Type !== 'Set' || t.Field !== 'Owner') continue;
    for (const v of [t.OldValue, t.NewValue]) if (v && /^\d+$/.test(v)) ids.add(v);
  }
  names.delete(SYSTEM);
  names.delete(NOBODY);
  return { names, ids };
}
