import { create } from 'zustand';
import type { Alert } from '../../../shared/contract/index';
import { api, errorText } from '../../api';
import { requestWebNotifications, webNotificationState, type WebNotificationState } from './webNotifications';

/** The notification centre: the latest SLA alerts, newest first, and how many are unread. */
interface AlertsState {
  alerts: Alert[];
  unread: number;
  loaded: boolean;
  /** Why the list could not be read (shown in the centre). */
  loadError: string | null;
  /** Why an action failed (shown briefly in the shell). */
  actionError: string | null;
  centreOpen: boolean;
  notifications: WebNotificationState;

  /** Re-reads the list (on opening the centre and after a `changed` event with 'alerts'). */
  load(): Promise<void>;
  /** Marks these alerts read, or all of them when `ids` is omitted. */
  markRead(ids?: string[]): Promise<void>;
  /** Opens what these alerts are about (the core marks them read and sends the `open` event). */
  open(ids: string[]): Promise<void>;
  setCentreOpen(open: boolean): void;
  /** Asks the browser for notification permission (from the centre's button only). */
  enableNotifications(): Promise<void>;
  clearActionError(): void;
}

const initial = {
  alerts: [],
  unread: 0,
  loaded: false,
  loadError: null,
  actionError: null,
  centreOpen: false,
  notifications: 'unavailable' as WebNotificationState,
};

/** Answers to earlier reads are dropped when a later read was started. */
let readSeq = 0;

function markedRead(alerts: Alert[], ids: string[] | undefined): Alert[] {
  const which = ids ? new Set(ids) : null;
  return alerts.map((a) => (!a.read && (!which || which.has(a.id)) ? { ...a, read: true } : a));
}

export const useAlertsStore = create<AlertsState>()((set, get) => ({
  ...initial,
  async load() {
    const token = ++readSeq;
    try {
      const { alerts, unread } = await api.call('alerts.list', {});
      if (token === readSeq) set({ alerts, unread, loaded: true, loadError: null });
    } catch (err) {
      if (token === readSeq) set({ loaded: true, loadError: errorText(err) });
    }
  },
  async markRead(ids) {
    try {
      const { unread } = await api.call('alerts.markRead', ids ? { ids } : {});
      set((s) => ({ alerts: markedRead(s.alerts, ids), unread }));
    } catch (err) {
      set({ actionError: `Could not mark the notifications read: ${errorText(err)}` });
    }
  },
  async open(ids) {
    set({ centreOpen: false });
    try {
      await api.call('alerts.open', { ids });
      set((s) => {
        const alerts = markedRead(s.alerts, ids);
        const newlyRead = alerts.filter((a, i) => a.read && !s.alerts[i]?.read).length;
        return { alerts, unread: Math.max(0, s.unread - newlyRead) };
      });
    } catch (err) {
      set({ actionError: `Could not open the notification: ${errorText(err)}` });
    }
  },
  setCentreOpen(open) {
    set(open ? { centreOpen: true, notifications: webNotificationState() } : { centreOpen: false });
    if (open) void get().load();
  },
  async enableNotifications() {
    set({ notifications: await requestWebNotifications() });
  },
  clearActionError: () => set({ actionError: null }),
}));

export function resetAlertsStore(): void {
  readSeq++;
  useAlertsStore.setState(initial);
}
