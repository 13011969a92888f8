import { AppError } from '../../../shared/contract/result';
import type { AgentRecord } from '../../../shared/interchange/schema';
import type { ServiceDeps } from './deps';
import { sessionAgent } from './session';

/**
 * Roles (`workflow.md` "Roles and the handoff view"): what only a lead may do is refused here, in the
 * core, for everyone else, and recorded in the audit list with who and when. The agent acting is the
 * one this device chose (a device preference: not a login; docs/roles.md says what that protects).
 */

/** The agent using this device, or a refusal naming what needs one. */
export function requireActingAgent(deps: ServiceDeps, what: string): AgentRecord {
  const agent = sessionAgent(deps.repos, deps.prefs);
  if (!agent) throw new AppError('forbidden', `${what}: choose who you are first (no agent is using this device)`);
  return agent;
}

/** The agent using this device when it is a lead; else refused (`forbidden`), saying who may. */
export function requireLead(deps: ServiceDeps, what: string): AgentRecord {
  const agent = requireActingAgent(deps, what);
  if (agent.role !== 'lead') throw new AppError('forbidden', `${what}: only a lead may do this (${agent.name} is an agent)`);
  return agent;
}

/** Records an action in the audit list, in the caller's unit of work. */
export function recordAudit(deps: ServiceDeps, by: string | null, action: string, subject: string | null, detail: Record<string, unknown> = {}): void {
  deps.repos.audit.append({ at: deps.clock.now(), by, action, subject, detail });
}
