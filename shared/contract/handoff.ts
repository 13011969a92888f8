import { z } from 'zod';
import { CASE_STATUSES, PRIORITIES } from '../domain/vocab';
import { DEADLINE_KINDS, LEAVE_CHECKLIST } from '../domain/handoff';
import { method } from './define';
import { agentModel, slaModel } from './models';

/**
 * The handoff before leave (`workflow.md` "Roles and the handoff view", SOP 04, `docs/handoff.md`): a
 * lead picks an agent and the leave (local dates in the agent's zone), sees every open case of the
 * agent with its SLA state at the start of the leave and every deadline inside it, writes the hand-off
 * notes, chooses the new owners (one is proposed from the team's load and schedules), ticks the leave
 * checklist, sends the team email and approves: every reassignment at once, each recorded. Instants are
 * ISO 8601; days are local dates (YYYY-MM-DD).
 */

const iso = z.string();
const isoInput = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 instant such as 2026-03-10T17:00:00Z' });
const localDay = z.iso.date({ error: 'expected a local date YYYY-MM-DD such as 2026-03-10' });
const leave = { agentId: z.string().min(1, 'expected an agent id'), from: localDay, to: localDay };
const checklistModel = z.object(Object.fromEntries(LEAVE_CHECKLIST.map((k) => [k, z.boolean()])) as Record<(typeof LEAVE_CHECKLIST)[number], z.ZodBoolean>);
const note = z.string().max(10_000, 'longer than 10,000 characters');

export const handoffDeadlineModel = z.object({
  kind: z.enum(DEADLINE_KINDS),
  at: iso,
  /** "SLA deadline", "Agreed next update"... */
  label: z.string(),
});

export const handoffCaseModel = z.object({
  id: z.string(),
  key: z.string(),
  subject: z.string(),
  status: z.enum(CASE_STATUSES),
  priority: z.enum(PRIORITIES),
  organizationName: z.string().nullable(),
  /** The SLA as of the start of the leave (null: no timer runs). */
  sla: slaModel.nullable(),
  /** Deadlines inside the leave, in time order. */
  deadlines: z.array(handoffDeadlineModel),
  /** The hand-off note of the draft ("validation done so far"), '' when none. */
  note: z.string(),
  /** The owner chosen in the draft, else the proposed one (null: nobody may take it). */
  owner: z.string().nullable(),
  /** The proposed new owner (the team's load and schedules). */
  suggestedOwner: z.string().nullable(),
});
export type HandoffCase = z.infer<typeof handoffCaseModel>;

export const handoffCandidateModel = z.object({
  id: z.string(),
  name: z.string(),
  /** Open work items they own now. */
  load: z.number().int(),
  /** Scheduled hours during the leave (null: no weekly schedule kept). */
  hours: z.number().nullable(),
  /** Why they cannot take cases, or null. */
  why: z.string().nullable(),
});
export type HandoffCandidate = z.infer<typeof handoffCandidateModel>;

export const handoffEmailModel = z.object({
  to: z.array(z.string()),
  subject: z.string(),
  body: z.string(),
  mailto: z.string(),
  /** The .eml file's name and text (a draft the mail client opens). */
  emlName: z.string(),
  eml: z.string(),
});

export const handoffSheetModel = z.object({
  agent: agentModel,
  from: z.string(),
  to: z.string(),
  /** The leave in instants: the start of `from` and the end of `to` in the agent's zone. */
  start: iso,
  end: iso,
  /** The instant the sheet was prepared. */
  at: iso,
  calendarTimeZone: z.string(),
  cases: z.array(handoffCaseModel),
  candidates: z.array(handoffCandidateModel),
  checklist: checklistModel,
  email: handoffEmailModel,
  /** When the draft was last saved (null: never), and the approval when approved. */
  savedAt: iso.nullable(),
  approved: z.object({ at: iso, by: z.string().nullable(), byName: z.string().nullable(), cases: z.number().int() }).nullable(),
});
export type HandoffSheet = z.infer<typeof handoffSheetModel>;

export const welcomeCaseModel = z.object({
  id: z.string(),
  key: z.string(),
  subject: z.string(),
  status: z.enum(CASE_STATUSES),
  /** Who owns it now (null: nobody), and who it was handed to. */
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  handedTo: z.object({ id: z.string(), name: z.string() }).nullable(),
  statusChanges: z.array(z.object({ at: iso, from: z.string().nullable(), to: z.string().nullable() })),
  /** Public replies sent and customer messages received since the leave began. */
  replies: z.number().int(),
  customerMessages: z.number().int(),
  /** Whether its SLA deadline passed while away (or it is breached now). */
  breached: z.boolean(),
});
export type WelcomeCase = z.infer<typeof welcomeCaseModel>;

export const welcomeBackModel = z.object({
  agent: agentModel,
  /** The approved handoff it is about (null: none to report). */
  handoff: z.object({ from: z.string(), to: z.string(), start: iso, end: iso, approvedAt: iso, approvedBy: z.string().nullable() }).nullable(),
  since: iso.nullable(),
  /** Whether to show it now (the agent is back and has not seen it). */
  due: z.boolean(),
  cases: z.array(welcomeCaseModel),
});
export type WelcomeBack = z.infer<typeof welcomeBackModel>;

export const handoffMethods = {
  'handoff.sheet': method(
    z.object({ ...leave, at: isoInput.optional() }),
    handoffSheetModel,
    "the handoff sheet of an agent's leave: every open case with its SLA at the leave's start and every deadline inside the leave, notes and owners (the draft's, else proposed), the leave checklist and the team email",
  ),
  'handoff.saveDraft': method(
    z.object({
      ...leave,
      notes: z.record(z.string(), note).default({}),
      owners: z.record(z.string(), z.string().nullable()).default({}),
      checklist: checklistModel.partial().default({}),
    }),
    handoffSheetModel,
    'saves the notes, owners and leave checklist of a handoff (leads), per agent and leave; answers the sheet',
  ),
  'handoff.approve': method(
    z.object({ ...leave, owners: z.record(z.string(), z.string()), notes: z.record(z.string(), note).default({}) }),
    z.object({ reassigned: z.array(z.object({ id: z.string(), key: z.string(), from: z.string(), to: z.string() })), sheet: handoffSheetModel }),
    'approves a handoff (leads, not their own): every case of `owners` goes to its new owner in one step, each recorded on its timeline with the note and in the audit list; all or nothing',
  ),
  'handoff.welcomeBack': method(
    z.object({ agentId: z.string().min(1).optional(), since: isoInput.optional() }),
    welcomeBackModel,
    "what happened to an agent's handed-off cases while away (default: the agent using this device): status changes, replies, owners now, breaches",
  ),
  'handoff.welcomeSeen': method(
    z.object({ agentId: z.string().min(1).optional() }),
    z.object({ ok: z.literal(true) }),
    'the returning agent saw the welcome-back summary: it is not shown again',
  ),
} as const;
