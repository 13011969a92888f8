import { randomUUID } from 'node:crypto';
import type { InteractionDetail, WorkItem } from '../../../shared/contract/index';
import type { DONE_HOWS, IntakeStatus } from '../../../shared/contract/intake';
import type { OriginalContent } from '../../../shared/contract/models';
import { AppError } from '../../../shared/contract/result';
import type { Channel } from '../../../shared/domain/vocab';
import type { ContactRecord, InteractionRecord } from '../../../shared/interchange/schema';
import { toIso } from '../../../shared/time/instant';
import type { Repositories } from '../db/repositories/types';
import type { ServiceDeps } from './deps';
import { interactionItemId, toWorkItem } from './workItems';

/**
 * What intake and filing share about interactions: what intake keeps on one beyond its columns, new
 * ids, the contact a caller is, and an interaction as the contract shows it.
 *
 * Intake keeps its own facts in the interaction's `extra` bag (so export writes them and import keeps
 * them), instants as ISO text like the rest of the interchange format.
 */
export interface IntakeMeta {
  /** The system that pushed it, its id there, the last status applied and when. */
  intake?: { source: string; externalId: string; status: IntakeStatus; lastAt: string };
  from?: { name: string | null; phone: string | null; email: string | null };
  headers?: Record<string, string>;
  audioUrl?: string;
  durationSeconds?: number;
  /** A case key or agent the system gave that matched nothing (kept for the agent to see). */
  givenCaseKey?: string;
  givenAgent?: string;
  /** Logged by hand: by whom. */
  loggedBy?: string | null;
  /**
   * Taken out of the queue without a case: marked done (`interactions.markDone`; undone by
   * `interactions.undoDone`), or logged by hand as done. `how` is absent on records marked done before it was kept.
   */
  done?: { at: string; by: string | null; how?: (typeof DONE_HOWS)[number] };
  /** Filed into a case (`interactions.file`). */
  filed?: { caseId: string; key: string; at: string; by: string | null };
}

export const metaOf = (x: InteractionRecord): IntakeMeta => x.extra as IntakeMeta;

/** The id of the interaction a system's event is about: readable, and one per system, channel and id. */
export const pushedInteractionId = (source: string, channel: Channel, externalId: string) => `${source}:${channel}:${externalId}`;

/** A short random id with a prefix, not yet `taken`. */
export function newId(prefix: string, taken: (id: string) => boolean): string {
  for (;;) {
    const id = `${prefix}-${randomUUID().slice(0, 8)}`;
    if (!taken(id)) return id;
  }
}

/** An existing contact with this email or phone, else a new one (when there is anything to name it by); null for nobody. Inside a unit of work. */
export function contactFor(repos: Repositories, who: { name?: string; phone?: string; email?: string; organizationId?: string }): string | null {
  const existing = repos.intake.findContact(who);
  if (existing !== undefined) return existing;
  const name = who.name || who.email || who.phone;
  if (!name) return null;
  const contact: ContactRecord = {
    id: newId('contact', (id) => repos.contacts.has(id)),
    name,
    email: who.email || null,
    phone: who.phone || null,
    organizationId: who.organizationId ?? null,
    extra: {},
  };
  repos.contacts.upsert(contact);
  return contact.id;
}

/** What an interaction brought with it, as it arrived (a filed one's `TimelineEntry.original`). */
export function originalOf(x: InteractionRecord): OriginalContent {
  const meta = metaOf(x);
  return {
    interactionId: x.id,
    channel: x.channel,
    subject: x.subject,
    from: meta.from ?? null,
    headers: meta.headers ?? null,
    audioUrl: meta.audioUrl ?? null,
    durationSeconds: meta.durationSeconds ?? null,
    source: meta.intake?.source ?? null,
    externalId: meta.intake?.externalId ?? null,
  };
}

/** Reading interactions as the contract shows them. */
export function interactionViews(deps: ServiceDeps) {
  const { repos } = deps;

  const itemOf = (interactionId: string): WorkItem | null => {
    const row = repos.workItems.get(interactionItemId(interactionId));
    return row ? toWorkItem(row, deps.clock.now(), deps.sla.setup(), deps.sla.timeZone()) : null;
  };

  const requireInteraction = (id: string, method: string): InteractionRecord => {
    const x = repos.interactions.get(id);
    if (!x) throw new AppError('not_found', `${method}: no interaction with id ${JSON.stringify(id)}`);
    return x;
  };

  /** An agent as the detail names them (one no longer in the workspace by their id). */
  const agentRef = (id: string | null) => (id === null ? null : { id, name: repos.agents.get(id)?.name ?? id });

  const detailOf = (x: InteractionRecord): InteractionDetail => {
    const meta = metaOf(x);
    const contact = x.contactId ? repos.contacts.get(x.contactId) : undefined;
    const organization = contact?.organizationId ? repos.organizations.get(contact.organizationId) : undefined;
    const linked = x.caseId ? repos.cases.get(x.caseId) : undefined;
    const { interactionId: _id, ...original } = originalOf(x);
    return {
      ...original,
      id: x.id,
      state: x.state,
      since: toIso(x.since),
      status: meta.intake?.status ?? null,
      body: x.body,
      contact: contact
        ? { id: contact.id, name: contact.name, email: contact.email, phone: contact.phone, organizationName: organization?.name ?? null }
        : null,
      priority: x.priority,
      urgent: x.urgent,
      assigneeId: x.assigneeId,
      case: linked ? { id: linked.id, key: linked.key, subject: linked.subject } : null,
      filedAt: meta.filed?.at ?? null,
      done: meta.done && x.state === 'done' ? { at: meta.done.at, by: agentRef(meta.done.by), how: meta.done.how ?? 'marked_done' } : null,
      item: itemOf(x.id),
    };
  };

  return { itemOf, requireInteraction, detailOf };
}
