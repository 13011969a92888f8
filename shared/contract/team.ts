import { z } from 'zod';
import { AGENT_ROLES } from '../domain/vocab';
import { method } from './define';
import { agentModel } from './models';

/**
 * Roles, the audit list and the team board (`workflow.md` "Roles and the handoff view",
 * docs/roles.md). Lead-only actions are refused in the core for agents and recorded in the audit list
 * with who and when; so is every status change. Instants are ISO 8601; days are local dates.
 */

const iso = z.string();
const isoInput = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 instant such as 2026-03-10T17:00:00Z' });
const localDay = z.iso.date({ error: 'expected a local date YYYY-MM-DD such as 2026-03-10' });

/** One recorded action (newest first in `audit.list`). */
export const auditEntryModel = z.object({
  seq: z.number().int(),
  at: iso,
  /** The agent who acted (null: the app itself) and their name when known. */
  by: z.string().nullable(),
  byName: z.string().nullable(),
  /** `case.reassign`, `case.assign`, `agent.status`, `agent.create`, `team.queueMonitor`, `team.offQueue`, `settings.sla`, `settings.workflow`... */
  action: z.string(),
  subject: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntryModel>;

/** How many entries `audit.list` answers at most. */
export const AUDIT_PAGE_MAX = 500;

/** A row of the team board. */
export const boardAgentModel = z.object({
  agent: agentModel,
  /** The agent's windows today, in their own time zone ("09:00"-"17:00"), and that day. */
  day: z.string(),
  schedule: z.array(z.tuple([z.string(), z.string()])),
  /** Whether `at` falls inside one of today's windows. */
  onShift: z.boolean(),
  /** Open work items the agent owns (cases and unfiled interactions). */
  openItems: z.number().int(),
  /** Of them, in warning or breached as of `at`. */
  atRisk: z.number().int(),
  queueMonitor: z.boolean(),
});
export type BoardAgent = z.infer<typeof boardAgentModel>;

export const boardSweepModel = z.object({
  at: iso,
  agentName: z.string().nullable(),
  unassigned: z.number().int(),
  new: z.number().int(),
  warning: z.number().int(),
  breached: z.number().int(),
  outcome: z.string(),
});

/** An open case split from another by an agent, waiting for a lead's approval (docs/roles.md "Splits"). */
export const boardSplitModel = z.object({
  id: z.string(),
  key: z.string(),
  subject: z.string(),
  /** The agent who split it (null: unknown, e.g. from the command line) and their name when known. */
  requestedBy: z.string().nullable(),
  requestedByName: z.string().nullable(),
  requestedAt: iso,
  /** The case it was split from, and its key when it still exists. */
  fromId: z.string(),
  fromKey: z.string().nullable(),
});
export type BoardSplit = z.infer<typeof boardSplitModel>;

/** How many waiting splits the board lists at most (the oldest). */
export const BOARD_SPLITS_MAX = 50;

export const teamBoardModel = z.object({
  at: iso,
  /** The workspace's local day (its calendar's time zone) the queue monitor is read for. */
  day: z.string(),
  queueMonitor: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Unassigned open work items. */
  unassigned: z.number().int(),
  agents: z.array(boardAgentModel),
  /** The latest sweeps, newest first. */
  sweeps: z.array(boardSweepModel),
  /** Open cases whose split waits for a lead's approval, oldest first, at most `BOARD_SPLITS_MAX`. */
  splitsWaiting: z.array(boardSplitModel),
});
export type TeamBoard = z.infer<typeof teamBoardModel>;

export const teamMethods = {
  'agents.create': method(
    z.object({
      name: z.string().trim().min(1, 'name: give the agent a name').max(200, 'name: longer than 200 characters'),
      email: z.string().trim().max(320).default(''),
      role: z.enum(AGENT_ROLES).default('agent'),
      timeZone: z.string().min(1, 'timeZone: expected an IANA time zone such as Europe/London'),
    }),
    agentModel,
    'adds an agent profile (Available, no schedule); a lead profile needs a lead acting, except while the workspace has no lead; recorded',
  ),
  'audit.list': method(
    z.object({ limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).default(100), before: z.number().int().optional() }),
    z.object({ entries: z.array(auditEntryModel) }),
    'the audit list, newest first (before: an entry seq, to page back); leads only',
  ),
  'team.setQueueMonitor': method(
    z.object({ day: localDay, agentId: z.string().min(1).nullable() }),
    z.object({ day: z.string(), agent: agentModel.nullable() }),
    'names the agent on queue monitor duty that local day (null: nobody), who may assign unassigned work to others; lead only, recorded',
  ),
  'team.getQueueMonitor': method(
    z.object({ day: localDay.optional() }),
    z.object({ day: z.string(), agent: agentModel.nullable() }),
    "the agent on queue monitor duty that local day (default today in the workspace calendar's time zone)",
  ),
  'team.approveOffQueue': method(
    z.object({ agentId: z.string().min(1), until: isoInput, reason: z.string().trim().min(1, 'reason: say why').max(2000) }),
    agentModel,
    'approves an agent going off queue until an instant (sets them Unavailable); lead only, recorded',
  ),
  'team.endOfDay': method(z.object({}), agentModel, 'the agent using this device ends their day: sets them Unavailable (recorded)'),
  'team.board': method(
    z.object({ at: isoInput.optional() }),
    teamBoardModel,
    "the team board for leads: every agent's status, schedule today, open items and items at risk, the queue monitor, the sweep log and the splits waiting for a lead's approval",
  ),
} as const;

