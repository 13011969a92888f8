import type { ApiClient } from '../api';
import { useAlertsStore } from '../features/alerts/alertsStore';
import { showWebNotification } from '../features/alerts/webNotifications';
import { useCaseStore } from '../features/case/caseStore';
import { useFirstRunStore } from '../features/firstRun/firstRunStore';
import { useIntakeStore } from '../features/intake/intakeStore';
import { useQueueStore } from '../features/queue/queueStore';
import { useSessionStore } from '../features/session/sessionStore';
import { refreshSweep } from '../features/sweep/sweepStore';
import { refreshAtRisk } from '../features/attention/atRiskStore';
import { showOpenTarget } from './openTarget';

/**
 * The one place that reacts to the core's events: on `changed` each slice re-reads only what it
 * shows (the queue its window and counts, the detail panel its case, the notification centre its
 * list), keeping selection and scroll; `notify` becomes a web notification in browser mode (the
 * desktop's main process shows its own); `open` shows what a clicked notification is about.
 * Returns the unsubscribe function.
 */
export function startLiveUpdates(client: ApiClient): () => void {
  const stops = [
    client.on('changed', ({ topics }) => {
      void useQueueStore.getState().refresh();
      if (topics.includes('cases') || topics.includes('workspace') || topics.includes('agents')) void useCaseStore.getState().refresh();
      if (topics.includes('interactions') || topics.includes('cases') || topics.includes('workspace')) void useIntakeStore.getState().refresh();
      if (topics.includes('agents') || topics.includes('session')) void useSessionStore.getState().load();
      if (topics.includes('agents') || topics.includes('workspace')) void useSessionStore.getState().loadAgents();
      if (topics.includes('workspace')) void useFirstRunStore.getState().load();
      if (topics.includes('alerts')) void useAlertsStore.getState().load();
      if (topics.some((t) => t === 'sweep' || t === 'agents' || t === 'session' || t === 'workspace')) refreshSweep();
      refreshAtRisk();
    }),
    client.on('notify', (notification) => {
      showWebNotification(notification, () => void useAlertsStore.getState().open(notification.alertIds));
    }),
    client.on('open', (target) => void showOpenTarget(target)),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}

/** The first reads when the shell opens. */
export function loadAll(): void {
  void useFirstRunStore.getState().load();
  void useSessionStore.getState().load();
  void useSessionStore.getState().loadAgents();
  void useQueueStore.getState().load();
  void useAlertsStore.getState().load();
}
