import type { Sla, WorkItem } from '../contract/models';
import { planSlaFacts, slaFactsOf, type SlaFacts, type SlaPlan, type SlaSetup } from '../sla/evaluate';
import { urgencyInForce } from '../sla/policyRules';
import { toIso } from '../time/instant';
import { lastSentToCustomer } from '../sla/lastSent';
import { queueSortKey } from './queueOrder';
import { agingSortKey, customerWroteLast } from './queueViews';
import {
  CHANNEL_LABELS,
  isLiveChannel,
  isOpenStatus,
  type CaseStatus,
  type CaseType,
  type Channel,
  type EventKind,
  type InteractionState,
  type Priority,
  higherUrgency,
  type Urgency,
} from './vocab';
import { caseWaitingSince } from './waitingSince';

/**
 * The derivation of the queue (`queue.md` "Work items"), pure: one work item per open case and per
 * waiting interaction, computed from the records alone. The core's projector stores exactly this
 * (plus the plan of `planWorkItem`) in `work_items`; the renderer derives the item of a case that is
 * not in its loaded page with the same function, so the two never disagree.
 *
 * A case is the `email` row of the spec's table ("a case whose last message is from the customer,
 * or whose update timer runs"); calls, chats, voicemails and unfiled emails are interactions with
 * their own channel. An unfiled voicemail or email runs `first_response` from its arrival (a
 * customer waits for a first answer); live calls and chats, and filed interactions, have no timer.
 */

/** The version of these rules. Raise it whenever a derivation changes: the next open rebuilds every stored item. */
export const WORK_ITEM_RULES_VERSION = 2;

export const caseItemId = (caseId: string) => `case:${caseId}`;
export const interactionItemId = (interactionId: string) => `interaction:${interactionId}`;

/** What the derivation reads of a case (a `CaseRecord` has it all). */
export interface CaseFacts {
  id: string;
  key: string;
  subject: string;
  description: string;
  type: CaseType;
  status: CaseStatus;
  priority: Priority;
  urgency: Urgency;
  createdAt: number;
  agreedUpdateAt: number | null;
  organizationId: string | null;
  assigneeId: string | null;
  labels: readonly string[];
  /** Synced from the team's help desk and moved to a queue the workspace does not follow (docs/sync.md): not ours to answer. */
  away?: boolean;
}

/** One timeline entry as the derivation reads it; `by === null` on a public reply marks it automated. */
export interface TimelineFact {
  at: number;
  kind: EventKind;
  by: string | null;
  body: string | null;
}

/** What the derivation reads of an interaction (an `InteractionRecord` has it all). */
export interface InteractionFacts {
  id: string;
  channel: Channel;
  state: InteractionState;
  since: number;
  priority: Priority | null;
  urgent: boolean;
  assigneeId: string | null;
  subject: string | null;
  body: string | null;
  /** The case it was filed into or belongs to, or null. */
  caseId: string | null;
}

/**
 * What the row shows of the people: the organization's name and whether it is a priority organization,
 * and the contact's name (a case's reporter, an interaction's caller); the contact's email and phone
 * are searched.
 */
export interface ItemNames {
  organizationName: string | null;
  priorityOrganization: boolean;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

/** The type an item without a case is read as for its urgency: a new inquiry (`workflow.md`, Types). */
export const UNFILED_CASE_TYPE: CaseType = 'request_for_service';

/** A derived work item, before the settings (calendar, SLA policy) give it a plan. Instants are epoch ms. */
export interface WorkItemFacts {
  id: string;
  source: 'case' | 'interaction';
  caseId: string | null;
  interactionId: string | null;
  key: string;
  channel: Channel;
  priority: Priority | null;
  /** The case's type (an item without a case: UNFILED_CASE_TYPE): with the priority, it implies an urgency. */
  caseType: CaseType;
  /** The urgency set on the case, or `urgent` for a call or chat flagged urgent; the one in force is planned. */
  setUrgency: Urgency;
  status: CaseStatus | null;
  subject: string;
  organizationId: string | null;
  organizationName: string | null;
  priorityOrganization: boolean;
  contactName: string | null;
  assigneeId: string | null;
  waitingSince: number;
  labels: readonly string[];
  /** Cases: support's last human public reply; null when never (and for interactions). */
  lastSentAt: number | null;
  /** A case whose customer wrote last (Our turn); false for interactions. */
  customerLast: boolean;
  /** Cases: when it was created (the Aging order of never-answered cases); null for interactions. */
  createdAt: number | null;
  /** What the SLA plan reads, settings aside; null when no timer can run (live calls and chats, filed items). */
  slaFacts: SlaFacts | null;
  /** The message text the search indexes beside key, subject and names. */
  searchBody: string;
}

/** The case's item, or null for a case that is done (resolved, pending closure, closed) or moved away to a help-desk queue not followed. */
export function deriveCaseItem(c: CaseFacts, timeline: readonly TimelineFact[], names: ItemNames): WorkItemFacts | null {
  return isOpenStatus(c.status) && c.away !== true ? caseItemFacts(c, timeline, names) : null;
}

/** What a case's item is, or would be were the case open (a done case opened from search shows as one). */
export function caseItemFacts(c: CaseFacts, timeline: readonly TimelineFact[], names: ItemNames): WorkItemFacts {
  return {
    id: caseItemId(c.id),
    source: 'case',
    caseId: c.id,
    interactionId: null,
    key: c.key,
    channel: 'email',
    priority: c.priority,
    caseType: c.type,
    setUrgency: c.urgency,
    status: c.status,
    subject: c.subject,
    organizationId: c.organizationId,
    organizationName: names.organizationName,
    priorityOrganization: names.priorityOrganization,
    contactName: names.contactName,
    assigneeId: c.assigneeId,
    waitingSince: caseWaitingSince(c.createdAt, timeline),
    labels: c.labels,
    lastSentAt: lastSentToCustomer(timeline),
    customerLast: customerWroteLast(timeline),
    createdAt: c.createdAt,
    slaFacts: slaFactsOf(c, timeline),
    searchBody: searchBodyOf(names, [c.description, ...timeline.map((e) => e.body)]),
  };
}

/** The text searched beside key, subject and names: the contact's email and phone, then the messages. */
function searchBodyOf(names: ItemNames, texts: readonly (string | null)[]): string {
  return [names.contactEmail, names.contactPhone, ...texts].filter((b): b is string => b !== null && b !== '').join('\n');
}

/**
 * An interaction's item, or null when it no longer waits. One belonging to a case shows the case's
 * key, status, labels, type and priority (the case is the authority), its subject when it has none, and (a voicemail
 * or email) its assignee when it has none; its
 * urgency is the higher of its own flag and the case's; `names` are the caller's organization, else
 * the case's (the caller decides).
 */
export function deriveInteractionItem(
  x: InteractionFacts,
  linked: LinkedCase | null,
  names: ItemNames & { organizationId: string | null },
): WorkItemFacts | null {
  return x.state === 'waiting' ? interactionItemFacts(x, linked, names) : null;
}

type LinkedCase = Pick<CaseFacts, 'id' | 'key' | 'subject' | 'type' | 'status' | 'priority' | 'urgency' | 'assigneeId' | 'labels'>;

/** What an interaction's item is, or would be were it waiting (one logged by hand or marked done opens as one). */
export function interactionItemFacts(x: InteractionFacts, linked: LinkedCase | null, names: ItemNames & { organizationId: string | null }): WorkItemFacts {
  return {
    id: interactionItemId(x.id),
    source: 'interaction',
    caseId: linked?.id ?? null,
    interactionId: x.id,
    key: linked?.key ?? x.id,
    channel: x.channel,
    priority: linked?.priority ?? x.priority ?? null,
    caseType: linked?.type ?? UNFILED_CASE_TYPE,
    setUrgency: higherUrgency(x.urgent ? 'urgent' : 'none', linked?.urgency ?? 'none'),
    status: linked?.status ?? null,
    subject: x.subject ?? linked?.subject ?? `${CHANNEL_LABELS[x.channel]}${names.contactName ? ` from ${names.contactName}` : ''}`,
    organizationId: names.organizationId,
    organizationName: names.organizationName,
    priorityOrganization: names.priorityOrganization,
    contactName: names.contactName,
    // A live call or chat is whoever it is routed to (the case's owner may not be the one to answer it).
    assigneeId: x.assigneeId ?? (isLiveChannel(x.channel) ? null : (linked?.assigneeId ?? null)),
    waitingSince: x.since,
    labels: linked?.labels ?? [],
    lastSentAt: null,
    customerLast: false,
    createdAt: null,
    slaFacts: unfiledSlaFacts(x),
    searchBody: searchBodyOf(names, [x.body]),
  };
}

/**
 * An unfiled voicemail or email runs the case rules as a new Request for Service with no reply yet,
 * from the moment it arrived (first_response; emergency or urgent as its priority implies or its flag
 * says). Filed items run their case's timer; calls and chats are live and untimed.
 */
function unfiledSlaFacts(x: InteractionFacts): SlaFacts | null {
  if (x.caseId !== null || isLiveChannel(x.channel)) return null;
  return {
    type: UNFILED_CASE_TYPE,
    status: 'new',
    priority: x.priority ?? 'P6',
    urgency: x.urgent ? 'urgent' : 'none',
    createdAt: x.since,
    agreedUpdateAt: null,
    start: x.since,
    responded: false,
  };
}

/** The settings-dependent part of an item: its urgency in force, its SLA plan and the stored keys of the queue and Aging orders. */
export interface WorkItemPlan {
  urgency: Urgency;
  plan: SlaPlan | null;
  sortKey: string;
  /** The Aging order; null for interactions (not in Aging). */
  agingKey: string | null;
}

export function planWorkItem(
  item: Pick<
    WorkItemFacts,
    'slaFacts' | 'source' | 'channel' | 'priority' | 'caseType' | 'setUrgency' | 'priorityOrganization' | 'waitingSince' | 'key' | 'lastSentAt' | 'createdAt'
  >,
  setup: SlaSetup,
): WorkItemPlan {
  const urgency = urgencyInForce(setup.policy, { type: item.caseType, priority: item.priority, urgency: item.setUrgency });
  const plan = item.slaFacts === null ? null : planSlaFacts(item.slaFacts, setup);
  const orderable = { ...item, urgency, deadline: plan?.deadline ?? null };
  return { urgency, plan, sortKey: queueSortKey(orderable), agingKey: agingSortKey(orderable) };
}

/**
 * A work item as the contract shows it (`WorkItem`): the derived facts with instants as ISO text, and
 * what depends on "now" given by the caller (the core from the stored plan, the renderer from the case).
 */
export function workItemView(
  item: Omit<WorkItemFacts, 'slaFacts' | 'searchBody' | 'createdAt' | 'caseType' | 'setUrgency'>,
  view: { urgency: Urgency; sla: Sla | null; slaWarningAt: number | null; lastSentDays: number | null },
): WorkItem {
  return {
    id: item.id,
    source: item.source,
    caseId: item.caseId,
    interactionId: item.interactionId,
    key: item.key,
    channel: item.channel,
    priority: item.priority,
    urgency: view.urgency,
    status: item.status,
    subject: item.subject,
    organizationName: item.organizationName,
    priorityOrganization: item.priorityOrganization,
    contactName: item.contactName,
    assigneeId: item.assigneeId,
    waitingSince: toIso(item.waitingSince),
    sla: view.sla,
    slaWarningAt: view.slaWarningAt === null ? null : toIso(view.slaWarningAt),
    organizationId: item.organizationId,
    labels: [...item.labels],
    ourTurn: item.customerLast,
    lastSentAt: item.lastSentAt === null ? null : toIso(item.lastSentAt),
    lastSentDays: view.lastSentDays,
  };
}
