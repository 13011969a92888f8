import { vi } from 'vitest';
import { resetAlertsStore } from '../../renderer/features/alerts/alertsStore';
import type { Alert } from '../../shared/contract/index';
import { MINUTE } from '../../shared/time/instant';
import type { FakeHandlers } from './fakeClient';
import { ago } from './fixtures';
import { renderApp, teardown } from './harness';

/** An SLA alert on case `c<n>` (C-100n), fired `n` minutes ago, unread. */
export function alertOf(n: number, overrides: Partial<Alert> = {}): Alert {
  return {
    id: `al${n}`,
    kind: 'warning',
    itemId: `case:c${n}`,
    caseId: `c${n}`,
    key: `C-${1000 + n}`,
    title: `C-${1000 + n} due in 15 min`,
    body: `Acme Logistics · Subject of case ${n}`,
    slaClass: 'open',
    deadline: ago(n * MINUTE - 15 * MINUTE),
    dueAt: ago(n * MINUTE),
    firedAt: ago(n * MINUTE),
    late: false,
    delivery: 'notified',
    silencedBy: null,
    read: false,
    ...overrides,
  };
}

/** The whole app on a fake client (an empty notification centre unless overridden), at `NOW`. */
export function renderAlertsApp(overrides: FakeHandlers = {}) {
  resetAlertsStore();
  const app = renderApp({ 'alerts.list': () => ({ alerts: [], unread: 0 }), ...overrides });
  return { ...app, emit: app.fake.emit };
}

/** A stand-in for the browser's `Notification`: records what was shown; permission as given. */
export function stubWebNotifications(permission: NotificationPermission) {
  const shown: { title: string; options: NotificationOptions | undefined; instance: { onclick: (() => void) | null; close: () => void } }[] = [];
  const requests: number[] = [];
  class FakeNotification {
    static permission: NotificationPermission = permission;
    static requestPermission(): Promise<NotificationPermission> {
      requests.push(1);
      FakeNotification.permission = 'granted';
      return Promise.resolve('granted');
    }
    onclick: (() => void) | null = null;
    close = vi.fn();
    constructor(title: string, options?: NotificationOptions) {
      shown.push({ title, options, instance: this });
    }
  }
  vi.stubGlobal('Notification', FakeNotification);
  return { shown, requests };
}

export function teardownAlerts(): void {
  teardown();
  vi.unstubAllGlobals();
  delete (window as Window & { shiftdesk?: unknown }).shiftdesk;
}
