import type { StoredEvent } from '../db/repositories/types';
import type { Repositories } from '../db/repositories/types';
import type { WriteSet } from '../db/writes';
import type { PushChange } from './connector';
import { CASE_STATUSES, CASE_TYPES, PRIORITIES, type CaseStatus, type CaseType, type Priority } from '../../../shared/domain/vocab';

/**
 * The outbox's side of the unit of work (docs/sync.md "What is sent"): at commit, in the same
 * transaction as the action, every new timeline event of a synced case that was made here (not
 * pulled: pulled events carry `extra.remote`) and that the help desk keeps becomes an outbox entry.
 * One mechanism for every action: whatever a service records on the timeline is what is sent.
 */
export function captureOutbox(repos: Repositories, writes: WriteSet, now: number): void {
  if (writes.timelines.size === 0 || !repos.sync.hasLinks()) return;
  for (const caseId of writes.timelines) {
    const link = repos.sync.link(caseId);
    if (!link) continue;
    const events = repos.events.after(caseId, link.capturedSeq);
    if (events.length === 0) continue;
    for (const event of events) {
      const change = changeOf(event);
      if (change) repos.sync.enqueue({ caseId, eventSeq: event.seq, change, createdAt: now });
    }
    repos.sync.putLink({ ...link, capturedSeq: events.at(-1)!.seq });
  }
}

const is = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

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
