import type { SyncConnection } from '../../../shared/contract/sync';
import { CASE_STATUSES, CASE_TYPES, PRIORITIES, type CaseStatus, type CaseType, type LinkKind, type Priority } from '../../../shared/domain/vocab';
import type { Repositories, StoredEvent } from '../db/repositories/types';
import type { WriteSet } from '../db/writes';
import type { PushChange, PushedLink } from './connector';
import { SETTING_CONNECTION } from './settings';

/**
 * The outbox's side of the unit of work (docs/sync.md "What is sent"): at commit, in the same
 * transaction as the action, every new timeline event of a synced case that was made here (not
 * pulled: pulled events carry `extra.remote`) and that the help desk keeps becomes an outbox entry.
 * One mechanism for every action: whatever a service records on the timeline is what is sent.
 *
 * A case made here while connected (created, split off, a configuration case, an interaction filed
 * into a new case) is linked at once without a remote id and its first entry creates it in the help
 * desk, as it was made; its links to other synced cases follow. An import sends nothing: its records
 * were made elsewhere.
 */
export function captureOutbox(repos: Repositories, writes: WriteSet, now: number): void {
  if (writes.timelines.size === 0) return;
  const connection = writes.createdCases.size > 0 ? repos.settings.get<SyncConnection>(SETTING_CONNECTION) : null;
  if (!connection && !repos.sync.hasLinks()) return;
  // (An import notes no created cases: what it brings was made elsewhere.)
  if (connection) for (const caseId of writes.createdCases) captureCreated(repos, connection.system, caseId, now);
  for (const caseId of writes.timelines) {
    const link = repos.sync.link(caseId);
    if (!link) continue;
    const events = repos.events.after(caseId, link.capturedSeq);
    if (events.length === 0) continue;
    if (!writes.imported) enqueueChanges(repos, caseId, events, now);
    repos.sync.putLink({ ...link, capturedSeq: events.at(-1)!.seq });
  }
}

/** A new case: one entry that creates it as it is now (its first event's), then its links. */
function captureCreated(repos: Repositories, system: string, caseId: string, now: number): void {
  // A case pulled in this unit is linked already.
  if (repos.sync.link(caseId)) return;
  const c = repos.cases.get(caseId);
  const events = repos.events.after(caseId, 0);
  if (!c || events.length === 0) return;
  const reporter = c.reporterId ? repos.contacts.get(c.reporterId) : undefined;
  repos.sync.putLink({ caseId, system, remoteId: null, version: null, lastEvent: null, capturedSeq: events.at(-1)!.seq, pulledAt: null });
  const create: PushChange = {
    kind: 'create',
    case: {
      subject: c.subject,
      body: c.description,
      status: c.status,
      priority: c.priority,
      type: c.type,
      owner: c.assigneeId,
      requestor: reporter?.email ? { name: reporter.name, email: reporter.email } : null,
    },
  };
  repos.sync.enqueue({ caseId, eventSeq: events[0]!.seq, change: create, createdAt: now });
  // The rest of what it was made with is in the creation; only its links go on their own.
  enqueueChanges(repos, caseId, events.filter((e) => e.kind === 'link'), now);
}

/** The outbox entries of these events of a linked case: those the help desk keeps and may be sent. */
function enqueueChanges(repos: Repositories, caseId: string, events: readonly StoredEvent[], now: number): void {
  for (const event of events) {
    const change = changeOf(event);
    if (change && sendable(repos, caseId, change)) repos.sync.enqueue({ caseId, eventSeq: event.seq, change, createdAt: now });
  }
}

/** A link goes when the other case is synced too, once: from the side that names it in the help desk. */
function sendable(repos: Repositories, caseId: string, change: PushChange): boolean {
  if (change.kind !== 'link') return true;
  if (change.link === 'related' && change.other < caseId) return false;
  return repos.sync.link(change.other) !== undefined;
}

const is = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/** The side of a link that is sent: this case is the child, the one needing config, or (either) related. */
const PUSHED: ReadonlySet<LinkKind> = new Set<PushedLink>(['child', 'waits_on_config', 'related']);

/** What the help desk is to be told of this event, or null (pulled, or not something it keeps). */
export function changeOf(e: StoredEvent): PushChange | null {
  if (e.extra.remote !== undefined || e.extra.localOnly === true) return null;
  switch (e.kind) {
    case 'public_reply':
      return e.body ? { kind: 'reply', body: e.body } : null;
    case 'internal_note':
      return e.body ? { kind: 'note', body: e.body } : null;
    case 'status':
      return is(CASE_STATUSES, e.to) ? { kind: 'set', field: 'status', from: is(CASE_STATUSES, e.from) ? (e.from as CaseStatus) : null, to: e.to } : null;
    case 'assignment':
      return { kind: 'set', field: 'owner', from: e.from, to: e.to };
    case 'link': {
      const link = e.extra.link as { caseId?: string; kind?: LinkKind } | undefined;
      return link?.caseId && link.kind && PUSHED.has(link.kind) ? { kind: 'link', link: link.kind as PushedLink, other: link.caseId } : null;
    }
    case 'field': {
      const value = e.extra.value;
      if (e.extra.field === 'priority' && is(PRIORITIES, value)) return { kind: 'set', field: 'priority', from: priorityIn(e.from), to: value };
      if (e.extra.field === 'type' && is(CASE_TYPES, value)) return { kind: 'set', field: 'type', from: null, to: value as CaseType };
      return null;
    }
    default:
      return null;
  }
}

/** A priority event's `from` reads "P2 High": its P-level. */
function priorityIn(text: string | null): Priority | null {
  const level = text?.split(' ')[0];
  return is(PRIORITIES, level) ? level : null;
}
