import { AppError } from '../../../shared/contract/result';
import { AGENT_STATUS_LABELS, type AgentStatus } from '../../../shared/domain/vocab';
import type { AgentRecord } from '../../../shared/interchange/schema';

/** Statuses in which nobody is assigned work (`workflow.md` "Agent status"). */
export const NO_ASSIGNMENT_STATUSES: readonly AgentStatus[] = ['unavailable', 'on_leave'];

/**
 * Why `agent` may not be given work now, or null when they may: "Luis Ortega is On leave: nobody is
 * assigned work while Unavailable or On leave" ("You are ..." when `agent` is `meId`, the agent using
 * this device). The one check of every path that sets an assignee (take, logging and filing with
 * *assign to me*, a new case inheriting its voicemail's assignee, a call routed by the intake
 * endpoint); read inside the unit of work that assigns, so a status set meanwhile counts.
 */
export function whyNotAssignable(agent: AgentRecord, meId: string | null | undefined): string | null {
  if (!NO_ASSIGNMENT_STATUSES.includes(agent.status)) return null;
  const who = agent.id === meId ? 'You are' : `${agent.name} is`;
  return `${who} ${AGENT_STATUS_LABELS[agent.status]}: nobody is assigned work while Unavailable or On leave`;
}

/** Refuses (`forbidden`, the reason as `whyNotAssignable` words it) to give `agent` work. */
export function requireAssignable(agent: AgentRecord, meId: string | null | undefined): void {
  const reason = whyNotAssignable(agent, meId);
  if (reason !== null) throw new AppError('forbidden', reason);
}
