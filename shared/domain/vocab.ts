/**
 * The product's vocabularies, as written in `../shared/spec/interchange.md` and `workflow.md`.
 * Each is a readonly tuple (for zod enums and iteration) plus display labels.
 */

export const CASE_TYPES = ['request_for_service', 'admin_task', 'enhancement', 'bug'] as const;
export type CaseType = (typeof CASE_TYPES)[number];
export const CASE_TYPE_LABELS: Record<CaseType, string> = {
  request_for_service: 'Request for Service',
  admin_task: 'Admin Task',
  enhancement: 'Enhancement Request',
  bug: 'Bug / Report a Problem',
};

export const CASE_STATUSES = [
  'new',
  'assigned',
  'pending_input',
  'pending_product',
  'pending_development',
  'pending_release',
  'moved_to_staging',
  'staging_pass',
  'staging_fail',
  'resolved',
  'pending_closure',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  new: 'New',
  assigned: 'Assigned',
  pending_input: 'Pending Input',
  pending_product: 'Pending Product',
  pending_development: 'Pending Development',
  pending_release: 'Pending Release',
  moved_to_staging: 'Moved to Staging',
  staging_pass: 'Staging Pass',
  staging_fail: 'Staging Fail',
  resolved: 'Resolved',
  pending_closure: 'Pending Closure',
  closed: 'Closed',
};
/** Statuses in which a case no longer waits for an update from support (no update timer). */
export const DONE_STATUSES: readonly CaseStatus[] = ['resolved', 'pending_closure', 'closed'];
export function isOpenStatus(status: CaseStatus): boolean {
  return !DONE_STATUSES.includes(status);
}

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = {
  P1: 'Emergency',
  P2: 'Blocker',
  P3: 'Very High',
  P4: 'High',
  P5: 'Medium',
  P6: 'Low',
};

/** In queue order: phone > chat > voicemail > email (`queue.md`). */
/**
 * A case's urgency (`sla.md` section 2), apart from its priority: `urgent` is "urgent or elevated".
 * Ordered: a later one is higher. The case's urgency in force is the higher of the one set on it and
 * the one its priority maps to for its type (the lead-edited mapping of the SLA policy).
 */
export const URGENCIES = ['none', 'urgent', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Record<Urgency, string> = { none: 'None', urgent: 'Urgent', emergency: 'Emergency' };
export function higherUrgency(a: Urgency, b: Urgency): Urgency {
  return URGENCIES.indexOf(a) >= URGENCIES.indexOf(b) ? a : b;
}

export const CHANNELS = ['phone', 'chat', 'voicemail', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];
/** Calls and chats are live: answered now, ordered by urgency, never timed; voicemail and email wait for an answer. */
export function isLiveChannel(channel: Channel): boolean {
  return channel === 'phone' || channel === 'chat';
}
export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: 'Call',
  chat: 'Chat',
  voicemail: 'Voicemail',
  email: 'Email',
};

export const EVENT_KINDS = [
  'inbound',
  'public_reply',
  'internal_note',
  'status',
  'assignment',
  'call',
  'voicemail',
  'chat',
  'link',
  'no_reply_needed',
  'rule',
  'refile',
  'field',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  inbound: 'Customer message',
  public_reply: 'Public reply',
  internal_note: 'Internal note',
  status: 'Status change',
  assignment: 'Assignment',
  call: 'Call',
  voicemail: 'Voicemail',
  chat: 'Chat transcript',
  link: 'Link',
  no_reply_needed: 'No reply needed',
  rule: 'Rule fired',
  refile: 'Re-filed',
  field: 'Field changed',
};

/**
 * What this case is to another case it is linked to: `needs_config` = it is the configuration case
 * another case's "needs config" link asks for, `waits_on_config` = the other is the configuration case
 * this one needs; `child` = it was split off the other (or made its child), `parent` = the other is
 * its child; `related` = neither. A link is kept on both cases, each from its own side.
 */
export const LINK_KINDS = ['needs_config', 'waits_on_config', 'child', 'parent', 'related'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
export const LINK_KIND_LABELS: Record<LinkKind, string> = {
  needs_config: 'Configuration case for',
  waits_on_config: 'Needs config',
  child: 'Child of',
  parent: 'Parent of',
  related: 'Related to',
};
/** The same link seen from the other case. */
export const LINK_INVERSE: Record<LinkKind, LinkKind> = {
  needs_config: 'waits_on_config',
  waits_on_config: 'needs_config',
  child: 'parent',
  parent: 'child',
  related: 'related',
};

/**
 * How the link came about: `created` = this case was created from the other case's link (the
 * "needs config" field, or *Split*); `by_hand` = an agent linked two existing cases. The source
 * raises only a case created from a "needs config" link; one linked by hand gets a reminder instead.
 */
export const LINK_HOWS = ['created', 'by_hand'] as const;
export type LinkHow = (typeof LINK_HOWS)[number];

export const AGENT_ROLES = ['agent', 'lead'] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];

export const AGENT_STATUSES = ['available', 'in_a_meeting', 'unavailable', 'on_leave'] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];
export const AGENT_STATUS_LABELS: Record<AgentStatus, string> = {
  available: 'Available',
  in_a_meeting: 'In a meeting',
  unavailable: 'Unavailable',
  on_leave: 'On leave',
};

export const INTERACTION_STATES = ['waiting', 'done'] as const;
export type InteractionState = (typeof INTERACTION_STATES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Queue views (`queue.md` "Views", `docs/queue.md`), in the order the navigation shows them:
 * my = assigned to me (live calls and chats routed to me carry me as assignee); unassigned;
 * our-turn = open cases whose last message is from the customer; aging = open cases by "last
 * sent to customer", longest first; all = every open item.
 */
export const QUEUE_VIEWS = ['my', 'unassigned', 'our-turn', 'aging', 'all'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];
export const QUEUE_VIEW_LABELS: Record<QueueView, string> = {
  my: 'My queue',
  unassigned: 'Unassigned',
  'our-turn': 'Our turn',
  aging: 'Aging',
  all: 'All open',
};

export const SLA_CLASSES = ['emergency', 'first_response', 'urgent', 'open', 'pending_internal', 'pending_customer', 'agreed'] as const;
export type SlaClass = (typeof SLA_CLASSES)[number];
export const SLA_STATES = ['ok', 'warning', 'breached'] as const;
export type SlaState = (typeof SLA_STATES)[number];
export const SLA_CLOCKS = ['business', 'calendar'] as const;
export type SlaClock = (typeof SLA_CLOCKS)[number];
export const SLA_CLASS_LABELS: Record<SlaClass, string> = {
  emergency: 'Emergency',
  first_response: 'First response',
  urgent: 'Urgent',
  open: 'Open',
  pending_internal: 'Pending (internal)',
  pending_customer: 'Pending (customer)',
  agreed: 'Agreed next update',
};
export const SLA_STATE_LABELS: Record<SlaState, string> = { ok: 'On time', warning: 'Due soon', breached: 'Breached' };

/** SLA alerts (`sla.md` section 4): one per case, deadline and kind. */
export const ALERT_KINDS = ['warning', 'breached'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
/**
 * How an alert reached the agent: its own desktop/web notification, folded into one grouped
 * notification (several at once), or silenced by the agent's status (still in the notification centre).
 */
export const ALERT_DELIVERIES = ['notified', 'grouped', 'silenced'] as const;
export type AlertDelivery = (typeof ALERT_DELIVERIES)[number];
