import type { Notification, NotificationConstructorOptions } from 'electron';
import type { Notifier, NotifyRequest } from '../core/ports';

/**
 * The core's `Notifier` on the desktop: an OS notification per request. Each notification is
 * kept referenced until it closes (otherwise the garbage collector may drop it and its click
 * handler with it); a new request with the same id replaces the one still showing.
 */
export interface DesktopNotifierDeps {
  isSupported: () => boolean;
  createNotification: (options: NotificationConstructorOptions) => Notification;
  /** Clicking a notification: bring the window forward and open what it is about. */
  onActivate: (request: NotifyRequest) => void;
}

export interface DesktopNotifier extends Notifier {
  /** How many notifications are still showing (referenced). */
  readonly showing: number;
}

export function createDesktopNotifier({ isSupported, createNotification, onActivate }: DesktopNotifierDeps): DesktopNotifier {
  const live = new Map<string, Notification>();
  const release = (id: string, notification: Notification) => {
    if (live.get(id) === notification) live.delete(id);
  };
  return {
    get showing() {
      return live.size;
    },
    notify(request) {
      if (!isSupported()) return;
      live.get(request.id)?.close();
      const notification = createNotification({ title: request.title, body: request.body, urgency: request.late ? 'critical' : 'normal' });
      live.set(request.id, notification);
      notification.on('click', () => onActivate(request));
      notification.on('close', () => release(request.id, notification));
      notification.on('failed', () => release(request.id, notification));
      notification.show();
    },
  };
}
