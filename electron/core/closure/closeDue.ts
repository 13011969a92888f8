import { checkTransition } from '../../../shared/domain/caseStatus';
import { mostSevere } from '../../../shared/domain/chatOutcomes';
import { CLOSURE_DAYS, CLOSURE_SLACK_MS, closureDueAt, testimonialReason, type CaseChatFact, type TestimonialReason } from '../../../shared/domain/closure';
import { countingEntries } from '../../../shared/domain/refile';
import type { EventKind } from '../../../shared/domain/vocab';
import type { CaseRecord, EventRecord } from '../../../shared/interchange/schema';
import { DAY, toIso } from '../../../shared/time/instant';
import type { PendingClosureRow } from '../db/repositories/closure';
import type { Repositories } from '../db/repositories/types';
import type { UnitOfWork } from '../db/unitOfWork';
import { entriesOf } from '../services/chats';
import { appendEvents } from '../services/fingerprint';

/**
 * What closure (`sla.md` section 6) reads and writes, shared by the `closure.run` service and the
 * closure scheduler: which Pending Closure cases are due to close by an instant, which of them are
 * testimonial candidates, and closing the others exactly once.
 */

const PAGE = 200;

/** Timeline entries that are the customer writing (or calling) in. */
const CUSTOMER_WROTE: ReadonlySet<EventKind> = new Set(['inbound', 'voicemail']);

/** A Pending Closure case due to close: when, and why it waits for a follow-up (null: it closes by itself). */
export interface DueCase extends PendingClosureRow {
  dueAt: number;
  reason: TestimonialReason | null;
}

/** The text of the status event an automatic closure records. */
export function closedAutomaticallyText(dueAt: number): string {
  return `Closed automatically ${CLOSURE_DAYS} days after the resolution email (due to close ${toIso(dueAt)}); the customer did not answer`;
}

/** The chats filed into each case, as the candidate rule reads them. */
function chatFacts(repos: Repositories, caseIds: readonly string[]): Map<string, CaseChatFact[]> {
  const byCase = new Map<string, CaseChatFact[]>();
  for (const chat of repos.closure.chatsOf(caseIds)) {
    const facts = byCase.get(chat.caseId) ?? [];
    facts.push({ since: chat.since, outcome: mostSevere(entriesOf(chat.extra).map((e) => e.outcome)) });
    byCase.set(chat.caseId, facts);
  }
  return byCase;
}

/** Every Pending Closure case due to close by `at`, the oldest due first, with its candidate reason. */
export function dueCases(repos: Repositories, timeZone: string, at: number): DueCase[] {
  const due: PendingClosureRow[] = [];
  const dueAt = new Map<string, number>();
  let after: PendingClosureRow | null = null;
  // The due instant grows with the resolution instant: read in that order until one is not due yet.
  for (;;) {
    const rows = repos.closure.pendingAfter(after, PAGE);
    let ahead = false;
    for (const row of rows) {
      const d = closureDueAt(row.resolvedAt, timeZone);
      if (d > at) {
        ahead = true;
        break;
      }
      due.push(row);
      dueAt.set(row.id, d);
    }
    if (ahead || rows.length < PAGE) break;
    after = rows.at(-1)!;
  }
  if (due.length === 0) return [];
  // A customer who wrote after the resolution email answered: the case waits for an agent (it shows in
  // Our turn), not for the timer. Filing such a message moves the case back to Assigned; an imported
  // workspace may hold one still in Pending Closure.
  const timelines = repos.events.timelines(due.map((r) => r.id));
  const open = due.filter((row) => !countingEntries(timelines.get(row.id) ?? []).some((e) => CUSTOMER_WROTE.has(e.kind) && e.at > row.resolvedAt));
  if (open.length === 0) return [];
  const chats = chatFacts(
    repos,
    open.map((r) => r.id),
  );
  return open.map((row) => {
    const c = repos.cases.get(row.id);
    return { ...row, dueAt: dueAt.get(row.id)!, reason: testimonialReason({ possibleTestimonial: c?.possibleTestimonial ?? null }, chats.get(row.id) ?? []) };
  });
}

/** The next instant after `at` at which a Pending Closure case comes due to close, or null when none will. */
export function nextClosureDue(repos: Repositories, timeZone: string, at: number): number | null {
  let after: PendingClosureRow | null = { resolvedAt: at - CLOSURE_DAYS * DAY - CLOSURE_SLACK_MS, id: '' };
  for (;;) {
    const rows = repos.closure.pendingAfter(after, PAGE);
    for (const row of rows) {
      const d = closureDueAt(row.resolvedAt, timeZone);
      if (d > at) return d;
    }
    if (rows.length < PAGE) return null;
    after = rows.at(-1)!;
  }
}

/**
 * Closes every case due to close by `at` that is not a testimonial candidate, in one unit of work
 * that reads them again under the write lock (so a case closed by another pass, a restart or another
 * process, or one the customer answered meanwhile, is left alone): its status moves to Closed (cause
 * `closure`) and a status event by nobody (the scheduler) says why. Events are recorded at `now`.
 * Returns the cases it closed.
 */
export function closeDue(o: { repos: Repositories; uow: UnitOfWork; timeZone: string; at: number; now: number }): { record: CaseRecord; dueAt: number }[] {
  const { repos } = o;
  // A cheap look first: most passes find nothing to close and take no write lock.
  if (!dueCases(repos, o.timeZone, o.at).some((d) => d.reason === null)) return [];
  return o.uow.run(() => {
    const closed: { record: CaseRecord; dueAt: number }[] = [];
    for (const due of dueCases(repos, o.timeZone, o.at)) {
      if (due.reason !== null) continue;
      const c = repos.cases.get(due.id);
      if (!c || c.status !== 'pending_closure' || !checkTransition(c.status, 'closed', 'closure').ok) continue;
      const event: EventRecord = {
        caseId: c.id,
        at: o.now,
        kind: 'status',
        by: null,
        body: closedAutomaticallyText(due.dueAt),
        from: c.status,
        to: 'closed',
        extra: { closure: 'automatic' },
      };
      repos.cases.upsert({ ...c, status: 'closed' });
      appendEvents(repos.events, [event]);
      closed.push({ record: { ...c, status: 'closed' }, dueAt: due.dueAt });
    }
    return closed;
  });
}
