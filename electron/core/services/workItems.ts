import { queueSortKey } from '../../../shared/domain/queueOrder';
import { agingSortKey, customerWroteLast, lastSentDays } from '../../../shared/domain/queueViews';
import { lastSentToCustomer } from '../../../shared/sla/lastSent';
import { CHANNEL_LABELS, isOpenStatus } from '../../../shared/domain/vocab';
import { caseWaitingSince } from '../../../shared/domain/waitingSince';
import type { WorkItem } from '../../../shared/contract/models';
import type { CaseRecord, InteractionRecord } from '../../../shared/interchange/schema';
import { toIso } from '../../../shared/time/instant';
import { planSla, type SlaSetup } from '../../../shared/sla/index';
import type { Repositories, StoredWorkItem, WorkItemRow, WorkItemViewColumns, WorkItemWrite } from '../db/repositories/types';
import { slaColumns, slaOf } from './slaContext';

/**
 * The derived queue (`queue.md` "Work items"): one row per open case and per waiting
 * interaction. A case is the `email` row of the spec's table ("a case whose last message is
 * from the customer, or whose update timer runs"); calls, chats, voicemails and unfiled emails
 * are interactions with their own channel. The SLA plan (`shared/sla`) is stored with each row:
 * an open case's timer; an unfiled voicemail or email runs `first_response` from its arrival
 * (`queue.md`); live calls and chats have none.
 */
export const caseItemId = (caseId: string) => `case:${caseId}`;
export const interactionItemId = (interactionId: string) => `interaction:${interactionId}`;

/** Organization and contact lookups, remembered for one rebuild (thousands of cases share a few organizations). */
export interface NameLookup {
  organization(id: string | null): { name: string } | undefined;
  contact(id: string | null): { name: string; organizationId: string | null } | undefined;
}

export function nameLookup(repos: Repositories): NameLookup {
  const orgs = new Map<string, { name: string } | undefined>();
  const contacts = new Map<string, { name: string; organizationId: string | null } | undefined>();
  return {
    organization(id) {
      if (id === null) return undefined;
      if (!orgs.has(id)) orgs.set(id, repos.organizations.get(id));
      return orgs.get(id);
    },
    contact(id) {
      if (id === null) return undefined;
      if (!contacts.has(id)) contacts.set(id, repos.contacts.get(id));
      return contacts.get(id);
    },
  };
}

type Derived = Omit<WorkItemRow, 'sortKey'> & Omit<WorkItemViewColumns, 'agingKey'> & { searchBody: string; createdAt: number | null };

/** The stored keys of a derived item: its queue order and (cases) its Aging order (`shared/domain`). */
function withSortKey({ createdAt, ...row }: Derived): WorkItemWrite {
  const sortKey = queueSortKey({ ...row, deadline: row.slaDeadline });
  return { ...row, sortKey, agingKey: agingSortKey({ ...row, deadline: row.slaDeadline, createdAt }) };
}

export function deriveCaseItem(repos: Repositories, c: CaseRecord, setup: SlaSetup, names: NameLookup = nameLookup(repos)): WorkItemWrite | null {
  if (!isOpenStatus(c.status)) return null;
  const timeline = repos.events.forCase(c.id);
  const plan = planSla({ ...c, timeline, ...setup });
  return withSortKey({
    id: caseItemId(c.id),
    source: 'case',
    caseId: c.id,
    interactionId: null,
    key: c.key,
    channel: 'email',
    priority: c.priority,
    urgent: c.urgent,
    status: c.status,
    subject: c.subject,
    organizationName: names.organization(c.organizationId)?.name ?? null,
    contactName: names.contact(c.reporterId)?.name ?? null,
    assigneeId: c.assigneeId,
    waitingSince: caseWaitingSince(c.createdAt, timeline),
    ...slaColumns(plan),
    organizationId: c.organizationId,
    labels: c.labels,
    lastSentAt: lastSentToCustomer(timeline),
    customerLast: customerWroteLast(timeline),
    createdAt: c.createdAt,
    searchBody: [c.description, ...timeline.map((e) => e.body)].filter((b): b is string => b !== null).join('\n'),
  });
}

export function deriveInteractionItem(
  repos: Repositories,
  x: InteractionRecord,
  setup: SlaSetup,
  names: NameLookup = nameLookup(repos),
): WorkItemWrite | null {
  if (x.state !== 'waiting') return null;
  const linked = x.caseId ? repos.cases.get(x.caseId) : undefined;
  const contact = names.contact(x.contactId);
  const organizationId = contact?.organizationId ?? linked?.organizationId ?? null;
  const contactName = contact?.name ?? null;
  return withSortKey({
    id: interactionItemId(x.id),
    source: 'interaction',
    caseId: linked?.id ?? null,
    interactionId: x.id,
    key: linked?.key ?? x.id,
    channel: x.channel,
    priority: x.priority ?? linked?.priority ?? null,
    urgent: x.urgent || (linked?.urgent ?? false),
    status: linked?.status ?? null,
    subject: x.subject ?? linked?.subject ?? `${CHANNEL_LABELS[x.channel]}${contactName ? ` from ${contactName}` : ''}`,
    organizationName: names.organization(organizationId)?.name ?? null,
    contactName,
    assigneeId: x.assigneeId ?? linked?.assigneeId ?? null,
    waitingSince: x.since,
    ...slaColumns(unfiledPlan(x, setup)),
    organizationId,
    labels: linked?.labels ?? [],
    lastSentAt: null,
    customerLast: false,
    createdAt: null,
    searchBody: x.body ?? '',
  });
}

/**
 * An unfiled voicemail or email: a customer waits for a first answer from the moment it arrived,
 * so it runs the case rules as a new case with no reply yet (first_response; emergency or urgent
 * for P1/P2). Filed items run their case's timer; calls and chats are live and untimed.
 */
function unfiledPlan(x: InteractionRecord, setup: SlaSetup) {
  if (x.caseId !== null || (x.channel !== 'voicemail' && x.channel !== 'email')) return null;
  // Below P2 the priority does not change the timer.
  return planSla({ status: 'new', priority: x.priority ?? 'P6', urgent: x.urgent, createdAt: x.since, agreedUpdateAt: null, timeline: [], ...setup });
}

/** Recomputes the work items of these cases and interactions (removing those no longer waiting). */
export function rebuildWorkItems(
  repos: Repositories,
  target: { caseIds: Iterable<string>; interactionIds: Iterable<string> },
  setup: SlaSetup,
): void {
  const names = nameLookup(repos);
  for (const id of target.caseIds) {
    const c = repos.cases.get(id);
    const row = c ? deriveCaseItem(repos, c, setup, names) : null;
    if (row) repos.workItems.put(row);
    else repos.workItems.remove(caseItemId(id));
  }
  for (const id of target.interactionIds) {
    const x = repos.interactions.get(id);
    const row = x ? deriveInteractionItem(repos, x, setup, names) : null;
    if (row) repos.workItems.put(row);
    else repos.workItems.remove(interactionItemId(id));
  }
}

/** Recomputes every work item (after a calendar or policy change moved every deadline). */
export function rebuildAllWorkItems(repos: Repositories, setup: SlaSetup): void {
  rebuildWorkItems(repos, { caseIds: repos.cases.list().map((c) => c.id), interactionIds: repos.interactions.list().map((x) => x.id) }, setup);
}

/**
 * A stored row as the contract's `WorkItem`, its SLA state, remaining time and days since last sent
 * as of `now` (days in `timeZone`, the team calendar's: pass `deps.sla.timeZone()`).
 */
export function toWorkItem(row: StoredWorkItem, now: number, setup: SlaSetup, timeZone: string): WorkItem {
  return {
    id: row.id,
    source: row.source,
    caseId: row.caseId,
    interactionId: row.interactionId,
    key: row.key,
    channel: row.channel,
    priority: row.priority,
    urgent: row.urgent,
    status: row.status,
    subject: row.subject,
    organizationName: row.organizationName,
    contactName: row.contactName,
    assigneeId: row.assigneeId,
    waitingSince: toIso(row.waitingSince),
    sla: slaOf(row, now, setup),
    slaWarningAt: row.slaWarningAt === null ? null : toIso(row.slaWarningAt),
    organizationId: row.organizationId,
    labels: row.labels,
    ourTurn: row.customerLast,
    lastSentAt: row.lastSentAt === null ? null : toIso(row.lastSentAt),
    lastSentDays: lastSentDays(row.lastSentAt, now, timeZone),
  };
}
