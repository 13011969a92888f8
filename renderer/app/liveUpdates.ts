import type { ApiClient } from '../api';
import { useAlertsStore } from '../features/alerts/alertsStore';
import { showWebNotification } from '../features/alerts/webNotifications';
import { useCaseStore } from '../features/case/caseStore';
import { useFirstRunStore } from '../features/firstRun/firstRunStore';
import { useIntakeStore } from '../features/intake/intakeStore';
import { useQueueStore } from '../features/queue/queueStore';
import { useSessionStore } from '../features/session/sessionStore';
import { refreshSweep } from '../features/sweep/sweepStore';
import { refreshSync, useSyncStore } from '../features/sync/syncStore';
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
      if (topics.includes('sync') || topics.includes('cases')) refreshSync(useCaseStore.getState().caseId);
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

/**
 * The first reads when the app starts, in the order the core answers them (`firstReads`, which
 * renderer/boot.ts asks for ahead, lists the same): who I am (the rows show deadlines in the
 * agent's time zone), then the queue's first page and counts (the first screen), then the rest.
 */
export function loadAll(): void {
  void useSessionStore.getState().load();
  void useQueueStore.getState().load();
  void useFirstRunStore.getState().load();
  void useSessionStore.getState().loadAgents();
  void useAlertsStore.getState().load();
  void useSyncStore.getState().load();
}

let running: { client: ApiClient; stop: () => void } | null = null;

/**
 * Subscribes to the core's events, then makes the first reads (`loadAll`), once per client:
 * main.tsx calls it before the first render (the slices then take the answers boot.ts asked for);
 * the shell calls it when it mounts (in tests, or a page started otherwise) and then gets a no-op.
 * Events are subscribed first, so no change between a read and the subscription goes unnoticed.
 * `events` is the client the subscriptions go to (the app's delegating `api`), `client` the one
 * behind it. Returns the unsubscribe function.
 */
export function startLiveApp(client: ApiClient, events: ApiClient = client): () => void {
  if (running?.client === client) return () => {};
  const entry = { client, stop: startLiveUpdates(events) };
  running = entry;
  loadAll();
  return () => {
    if (running === entry) running = null;
    entry.stop();
  };
}

/**
 * Resolves once the queue's first page has been read (or could not be), or after `maxMs`: the
 * first render then shows the rows at once (renderer/main.tsx).
 */
export function whenFirstScreenRead(maxMs: number): Promise<void> {
  const read = () => {
    const { total, error } = useQueueStore.getState();
    return total !== null || error !== null;
  };
  return new Promise((resolve) => {
    if (read()) return resolve();
    const timer = setTimeout(done, maxMs);
    const stop = useQueueStore.subscribe(() => read() && done());
    function done() {
      clearTimeout(timer);
      stop();
      resolve();
    }
  });
}
