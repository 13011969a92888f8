import type { Notification } from '../../../shared/contract/models';
import type { AgentStatus } from '../../../shared/domain/vocab';
import { alertInterrupts, slaAt } from '../../../shared/sla/index';
import type { Clock } from '../../../shared/time/clock';
import { MINUTE } from '../../../shared/time/instant';
import type { AlertRow, DueAlert, Repositories } from '../db/repositories/types';
import type { UnitOfWork } from '../db/unitOfWork';
import { alertId } from './alertId';
import type { Preferences } from '../ports';
import { sessionAgent } from '../services/session';
import type { SlaContext } from '../services/slaContext';
import { createPlanner } from '../timing/planner';
import { alertLabel, alertText, groupText } from './alertText';

/**
 * The SLA alert scheduler (`sla.md` sections 4-5). Each work item stores the next instant one of its
 * alerts comes due and is not yet recorded (`alert_due_at`, indexed per assignee): this arms **one**
 * timer for the soonest in scope and, whenever it runs, records every alert now due in one unit of
 * work (the `alerts` table, keyed by item, kind and deadline; the projector moves each item's next
 * instant on), then notifies **only the alerts that unit inserted**, after its commit: a second
 * process on the same workspace, or a second pass, finds them recorded and notifies nothing. What is
 * due is read again inside the write lock, so two processes never both fire one alert. A pass costs
 * an index step or two, however many items are breached.
 *
 * It runs again after every commit that is not its own (`replan`), on wake from sleep (the desktop's `powerMonitor` calls
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
  uow: UnitOfWork;
  clock: Clock;
  prefs: Preferences;
  sla: SlaContext;
  /** Shows one notification (desktop notifier and/or the `notify` event). */
  notify(notification: Notification): void;
  checkEveryMs?: number;
  lateAfterMs?: number;
  groupAbove?: number;
  chunk?: number;
}

export const ALERT_CHECK_MS = 30_000;
export const ALERT_LATE_AFTER_MS = 2 * MINUTE;
export const ALERT_GROUP_ABOVE = 3;
/** At most this many alerts are recorded in one unit of work (a pass); a larger backlog takes several passes in a row. */
export const ALERT_CHUNK = 100;

export function createAlertScheduler(deps: AlertSchedulerDeps): AlertScheduler {
  const { repos, clock } = deps;
  const checkEveryMs = Math.min(deps.checkEveryMs ?? ALERT_CHECK_MS, 60_000);
  const lateAfterMs = deps.lateAfterMs ?? ALERT_LATE_AFTER_MS;
  const groupAbove = deps.groupAbove ?? ALERT_GROUP_ABOVE;
  const chunk = deps.chunk ?? ALERT_CHUNK;

  const toRow = (due: DueAlert, now: number, agent: { id: string; status: AgentStatus; timeZone: string } | null): AlertRow => {
    const { item, kind, dueAt } = due;
    const setup = deps.sla.setup();
    const late = now - dueAt > lateAfterMs;
    const remainingMs =
      item.slaClock && item.slaStart !== null && item.slaTargetMs !== null
        ? slaAt({ class: item.slaClass!, clock: item.slaClock, deadline: item.slaDeadline!, targetMs: item.slaTargetMs, clockStart: item.slaStart, warningAt: item.slaWarningAt!, candidates: [] }, now, setup.clocks).remainingMs
        : 0;
    const interrupts = agent === null || alertInterrupts(agent.status, { kind, slaClass: item.slaClass!, urgency: item.urgency, assigneeId: item.assigneeId }, agent.id);
    return {
      id: alertId(item.id, kind, item.slaDeadline!),
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

  /**
   * Alerts recorded by the passes of one burst and not yet shown: a large backlog (the breached items
   * of a workspace just imported) is recorded `chunk` at a time, one pass after another, so the thread
   * never stops for long; it is shown once, when the burst ends.
   */
  let burst: AlertRow[] = [];

  /** Records up to `chunk` alerts due now (read again under the write lock); true when more are due. */
  const fire = (now: number, agent: { id: string; status: AgentStatus; timeZone: string } | null): boolean => {
    const scope = { agentId: agent?.id ?? null };
    let more = false;
    const inserted = deps.uow.run(() => {
      const due = repos.workItems.alertsDue(now, scope, chunk + 1);
      more = due.length > chunk;
      const rows = due.slice(0, chunk).map((d) => toRow(d, now, agent));
      const interrupting = rows.filter((r) => r.delivery === 'notified');
      if (more || burst.length > 0 || interrupting.length > groupAbove) for (const r of interrupting) r.delivery = 'grouped';
      // Only what this unit inserted: another process (or pass) that recorded an alert first notifies it.
      return rows.filter((r) => repos.alerts.insert(r));
    });
    burst.push(...inserted.filter((r) => r.delivery !== 'silenced'));
    return more;
  };

  /** Shows what the burst recorded: one notification each, or one for all when they are many. */
  const show = (now: number) => {
    const interrupting = burst;
    burst = [];
    if (interrupting.length === 0) return;
    if (interrupting[0]!.delivery === 'grouped') {
      deps.notify({ id: `group|${now}`, ...groupText(interrupting), alertIds: interrupting.map((r) => r.id), late: interrupting.some((r) => r.late) });
    } else {
      for (const r of interrupting) deps.notify({ id: r.id, title: r.title, body: r.body, alertIds: [r.id], late: r.late });
    }
  };

  const pass = (): number | null => {
    const now = clock.now();
    const agent = sessionAgent(repos, deps.prefs) ?? null;
    const scope = { agentId: agent?.id ?? null };
    // A look outside the write lock first: nearly every pass finds nothing due.
    if (repos.workItems.alertsDue(now, scope, 1).length > 0 && fire(now, agent)) return now; // more of the burst: again at once
    show(now);
    return repos.workItems.nextAlertAt(now, scope);
  };

  const planner = createPlanner({ clock, checkEveryMs, what: 'the SLA alert check', pass });
  return { replan: planner.replan, stop: planner.stop };
}
