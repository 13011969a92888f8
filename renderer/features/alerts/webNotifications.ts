import { isBrowserMode } from '../../api';
import type { Notification as AlertNotification } from '../../../shared/contract/index';

/**
 * Whether this window shows notifications itself: `desktop` when the main process shows OS
 * notifications; in browser mode the web Notification permission, or `unavailable` without the API.
 */
export type WebNotificationState = 'desktop' | 'unavailable' | NotificationPermission;

type NotificationApi = typeof globalThis.Notification;

function notificationApi(): NotificationApi | undefined {
  return (window as Window & { Notification?: NotificationApi }).Notification;
}

export function webNotificationState(): WebNotificationState {
  if (!isBrowserMode()) return 'desktop';
  return notificationApi()?.permission ?? 'unavailable';
}

/** Asks the browser for permission (only ever from a click); resolves with the resulting state. */
export async function requestWebNotifications(): Promise<WebNotificationState> {
  const api = notificationApi();
  if (!isBrowserMode() || !api) return webNotificationState();
  try {
    await api.requestPermission();
  } catch {
    // Some browsers refuse outside a user gesture or in an insecure context: the state says what we got.
  }
  return webNotificationState();
}

/**
 * Shows an SLA notification as a web notification, in browser mode with permission only (the
 * desktop's main process shows its own). Clicking it brings this window forward and runs `onClick`.
 * Returns whether one was shown.
 */
export function showWebNotification(notification: AlertNotification, onClick: () => void): boolean {
  const api = notificationApi();
  if (webNotificationState() !== 'granted' || !api) return false;
  const body = notification.late ? `${notification.body}\n(Late: raised after this computer slept or Shiftdesk was closed.)` : notification.body;
  const shown = new api(notification.title, { body, tag: notification.id });
  shown.onclick = () => {
    window.focus();
    shown.close();
    onClick();
  };
  return true;
}
