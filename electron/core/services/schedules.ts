import type { Handlers, OpenTarget } from '../../../shared/contract/index';
import type { AgentSchedule } from '../../../shared/contract/schedules';
import { AppError } from '../../../shared/contract/result';
import { REMINDER_NOTIFICATION_PREFIX, reminderKindOf } from '../schedule/scheduler';
import { localDateOf, nextShiftStart, REMINDER_KINDS, shiftsOn, UPKEEP_EXTRA_KEY, upkeepOf, upkeepProblems, type WeekSchedule } from '../../../shared/domain/schedule';
import { agentSchema, type AgentRecord } from '../../../shared/interchange/schema';
import { toIso } from '../../../shared/time/instant';
import type { ServiceDeps } from './deps';
import { recordAudit, requireLead } from './roles';

type ScheduleHandlers = Pick<Handlers, 'schedules.get' | 'schedules.set' | 'schedules.setUpkeep'>;

/** An agent's schedule as the contract shows it, with today's shifts in their zone. */
export function toAgentSchedule(agent: AgentRecord, now: number): AgentSchedule {
  const schedule = agent.schedule as WeekSchedule;
  const today = shiftsOn(schedule, agent.timeZone, localDateOf(now, agent.timeZone));
  const next = nextShiftStart(schedule, agent.timeZone, now);
  return {
    agentId: agent.id,
    name: agent.name,
    timeZone: agent.timeZone,
    schedule: agent.schedule,
    blocks: upkeepOf(agent.extra),
    today: today.map((s) => ({ from: s.from, to: s.to, start: toIso(s.start), end: toIso(s.end) })),
    nextShiftStart: next ? toIso(next.start) : null,
  };
}

/**
 * Schedules (`docs/schedules.md`): a lead replaces an agent's weekly windows (checked as the
 * workspace file's `agent.schedule` is: no overlapping windows) or SLA upkeep blocks (kept in the
 * agent record as `upkeepBlocks`, so they travel in the workspace file); each change is recorded in
 * the audit list in the same unit of work. The reminders follow in `../schedule/scheduler.ts`, which
 * re-plans after the commit.
 */
export function schedulesService(deps: ServiceDeps): ScheduleHandlers {
  const { repos } = deps;
  const requireAgent = (id: string): AgentRecord => {
    const agent = repos.agents.get(id);
    if (!agent) throw new AppError('not_found', `no agent with id ${JSON.stringify(id)}`);
    return agent;
  };

  return {
    'schedules.get': ({ agentId }) => toAgentSchedule(requireAgent(agentId), deps.clock.now()),
    'schedules.set': ({ agentId, schedule }) => {
      const lead = requireLead(deps, "changing an agent's schedule");
      const agent = requireAgent(agentId);
      // The workspace file's own rules for a week (overlaps refused), named by their field.
      const parsed = agentSchema.safeParse({ id: agent.id, name: agent.name, timeZone: agent.timeZone, schedule });
      if (!parsed.success) {
        const issue = parsed.error.issues.find((i) => i.path[0] === 'schedule') ?? parsed.error.issues[0]!;
        throw new AppError('invalid_input', `${issue.path.join('.')}: ${issue.message}`);
      }
      deps.uow.run(() => {
        const current = requireAgent(agentId);
        if (repos.agents.upsert({ ...current, schedule: parsed.data.schedule })) {
          recordAudit(deps, lead.id, 'schedule.set', agentId, { from: current.schedule, to: parsed.data.schedule });
        }
      });
      return toAgentSchedule(requireAgent(agentId), deps.clock.now());
    },
    'schedules.setUpkeep': ({ agentId, blocks }) => {
      const lead = requireLead(deps, "changing an agent's SLA upkeep blocks");
      requireAgent(agentId);
      const problems = upkeepProblems(blocks);
      if (problems.length > 0) throw new AppError('invalid_input', problems.join('; '));
      const sorted = [...blocks].sort((a, b) => WEEK.indexOf(a.day) - WEEK.indexOf(b.day) || a.start.localeCompare(b.start));
      deps.uow.run(() => {
        const current = requireAgent(agentId);
        const before = upkeepOf(current.extra);
        if (repos.agents.upsert({ ...current, extra: { ...current.extra, [UPKEEP_EXTRA_KEY]: sorted } })) {
          recordAudit(deps, lead.id, 'schedule.setUpkeep', agentId, { from: before, to: sorted });
        }
      });
      return toAgentSchedule(requireAgent(agentId), deps.clock.now());
    },
  };
}

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * A schedule reminder's notification was clicked (`alerts.open` with its id `reminder:<kind>|...`):
 * an SLA upkeep block's opens the Aging view (its bulk check-in ready above the rows), a shift end's
 * Unassigned (take yours before you leave), the others My queue. Tells every window (event `open`).
 */
export function openReminderNotification(deps: ServiceDeps, ids: readonly string[]): OpenTarget {
  const kind = ids.map(reminderKindOf).find((k) => k !== null) ?? null;
  if (kind === null || !(REMINDER_KINDS as readonly string[]).includes(kind)) {
    throw new AppError('not_found', `no reminder notification with id ${JSON.stringify(ids[0])}`);
  }
  const view = kind === 'upkeep_start' ? 'aging' : kind === 'shift_end' ? 'unassigned' : 'my';
  const target: OpenTarget = { kind: 'view', view };
  deps.publish('open', target);
  return target;
}

export function isReminderNotificationId(id: string): boolean {
  return id.startsWith(REMINDER_NOTIFICATION_PREFIX);
}
