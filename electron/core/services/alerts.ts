import type { Alert, Handlers, OpenTarget } from '../../../shared/contract/index';
import { AppError } from '../../../shared/contract/result';
import { isSweepNotificationId } from '../../../shared/domain/sweep';
import { toIso } from '../../../shared/time/instant';
import type { AlertRow } from '../db/repositories/types';
import type { ServiceDeps } from './deps';
import { openSweepNotification } from './sweep';
import { isReminderNotificationId, openReminderNotification } from './schedules';
import { itemTarget } from './itemTarget';

type AlertHandlers = Pick<Handlers, 'alerts.list' | 'alerts.markRead' | 'alerts.open'>;

export function toAlert(a: AlertRow): Alert {
  return {
    id: a.id,
    kind: a.kind,
    itemId: a.itemId,
    caseId: a.caseId,
    key: a.key,
    title: a.title,
    body: a.body,
    slaClass: a.slaClass,
    deadline: toIso(a.deadline),
    dueAt: toIso(a.dueAt),
    firedAt: toIso(a.firedAt),
    late: a.late,
    delivery: a.delivery,
    silencedBy: a.silencedBy,
    read: a.readAt !== null,
  };
}

/** The notification centre: the recorded SLA alerts, read marks, and what a notification click opens. */
export function alertsService(deps: ServiceDeps): AlertHandlers {
  const { repos } = deps;
  const markRead = (ids: readonly string[] | null) => deps.uow.run(() => repos.alerts.markRead(ids, deps.clock.now()));

  /** One alert: its item as it is now, else its case (the item left the queue); several: the centre. */
  const targetOf = (alerts: readonly AlertRow[]): OpenTarget => {
    const only = alerts.length === 1 ? alerts[0]! : null;
    return (only && itemTarget(deps, only.itemId, only.caseId)) ?? { kind: 'alerts' };
  };

  return {
    'alerts.list': ({ limit }) => ({ alerts: repos.alerts.latest(limit).map(toAlert), unread: repos.alerts.unreadCount() }),
    'alerts.markRead': ({ ids }) => {
      markRead(ids ?? null);
      return { unread: repos.alerts.unreadCount() };
    },
    'alerts.open': ({ ids }) => {
      // The unassigned sweep's notification (`sweep:<id>`) opens the Unassigned view.
      if (ids.some(isSweepNotificationId)) return openSweepNotification(deps, ids);
      // A schedule reminder's (`reminder:<kind>|...`) opens the view it names (an upkeep block's: Aging).
      if (ids.some(isReminderNotificationId)) return openReminderNotification(deps, ids);
      const alerts = repos.alerts.byIds(ids);
      if (alerts.length === 0) throw new AppError('not_found', `no alert with id ${JSON.stringify(ids[0])}`);
      markRead(alerts.map((a) => a.id));
      const target = targetOf(alerts);
      deps.publish('open', target);
      return target;
    },
  };
}
