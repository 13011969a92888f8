import { Temporal } from 'temporal-polyfill';
import { AppError } from '../../../shared/contract/result';
import type { AgentRecord, CaseRecord } from '../../../shared/interchange/schema';
import type { ServiceDeps } from './deps';
import { recordAudit } from './roles';

/** Workspace setting: the queue monitor per local day, `{ "2026-03-10": "a-luis" }` (a lead sets it). */
export const QUEUE_MONITOR_SETTING = 'queue_monitor';

/** The local date (YYYY-MM-DD) of `at` in `timeZone`. */
export function localDayOf(at: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** The queue monitor days kept in the workspace. */
export function queueMonitorDays(deps: Pick<ServiceDeps, 'repos'>): Record<string, string> {
  return deps.repos.settings.get<Record<string, string>>(QUEUE_MONITOR_SETTING) ?? {};
}

/** The agent on queue monitor duty on `day` (default: today in the workspace calendar's time zone), if any. */
export function queueMonitorOn(deps: Pick<ServiceDeps, 'repos' | 'sla' | 'clock'>, day?: string): AgentRecord | undefined {
  const d = day ?? localDayOf(deps.clock.now(), deps.sla.timeZone());
  const id = queueMonitorDays(deps)[d];
  return id ? deps.repos.agents.get(id) : undefined;
}

/**
 * Who may change a case's owner (`workflow.md` "Roles and the handoff view"; SOP 04: "Reassigning of
 * tickets will only be done by the Shift Lead"): moving a case away from an agent who owns it (to a
 * colleague, a team or nobody) is lead-only; giving unassigned work to someone else is for a lead or
 * the agent on queue monitor duty today; taking unassigned work yourself is open to all. A refusal
 * (`forbidden`) names who may; an allowed change by someone other than the taker is recorded in the
 * audit list (in the caller's unit of work). `me` is the agent using this device.
 */
export function checkOwnerChange(deps: ServiceDeps, method: string, me: AgentRecord | undefined, before: CaseRecord, after: CaseRecord): void {
  const from = before.assigneeId;
  const to = after.assigneeId;
  if (from === to && (from !== null || (before.teamId ?? null) === (after.teamId ?? null))) return;
  if (from !== null) {
    // Reassigning a case that has an owner.
    if (!me) throw new AppError('forbidden', `${method}: assignee: only a lead reassigns a case that has an owner (choose who you are first)`);
    if (me.role !== 'lead') {
      const owner = deps.repos.agents.get(from)?.name ?? from;
      throw new AppError('forbidden', `${method}: assignee: only a lead reassigns a case that has an owner (${before.key} is ${owner}'s; ${me.name} is an agent): ask a lead`);
    }
    recordAudit(deps, me.id, 'case.reassign', before.id, { key: before.key, from, to, teamId: after.teamId ?? null });
    return;
  }
  if (to === null) return; // unassigned work moved between teams: no owner changes
  if (me && to === me.id) return; // taking unassigned work yourself
  if (!me) throw new AppError('forbidden', `${method}: assignee: only a lead or today's queue monitor assigns unassigned work to others (choose who you are first)`);
  if (me.role === 'lead') {
    recordAudit(deps, me.id, 'case.assign', before.id, { key: before.key, to });
    return;
  }
  const monitor = queueMonitorOn(deps);
  if (monitor?.id !== me.id) {
    const who = monitor ? `today's queue monitor is ${monitor.name}` : 'nobody is on queue monitor duty today';
    throw new AppError('forbidden', `${method}: assignee: only a lead or today's queue monitor assigns unassigned work to others (${who}; ${me.name} is an agent)`);
  }
  recordAudit(deps, me.id, 'case.assign', before.id, { key: before.key, to, as: 'queue monitor' });
}
