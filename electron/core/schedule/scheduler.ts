import type { Notification } from '../../../shared/contract/models';
import {
  nextReminder,
  reminderText,
  remindersBetween,
  upkeepAt,
  upkeepOf,
  UPKEEP_EXTRA_KEY as UPKEEP_KEY,
  type ReminderKind,
  type Shift,
  type WeekSchedule,
} from '../../../shared/domain/schedule';
import type { AgentStatus } from '../../../shared/domain/vocab';
import type { AgentRecord } from '../../../shared/interchange/schema';
import type { Clock } from '../../../shared/time/clock';
import { MINUTE } from '../../../shared/time/instant';
import type { Repositories } from '../db/repositories/types';
import type { UnitOfWork } from '../db/unitOfWork';
import type { Preferences } from '../ports';
import { sessionAgent } from '../services/session';
import { createPlanner } from '../timing/planner';

/**
 * The schedule reminders (`docs/schedules.md`), scheduled as the closure timer and the sweep are
 * (`../timing/planner.ts`): one timer for the next reminder of the agent using this device, from
 * their weekly windows and SLA upkeep blocks in their own time zone; re-planned after every commit
 * (a lead changed the schedule), on wake and at a periodic check.
 *
 * What a pass does, in one unit of work, then notifies after its commit:
 * - the reminders due since the last pass (at most `lateAfterMs` late: a shift start missed while
 *   the app was closed is not shown hours later): shift start (and on Mondays the week's review),
 *   the shared mailboxes every 2 hours in a shift, shift end;
 * - an upkeep block that has started (even if the app opened mid-block): an Available agent becomes
 *   In a meeting until its end (recorded `agent.status`, by nobody), and the notification opens Aging;
 * - a block that has ended: the status returns to what it was, if it is still In a meeting.
 * What was delivered is kept in the workspace setting `schedule_reminders` (per agent: delivered up to
 * which instant, and the block in progress), read again under the write lock: a restart, a second
 * pass or a second process does not remind twice.
 *
 * Gated by status: nothing is shown while On leave; while Unavailable only the shift start and the
 * Monday review are (ending the day sets Unavailable, and the next shift's start is what brings the
 * agent back); In a meeting everything is shown.
 */
export interface ScheduleScheduler {
  replan(): void;
  stop(): void;
}

export interface ScheduleSchedulerDeps {
  repos: Repositories;
  uow: UnitOfWork;
  clock: Clock;
  prefs: Preferences;
  notify(notification: Notification): void;
  checkEveryMs?: number;
  lateAfterMs?: number;
}

export const SCHEDULE_CHECK_MS = 60_000;
/** A reminder found later than this (the app was closed, the machine asleep) is not shown. */
export const REMINDER_LATE_AFTER_MS = 15 * MINUTE;
/** Workspace setting: per agent, what the reminders delivered (see `ReminderState`). */
export const SCHEDULE_REMINDERS_SETTING = 'schedule_reminders';
/** A reminder's notification id: `reminder:<kind>|<agent id>|<epoch ms>`; a click opens what it names. */
export const REMINDER_NOTIFICATION_PREFIX = 'reminder:';

export interface ReminderState {
  /** Every reminder due at or before this instant was delivered (or passed over). */
  through: number;
  /** The start of the last upkeep block acted on (so a block is acted on once, even if the agent changes status mid-block). */
  lastUpkeepStart: number | null;
  /** The block whose status this scheduler set, and the status to return to at its end. */
  upkeep: { start: number; end: number; previous: AgentStatus } | null;
}

type States = Record<string, ReminderState>;

const SHOWN_WHILE_UNAVAILABLE: readonly ReminderKind[] = ['shift_start', 'week_review'];

export function reminderShown(kind: ReminderKind, status: AgentStatus): boolean {
  if (status === 'on_leave') return false;
  if (status === 'unavailable') return SHOWN_WHILE_UNAVAILABLE.includes(kind);
  return true;
}

export function reminderNotificationId(kind: ReminderKind, agentId: string, at: number): string {
  return `${REMINDER_NOTIFICATION_PREFIX}${kind}|${agentId}|${at}`;
}

/** The kind a reminder notification id names, or null. */
export function reminderKindOf(id: string): ReminderKind | null {
  if (!id.startsWith(REMINDER_NOTIFICATION_PREFIX)) return null;
  return (id.slice(REMINDER_NOTIFICATION_PREFIX.length).split('|')[0] ?? null) as ReminderKind | null;
}

export function createScheduleScheduler(deps: ScheduleSchedulerDeps): ScheduleScheduler {
  const { repos, clock, uow } = deps;
  const lateAfterMs = deps.lateAfterMs ?? REMINDER_LATE_AFTER_MS;
  const checkEveryMs = Math.min(deps.checkEveryMs ?? SCHEDULE_CHECK_MS, 60_000);

  const stateOf = (agentId: string, now: number): ReminderState =>
    repos.settings.get<States>(SCHEDULE_REMINDERS_SETTING)?.[agentId] ?? { through: now - lateAfterMs, lastUpkeepStart: null, upkeep: null };

  interface Plan {
    reminders: { kind: ReminderKind; at: number; shift: Shift }[];
    startBlock: Shift | null;
    endBlock: boolean;
  }

  /** What is due now for this agent (read only). */
  const plan = (agent: AgentRecord, state: ReminderState, now: number): Plan => {
    const schedule = agent.schedule as WeekSchedule;
    const blocks = upkeepOf(agent.extra);
    const from = Math.max(state.through, now - lateAfterMs);
    const reminders = now > from ? remindersBetween(schedule, blocks, agent.timeZone, from, now).filter((r) => r.kind !== 'upkeep_start' && r.kind !== 'upkeep_end') : [];
    const block = state.upkeep === null ? upkeepAt(blocks, agent.timeZone, now) : null;
    return {
      reminders,
      startBlock: block && block.start !== state.lastUpkeepStart ? block : null,
      endBlock: state.upkeep !== null && now >= state.upkeep.end,
    };
  };
  const nothing = (p: Plan) => p.reminders.length === 0 && p.startBlock === null && !p.endBlock;

  const setStatus = (agentId: string, from: AgentStatus, to: AgentStatus, at: number, reason: string) => {
    repos.agents.setStatus(agentId, to);
    repos.audit.append({ at, by: null, action: 'agent.status', subject: agentId, detail: { from, to, reason } });
  };

  /** Delivers what is due, read again under the write lock; the notifications to show after the commit. */
  const deliver = (agentId: string, now: number): Notification[] =>
    uow.run(() => {
      const agent = repos.agents.get(agentId);
      if (!agent) return [];
      const state = stateOf(agentId, now);
      const due = plan(agent, state, now);
      if (nothing(due)) return [];
      const out: Notification[] = [];
      let status = agent.status;
      const next: ReminderState = { ...state, through: Math.max(state.through, now) };
      if (due.endBlock) {
        const block = state.upkeep!;
        if (status === 'in_a_meeting') {
          setStatus(agentId, status, block.previous, now, 'SLA upkeep block ended');
          status = block.previous;
          out.push({ ...toNotification('upkeep_end', agentId, block.end, { date: '', day: 'mon', start: block.start, end: block.end, from: '', to: '' }), late: false });
        }
        next.upkeep = null;
      }
      for (const r of due.reminders) {
        if (reminderShown(r.kind, status)) out.push(toNotification(r.kind, agentId, r.at, r.shift));
      }
      if (due.startBlock) {
        const block = due.startBlock;
        next.lastUpkeepStart = block.start;
        if (status === 'available') {
          setStatus(agentId, status, 'in_a_meeting', now, 'SLA upkeep block started');
          next.upkeep = { start: block.start, end: block.end, previous: status };
          status = 'in_a_meeting';
        }
        if (reminderShown('upkeep_start', status)) out.push(toNotification('upkeep_start', agentId, block.start, block));
      }
      const all = repos.settings.get<States>(SCHEDULE_REMINDERS_SETTING) ?? {};
      repos.settings.set(SCHEDULE_REMINDERS_SETTING, { ...all, [agentId]: next });
      return out;
    });

  /**
   * The last full pass: what it was computed from and the next instant it found. Until that instant,
   * a pass over the same agent, schedule, status and record finds nothing due (everything due before
   * it was delivered by that pass), so the periodic check costs two reads, not a week of Temporal.
   */
  let last: { key: string; next: number | null } | null = null;
  const keyOf = (agent: AgentRecord) =>
    JSON.stringify([agent.id, agent.timeZone, agent.status, agent.schedule, agent.extra[UPKEEP_KEY] ?? null, repos.settings.get<States>(SCHEDULE_REMINDERS_SETTING)?.[agent.id] ?? null]);

  const pass = (): number | null => {
    const agent = sessionAgent(repos, deps.prefs);
    if (!agent) return null;
    const now = clock.now();
    if (last !== null && last.key === keyOf(agent) && (last.next === null || now < last.next)) return last.next;
    // A look outside the write lock first: nearly every pass finds nothing due.
    if (!nothing(plan(agent, stateOf(agent.id, now), now))) {
      for (const n of deliver(agent.id, now)) deps.notify(n);
    }
    const fresh = repos.agents.get(agent.id) ?? agent;
    const state = stateOf(agent.id, now);
    const candidates = [nextReminder(fresh.schedule as WeekSchedule, upkeepOf(fresh.extra), fresh.timeZone, now)?.at ?? null, state.upkeep?.end ?? null];
    const times = candidates.filter((t): t is number => t !== null);
    const next = times.length === 0 ? null : Math.min(...times);
    last = { key: keyOf(fresh), next };
    return next;
  };

  const planner = createPlanner({ clock, checkEveryMs, what: 'the schedule reminders', pass });
  return { replan: planner.replan, stop: planner.stop };
}

function toNotification(kind: ReminderKind, agentId: string, at: number, shift: Shift): Notification {
  const id = reminderNotificationId(kind, agentId, at);
  return { id, ...reminderText(kind, shift), alertIds: [id], late: false };
}
