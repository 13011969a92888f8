import { z } from 'zod';
import {
  AGENT_ROLES,
  AGENT_STATUSES,
  CASE_STATUSES,
  CASE_TYPES,
  CHANNELS,
  EVENT_KINDS,
  PRIORITIES,
  SLA_CLASSES,
  SLA_CLOCKS,
  SLA_STATES,
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
  urgent: z.boolean(),
  status: z.enum(CASE_STATUSES).nullable(),
  subject: z.string(),
  organizationName: z.string().nullable(),
  contactName: z.string().nullable(),
  assigneeId: z.string().nullable(),
  waitingSince: iso,
  sla: slaModel.nullable(),
});
export type WorkItem = z.infer<typeof workItemModel>;

export const timelineEntryModel = z.object({
  seq: z.number().int(),
  at: iso,
  kind: z.enum(EVENT_KINDS),
  byId: z.string().nullable(),
  byName: z.string().nullable(),
  body: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
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
  urgent: z.boolean(),
  createdAt: iso,
  agreedUpdateAt: iso.nullable(),
  waitingSince: iso,
  /** The case's SLA timer as of now; null when none runs. */
  sla: slaModel.nullable(),
  /** Whole calendar days (team time zone) since the last human public reply; null when never. */
  lastSentDays: z.number().int().nullable(),
  organization: z.object({ id: z.string(), name: z.string(), priority: z.boolean() }).nullable(),
  reporter: z
    .object({ id: z.string(), name: z.string(), email: z.string().nullable(), phone: z.string().nullable() })
    .nullable(),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
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
  counts: tableCounts,
  location: z.string(),
});
export type WorkspaceStatus = z.infer<typeof workspaceStatusModel>;
