import { z } from 'zod';
import { calendarSettingSchema } from '../interchange/schema';
import { slaPolicySchema } from '../sla/policy';
import {
  ALERT_DELIVERIES,
  ALERT_KINDS,
  AGENT_ROLES,
  AGENT_STATUSES,
  CASE_STATUSES,
  CASE_TYPES,
  CHANNELS,
  EVENT_KINDS,
  LINK_HOWS,
  LINK_KINDS,
  PRIORITIES,
  QUEUE_VIEWS,
  SLA_CLASSES,
  SLA_CLOCKS,
  SLA_STATES,
  URGENCIES,
} from '../domain/vocab';

/** Shapes that cross the contract. Instants are ISO 8601 strings. */

const iso = z.string();

export const agentModel = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(AGENT_ROLES),
  timeZone: z.string(),
  status: z.enum(AGENT_STATUSES),
});
export type Agent = z.infer<typeof agentModel>;

export const slaModel = z.object({
  class: z.enum(SLA_CLASSES),
  deadline: iso,
  state: z.enum(SLA_STATES),
  remainingMinutes: z.number(),
  clock: z.enum(SLA_CLOCKS),
});
export type Sla = z.infer<typeof slaModel>;

export const workItemModel = z.object({
  /** `case:<id>` or `interaction:<id>`: unique within the queue. */
  id: z.string(),
  source: z.enum(['case', 'interaction']),
  caseId: z.string().nullable(),
  interactionId: z.string().nullable(),
  key: z.string(),
  channel: z.enum(CHANNELS),
  priority: z.enum(PRIORITIES).nullable(),
  /** The urgency in force (`sla.md` 2): the case's, or `urgent` for a call or chat flagged urgent, raised by what the priority implies for the type. */
  urgency: z.enum(URGENCIES),
  status: z.enum(CASE_STATUSES).nullable(),
  subject: z.string(),
  organizationName: z.string().nullable(),
  /** The organization is a priority organization: its items take precedence within their channel. */
  priorityOrganization: z.boolean(),
  contactName: z.string().nullable(),
  assigneeId: z.string().nullable(),
  waitingSince: iso,
  sla: slaModel.nullable(),
  /** When `sla` turns to warning (a stored instant, like the deadline), so a view moves the badge on by itself; null without a timer. */
  slaWarningAt: iso.nullable(),
  /** The case's organization, else the contact's (filters use it). */
  organizationId: z.string().nullable(),
  /** The case's labels (an interaction filed into a case: its case's); [] otherwise. */
  labels: z.array(z.string()),
  /** A case whose last message is from the customer: it is in Our turn. Always false for an interaction. */
  ourTurn: z.boolean(),
  /** Cases: support's last human public reply (the Aging view); null when never sent or not a case. */
  lastSentAt: iso.nullable(),
  /** Whole calendar days (team time zone) since `lastSentAt`, as of now; null when never sent or not a case. */
  lastSentDays: z.number().int().nullable(),
});
export type WorkItem = z.infer<typeof workItemModel>;

const slaTargetModel = z.object({ amount: z.number(), unit: z.enum(['minutes', 'hours', 'business_days', 'days']), clock: z.enum(SLA_CLOCKS) });

/** The explainer of a case's timer (`sla.md` sections 1-3): where it starts, what it counts, what it skipped. */
export const slaDetailModel = z.object({
  class: z.enum(SLA_CLASSES),
  clock: z.enum(SLA_CLOCKS),
  /** The clock start and why: support's last public reply, the case's creation, or the customer writing after "no reply needed". */
  clockStart: iso,
  clockStartReason: z.enum(['last_reply', 'created', 'customer_wrote']),
  /** The winning class's target as the policy writes it; null for `agreed` (the promised time is the deadline). */
  target: slaTargetModel.nullable(),
  targetMinutes: z.number(),
  deadline: iso,
  warningAt: iso,
  /** Every class that matched, earliest deadline first. */
  candidates: z.array(z.object({ class: z.enum(SLA_CLASSES), clock: z.enum(SLA_CLOCKS), deadline: iso })),
  /** The calendar's time zone (business hours are its local times). */
  calendarTimeZone: z.string(),
  /** Closed periods the business clock skipped between clock start and deadline (at most 20), and how many more. */
  closed: z.array(z.object({ from: iso, to: iso })),
  closedMore: z.number().int(),
  /** Holidays (local dates) between clock start and deadline. */
  holidays: z.array(z.string()),
});
export type SlaDetail = z.infer<typeof slaDetailModel>;

/** What a filed interaction brought with it (`interactions.file`): sender, subject, headers, recording. */
export const originalContentModel = z.object({
  interactionId: z.string(),
  channel: z.enum(CHANNELS),
  subject: z.string().nullable(),
  from: z.object({ name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }).nullable(),
  headers: z.record(z.string(), z.string()).nullable(),
  /** A voicemail's recording, playable with `<audio src>` (https, or http on this machine). */
  audioUrl: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  source: z.string().nullable(),
  externalId: z.string().nullable(),
});
export type OriginalContent = z.infer<typeof originalContentModel>;

export const timelineEntryModel = z.object({
  seq: z.number().int(),
  at: iso,
  kind: z.enum(EVENT_KINDS),
  byId: z.string().nullable(),
  byName: z.string().nullable(),
  body: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** A filed call, chat, voicemail or email as it arrived (the body is the transcript or message); absent or null otherwise. */
  original: originalContentModel.nullable().optional(),
  /** A customer message, voicemail, call or chat re-filed into another case: that case's key (it no longer counts here); absent or null otherwise. */
  movedTo: z.string().nullable().optional(),
});
export type TimelineEntry = z.infer<typeof timelineEntryModel>;

export const caseDetailModel = z.object({
  id: z.string(),
  key: z.string(),
  subject: z.string(),
  description: z.string(),
  type: z.enum(CASE_TYPES),
  status: z.enum(CASE_STATUSES),
  priority: z.enum(PRIORITIES),
  channel: z.enum(CHANNELS),
  channels: z.array(z.enum(CHANNELS)),
  labels: z.array(z.string()),
  /** The urgency set on the case (`cases.setUrgency`). */
  urgency: z.enum(URGENCIES),
  /** The urgency in force: the higher of `urgency` and the one the priority implies for the type (the lead's mapping). */
  urgencyInForce: z.enum(URGENCIES),
  createdAt: iso,
  agreedUpdateAt: iso.nullable(),
  waitingSince: iso,
  /** The case's SLA timer as of now; null when none runs. */
  sla: slaModel.nullable(),
  /** How the timer was computed (the explainer on the case); null when no timer runs. */
  slaDetail: slaDetailModel.nullable(),
  /** Whole calendar days (team time zone) since the last human public reply; null when never. */
  lastSentDays: z.number().int().nullable(),
  organization: z
    .object({ id: z.string(), name: z.string(), priority: z.boolean(), plan: z.string().nullable(), licenses: z.number().int().nullable() })
    .nullable(),
  reporter: z
    .object({ id: z.string(), name: z.string(), email: z.string().nullable(), phone: z.string().nullable() })
    .nullable(),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The team it is assigned to, when a team rather than an agent. */
  team: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** A local date (YYYY-MM-DD), or null. */
  needBy: z.string().nullable(),
  resolvedAt: iso.nullable(),
  item: z.string().nullable(),
  intake: z.object({
    fromPartner: z.boolean().nullable(),
    internal: z.boolean().nullable(),
    possibleTestimonial: z.boolean().nullable(),
    caseSource: z.string().nullable(),
    adminTaskType: z.string().nullable(),
  }),
  watchers: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Request participants: a public reply goes to them besides the reporter. */
  participants: z.array(z.object({ id: z.string(), name: z.string(), email: z.string().nullable() })),
  /** Reminders rules showed on the case. */
  reminders: z.array(z.string()),
  /** Linked cases with their status; `kind` is what this case is to the other. */
  links: z.array(
    z.object({ caseId: z.string(), key: z.string(), subject: z.string(), status: z.enum(CASE_STATUSES), kind: z.enum(LINK_KINDS), how: z.enum(LINK_HOWS) }),
  ),
  /**
   * A new case split from an old one: an agent's split waits for a lead's approval, a lead's is
   * approved as made (docs/roles.md); null when the case is no split.
   */
  splitApproval: z
    .object({
      state: z.enum(['pending', 'approved']),
      from: z.object({ id: z.string(), key: z.string() }).nullable(),
      requestedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
      requestedAt: iso,
      approvedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
      approvedAt: iso.nullable(),
      note: z.string().nullable(),
    })
    .nullable(),
  timeline: z.array(timelineEntryModel),
});
export type CaseDetail = z.infer<typeof caseDetailModel>;

const tableCounts = z.object({
  agents: z.number().int(),
  organizations: z.number().int(),
  contacts: z.number().int(),
  cases: z.number().int(),
  events: z.number().int(),
  interactions: z.number().int(),
});

export const importSummaryModel = z.object({
  /** Records written per table (new or changed); 0 everywhere when the file was already imported. */
  written: tableCounts,
  unchanged: tableCounts,
});
export type ImportSummary = z.infer<typeof importSummaryModel>;

export const workspaceStatusModel = z.object({
  /** The first-run choice was made (sample, empty or import). */
  onboarded: z.boolean(),
  /** Only when asked for (`counts: true`). */
  counts: tableCounts.nullable(),
  location: z.string(),
});
export type WorkspaceStatus = z.infer<typeof workspaceStatusModel>;

/** One SLA alert as recorded (the notification centre's rows). */
export const alertModel = z.object({
  id: z.string(),
  kind: z.enum(ALERT_KINDS),
  itemId: z.string(),
  caseId: z.string().nullable(),
  key: z.string(),
  /** The notification's text (case key, customer, time left). */
  title: z.string(),
  body: z.string(),
  slaClass: z.enum(SLA_CLASSES),
  deadline: iso,
  /** When it came due (the warning instant or the deadline) and when it fired; `late` = fired after a sleep or while the app was closed. */
  dueAt: iso,
  firedAt: iso,
  late: z.boolean(),
  delivery: z.enum(ALERT_DELIVERIES),
  /** The agent's status when it was silenced. */
  silencedBy: z.enum(AGENT_STATUSES).nullable(),
  read: z.boolean(),
});
export type Alert = z.infer<typeof alertModel>;

/** A notification to show now (desktop: the main process; browser mode: the web Notification API). */
export const notificationModel = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  /** The alerts it stands for (or `sweep:<id>` for an unassigned sweep); clicking it calls `alerts.open` with these. */
  alertIds: z.array(z.string()).min(1),
  late: z.boolean(),
});
export type Notification = z.infer<typeof notificationModel>;

/**
 * What a window should show after a notification click: the item as it is now in the queue; its
 * case when the item left the queue (answered, resolved); or the notification centre (a grouped one).
 */
export const openTargetModel = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('item'), item: workItemModel }),
  z.object({ kind: z.literal('case'), caseId: z.string(), key: z.string() }),
  z.object({ kind: z.literal('alerts') }),
  /** A queue view (the unassigned sweep's notification opens Unassigned). */
  z.object({ kind: z.literal('view'), view: z.enum(QUEUE_VIEWS) }),
]);
export type OpenTarget = z.infer<typeof openTargetModel>;

/** The workspace's SLA settings (lead-edited): policy and business calendar. */
export const slaSettingsModel = z.object({
  policy: slaPolicySchema,
  calendar: calendarSettingSchema,
  /** Whether each is still the built-in default (nothing saved yet). */
  defaults: z.object({ policy: z.boolean(), calendar: z.boolean() }),
});
export type SlaSettings = z.output<typeof slaSettingsModel>;
