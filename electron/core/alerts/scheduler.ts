import type { Notification } from '../../../shared/contract/models';
import type { AgentStatus } from '../../../shared/domain/vocab';
import { alertInterrupts, slaAt } from '../../../shared/sla/index';
import type { Clock } from '../../../shared/time/clock';
import { MINUTE } from '../../../shared/time/instant';
import type { AlertRow, DueAlert, Repositories } from '../db/repositories/types';
import type { Preferences } from '../ports';
import { sessionAgent } from '../services/session';
import type { SlaContext } from '../services/slaContext';
import { createPlanner } from '../timing/planner';
import { alertLabel, alertText, groupText } from './alertText';

/**
 * The SLA alert scheduler (`sla.md` sections 4-5). Deadlines and warning instants are stored on the
 * work items; this arms **one** timer for the soonest one still to come and, whenever it runs:
 * records every alert now due that is not yet recorded (the `alerts` table, keyed by item, kind and
 * deadline, so each fires once, also across restarts), notifies, and arms again.
 *
 * It runs again after any change (`replan`), on wake from sleep (the desktop's `powerMonitor` calls
 * `replan`), and at a periodic check (every `checkEveryMs`, at most 60 s), which also catches a
 * system clock jump: forward, the alerts passed over fire (late); backward, nothing fires twice
 * because fired alerts are recorded. An alert fired more than `lateAfterMs` after it came due (the
 * machine slept, the app was closed) is marked late.
 *
 * Whose alerts: the device agent's items and the unassigned ones (every item when the workspace
 * has no agents); the agent's status decides which interrupt (`alertInterrupts`). More than
 * `groupAbove` interrupting alerts at once become one grouped notification.
 */
export interface AlertScheduler {
  /** Looks again now: fires what is due, re-arms the timer. */
  replan(): void;
  stop(): void;
}

export interface AlertSchedulerDeps {
  repos: Repositories;
  clock: Clock;
  prefs: Preferences;
  sla: SlaContext;
  /** After alerts were recorded (the notification centre re-reads). */
  recorded(): void;
  /** Shows one notification (desktop notifier and/or the `notify` event). */
  notify(notification: Notification): void;
  checkEveryMs?: number;
  lateAfterMs?: number;
  groupAbove?: number;
}

export const ALERT_CHECK_MS = 30_000;
export const ALERT_LATE_AFTER_MS = 2 * MINUTE;
export const ALERT_GROUP_ABOVE = 3;

export function createAlertScheduler(deps: AlertSchedulerDeps): AlertScheduler {
  const { repos, clock } = deps;
  const checkEveryMs = Math.min(deps.checkEveryMs ?? ALERT_CHECK_MS, 60_000);
  const lateAfterMs = deps.lateAfterMs ?? ALERT_LATE_AFTER_MS;
  const groupAbove = deps.groupAbove ?? ALERT_GROUP_ABOVE;

  const toRow = (due: DueAlert, now: number, agent: { id: string; status: AgentStatus; timeZone: string } | null): AlertRow => {
    const { item, kind, dueAt } = due;
    const setup = deps.sla.setup();
    const late = now - dueAt > lateAfterMs;
    const remainingMs =
      item.slaClock && item.slaStart !== null && item.slaTargetMs !== null
        ? slaAt({ class: item.slaClass!, clock: item.slaClock, deadline: item.slaDeadline!, targetMs: item.slaTargetMs, clockStart: item.slaStart, warningAt: item.slaWarningAt!, candidates: [] }, now, setup.clocks).remainingMs
        : 0;
    const interrupts = agent === null || alertInterrupts(agent.status, { kind, slaClass: item.slaClass!, assigneeId: item.assigneeId }, agent.id);
    return {
      id: `${item.id}|${kind}|${item.slaDeadline}`,
      itemId: item.id,
      caseId: item.caseId,
      key: alertLabel(item),
      kind,
      slaClass: item.slaClass!,
      deadline: item.slaDeadline!,
      dueAt,
      firedAt: now,
      late,
      delivery: interrupts ? 'notified' : 'silenced',
      silencedBy: interrupts ? null : agent!.status,
      agentId: agent?.id ?? null,
      ...alertText(kind, item, { remainingMs, dueAt, late, timeZone: agent?.timeZone ?? deps.sla.timeZone() }),
      readAt: null,
    };
  };

  const fire = (due: DueAlert[], now: number, agent: { id: string; status: AgentStatus; timeZone: string } | null) => {
    const rows = due.map((d) => toRow(d, now, agent));
    const interrupting = rows.filter((r) => r.delivery === 'notified');
    const grouped = interrupting.length > groupAbove;
    if (grouped) for (const r of interrupting) r.delivery = 'grouped';
    repos.transaction(() => rows.forEach((r) => repos.alerts.insert(r)));
    deps.recorded();
    if (grouped) {
      deps.notify({ id: `group|${now}`, ...groupText(interrupting), alertIds: interrupting.map((r) => r.id), late: interrupting.some((r) => r.late) });
    } else {
      for (const r of interrupting) deps.notify({ id: r.id, title: r.title, body: r.body, alertIds: [r.id], late: r.late });
    }
  };

  const pass = (): number | null => {
    const now = clock.now();
    const agent = sessionAgent(repos, deps.prefs) ?? null;
    const scope = { agentId: agent?.id ?? null };
    const due = repos.workItems.alertsDue(now, scope);
    if (due.length > 0) fire(due, now, agent);
    return repos.workItems.nextAlertAt(now, scope);
  };

  const planner = createPlanner({ clock, checkEveryMs, what: 'the SLA alert check', pass });
  return { replan: planner.replan, stop: planner.stop };
}
