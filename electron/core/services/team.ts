import { Temporal } from 'temporal-polyfill';
import type { Handlers } from '../../../shared/contract/index';
import { AppError } from '../../../shared/contract/result';
import { BOARD_SPLITS_MAX, type AuditEntry, type BoardAgent, type BoardSplit } from '../../../shared/contract/team';
import { splitApprovalOf } from '../../../shared/domain/splitApproval';
import { WEEKDAYS } from '../../../shared/domain/vocab';
import type { AgentRecord } from '../../../shared/interchange/schema';
import { minutesOfDay } from '../../../shared/interchange/fields';
import { parseIso, toIso } from '../../../shared/time/instant';
import type { AuditRow } from '../db/repositories/audit';
import { toAgent } from './agents';
import type { ServiceDeps } from './deps';
import { newId } from './interactionRecords';
import { localDayOf, QUEUE_MONITOR_SETTING, queueMonitorDays, queueMonitorOn } from './queueMonitor';
import { recordAudit, requireActingAgent, requireLead } from './roles';
import { sessionAgent } from './session';

type TeamHandlers = Pick<
  Handlers,
  'agents.create' | 'audit.list' | 'team.setQueueMonitor' | 'team.getQueueMonitor' | 'team.approveOffQueue' | 'team.endOfDay' | 'team.board'
>;

/** How many sweeps the board shows. */
const BOARD_SWEEPS = 20;

/** An agent's windows on the local day `at` falls on, in their own time zone. */
export function scheduleToday(agent: AgentRecord, at: number): { day: string; windows: [string, string][]; onShift: boolean } {
  const local = Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(agent.timeZone);
  const weekday = WEEKDAYS[local.dayOfWeek - 1]!;
  const windows = (agent.schedule[weekday] ?? []).map(([a, b]) => [a, b] as [string, string]);
  const minute = local.hour * 60 + local.minute;
  return { day: local.toPlainDate().toString(), windows, onShift: windows.some(([a, b]) => minutesOfDay(a) <= minute && minute < minutesOfDay(b)) };
}

/**
 * Roles and the team (`workflow.md` "Roles and the handoff view", docs/roles.md): agent profiles, the
 * audit list, the queue monitor of the day, approved off-queue time, the end of the day and the team
 * board. Every lead-only action is refused here for agents and recorded with who and when, in the
 * action's unit of work.
 */
export function teamService(deps: ServiceDeps): TeamHandlers {
  const { repos } = deps;
  const requireAgent = (method: string, field: string, id: string): AgentRecord => {
    const agent = repos.agents.get(id);
    if (!agent) throw new AppError('not_found', `${method}: ${field}: no agent with id ${JSON.stringify(id)}`);
    return agent;
  };
  const names = new Map<string, string | null>();
  const nameOf = (id: string | null): string | null => {
    if (id === null) return null;
    if (!names.has(id)) names.set(id, repos.agents.get(id)?.name ?? null);
    return names.get(id)!;
  };
  const toEntry = (r: AuditRow): AuditEntry => ({ seq: r.seq, at: toIso(r.at), by: r.by, byName: nameOf(r.by), action: r.action, subject: r.subject, detail: r.detail });
  const today = () => localDayOf(deps.clock.now(), deps.sla.timeZone());

  return {
    'agents.create': ({ name, email, role, timeZone }) =>
      deps.uow.run(() => {
        const M = 'agents.create';
        try {
          Temporal.Now.instant().toZonedDateTimeISO(timeZone);
        } catch {
          throw new AppError('invalid_input', `${M}: timeZone: expected an IANA time zone such as Europe/London, got ${JSON.stringify(timeZone)}`);
        }
        const agents = repos.agents.list();
        const hasLead = agents.some((a) => a.role === 'lead');
        // A lead profile needs a lead acting, except while the workspace has no lead (its first lead).
        const me = agents.length === 0 ? undefined : role === 'lead' && hasLead ? requireLead(deps, `${M}: role: a lead profile`) : sessionAgent(repos, deps.prefs);
        if (email && agents.some((a) => a.email.toLowerCase() === email.toLowerCase())) {
          throw new AppError('conflict', `${M}: email: ${email} is already ${agents.find((a) => a.email.toLowerCase() === email.toLowerCase())!.name}'s profile: pick it instead`);
        }
        const id = newId('agent', (candidate) => repos.agents.has(candidate));
        const agent: AgentRecord = { id, name, email, role, timeZone, status: 'available', schedule: {}, extra: {} };
        repos.agents.upsert(agent);
        recordAudit(deps, me?.id ?? null, 'agent.create', id, { name, role });
        return toAgent(agent);
      }),
    'audit.list': ({ limit, before }) => {
      requireLead(deps, 'audit.list');
      return { entries: repos.audit.list(limit, before).map(toEntry) };
    },
    'team.setQueueMonitor': ({ day, agentId }) =>
      deps.uow.run(() => {
        const M = 'team.setQueueMonitor';
        const lead = requireLead(deps, M);
        const agent = agentId === null ? null : requireAgent(M, 'agentId', agentId);
        const days = { ...queueMonitorDays(deps) };
        const before = days[day] ?? null;
        if (agent) days[day] = agent.id;
        else delete days[day];
        if (before !== (agent?.id ?? null)) {
          repos.settings.set(QUEUE_MONITOR_SETTING, days);
          recordAudit(deps, lead.id, 'team.queueMonitor', agent?.id ?? null, { day, from: before, to: agent?.id ?? null });
        }
        return { day, agent: agent ? toAgent(agent) : null };
      }),
    'team.getQueueMonitor': ({ day }) => {
      const d = day ?? today();
      const agent = queueMonitorOn(deps, d);
      return { day: d, agent: agent ? toAgent(agent) : null };
    },
    'team.approveOffQueue': ({ agentId, until, reason }) => {
      const M = 'team.approveOffQueue';
      const untilMs = parseIso(until);
      deps.uow.run(() => {
        const lead = requireLead(deps, M);
        const agent = requireAgent(M, 'agentId', agentId);
        if (untilMs <= deps.clock.now()) throw new AppError('invalid_input', `${M}: until: ${until} has passed; off-queue time ends later than now`);
        repos.agents.setStatus(agent.id, 'unavailable');
        recordAudit(deps, lead.id, 'team.offQueue', agent.id, { until, reason, from: agent.status });
      });
      return toAgent(repos.agents.get(agentId)!);
    },
    'team.endOfDay': () => {
      const id = deps.uow.run(() => {
        const me = requireActingAgent(deps, 'team.endOfDay');
        if (repos.agents.setStatus(me.id, 'unavailable')) recordAudit(deps, me.id, 'agent.status', me.id, { from: me.status, to: 'unavailable', endOfDay: true });
        return me.id;
      });
      return toAgent(repos.agents.get(id)!);
    },
    'team.board': ({ at }) => {
      requireLead(deps, 'team.board');
      const now = at === undefined ? deps.clock.now() : parseIso(at);
      const day = localDayOf(now, deps.sla.timeZone());
      const monitor = queueMonitorOn(deps, day);
      const agents: BoardAgent[] = repos.agents.list().map((a) => {
        const s = scheduleToday(a, now);
        return {
          agent: toAgent(a),
          day: s.day,
          schedule: s.windows,
          onShift: s.onShift,
          openItems: repos.workItems.count({ assigneeId: a.id }),
          atRisk: repos.attention.atRisk(a.id, now, 0).count,
          queueMonitor: monitor?.id === a.id,
        };
      });
      const splitsWaiting: BoardSplit[] = repos.splitApprovals.pending(BOARD_SPLITS_MAX).flatMap((c) => {
        const a = splitApprovalOf(c.extra);
        if (!a) return [];
        return [{ id: c.id, key: c.key, subject: c.subject, requestedBy: a.requestedBy, requestedByName: nameOf(a.requestedBy), requestedAt: toIso(a.requestedAt), fromId: a.fromId, fromKey: repos.cases.get(a.fromId)?.key ?? null }];
      });
      return {
        at: toIso(now),
        day,
        queueMonitor: monitor ? { id: monitor.id, name: monitor.name } : null,
        unassigned: repos.workItems.count({ assigneeId: null }),
        agents,
        sweeps: repos.sweeps.list(BOARD_SWEEPS).map((s) => ({
          at: toIso(s.at),
          agentName: nameOf(s.agentId),
          unassigned: s.unassigned,
          new: s.newCount,
          warning: s.warning,
          breached: s.breached,
          outcome: s.outcome,
        })),
        splitsWaiting,
      };
    },
  };

}
