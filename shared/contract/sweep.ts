import { z } from 'zod';
import { AGENT_STATUSES } from '../domain/vocab';
import { SWEEP_MINUTES, SWEEP_OUTCOMES } from '../domain/sweep';
import { method } from './define';

/** Shapes of the unassigned sweep (`sla.md` section 7, `docs/sla.md` "The unassigned sweep"). Instants are ISO 8601. */

const iso = z.string();

const everyMinutes = z
  .number()
  .int(`expected a whole number of minutes from ${SWEEP_MINUTES.min} to ${SWEEP_MINUTES.max}`)
  .min(SWEEP_MINUTES.min, `the sweep runs every ${SWEEP_MINUTES.min} to ${SWEEP_MINUTES.max} minutes; ${SWEEP_MINUTES.min} is the shortest`)
  .max(SWEEP_MINUTES.max, `the sweep runs every ${SWEEP_MINUTES.min} to ${SWEEP_MINUTES.max} minutes; ${SWEEP_MINUTES.max} is the longest`);

/** The countdown in the Unassigned view. */
export const sweepStatusModel = z.object({
  /** How often it runs (a workspace setting, 5-60, default 15). */
  everyMinutes,
  /** Whether the agent using this device may change it (leads only). */
  editable: z.boolean(),
  /** When the last sweep ran; null before the first one. */
  lastAt: iso.nullable(),
  /**
   * When the next one is due: the last one plus the interval, or now when that has passed (it runs
   * at once). Null while the workspace is not set up yet (no sweeps then).
   */
  nextAt: iso.nullable(),
  /** The device agent's status when it is not Available: the next sweep is recorded but shows nothing. */
  silencedBy: z.enum(AGENT_STATUSES).nullable(),
});
export type SweepStatus = z.infer<typeof sweepStatusModel>;

/** What one sweep found and did, as of `at`. */
export const sweepFindingModel = z.object({
  at: iso,
  /** The device agent then and their status (null in a workspace without agents: treated as Available). */
  agentId: z.string().nullable(),
  agentStatus: z.enum(AGENT_STATUSES).nullable(),
  counts: z.object({
    /** Cases, voicemails and emails waiting in Unassigned (live calls and chats are left out). */
    unassigned: z.number().int(),
    /** Of them, not seen by the last sweep that reached the agent. */
    new: z.number().int(),
    /** In warning (the deadline not passed yet) and breached. */
    warning: z.number().int(),
    breached: z.number().int(),
  }),
  /** The new items (case keys; "Voicemail from Pat Doe: “Call me back”" for ones not filed yet), the first 50 in queue order. */
  newKeys: z.array(z.string()),
  /** Items seen before that turned to warning since (not new), the first 50 in queue order. */
  warningKeys: z.array(z.string()),
  outcome: z.enum(SWEEP_OUTCOMES),
  /** Why it did not notify although something was new: the agent's status. */
  silencedBy: z.enum(AGENT_STATUSES).nullable(),
  /** The grouped notification (also when silenced: what it would have said); null when nothing was new. */
  title: z.string().nullable(),
  body: z.string().nullable(),
});
export type SweepFinding = z.infer<typeof sweepFindingModel>;

/** A recorded sweep (the leads' log). */
export const sweepModel = sweepFindingModel.extend({
  id: z.number().int(),
  /** When it was due; `late` = it ran more than 2 minutes after (the machine slept, the app was closed). */
  dueAt: iso,
  late: z.boolean(),
});
export type Sweep = z.infer<typeof sweepModel>;

export const sweepMethods = {
  'sweep.status': method(z.object({}), sweepStatusModel, 'the unassigned sweep: its interval, the last sweep and when the next one is due'),
  'sweep.setInterval': method(
    z.object({ minutes: everyMinutes }),
    sweepStatusModel,
    'sets how often the unassigned sweep runs for the workspace (5-60 minutes; lead only, recorded); answers the new status',
  ),
  'sweep.log': method(
    z.object({ limit: z.number().int().min(1).max(500).default(50) }),
    z.object({ sweeps: z.array(sweepModel) }),
    'the recorded sweeps, newest first (also the silenced ones, so the gaps show)',
  ),
  'sweep.preview': method(
    z.object({}),
    z.object({ sweep: sweepFindingModel }),
    'what a sweep would find and notify now, without recording or notifying anything (the CLI\'s `sweep`)',
  ),
} as const;
