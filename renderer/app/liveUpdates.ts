import type { ApiClient } from '../api';
import { useCaseStore } from '../features/case/caseStore';
import { useFirstRunStore } from '../features/firstRun/firstRunStore';
import { useQueueStore } from '../features/queue/queueStore';
import { useSessionStore } from '../features/session/sessionStore';

/**
 * The one place that reacts to the core's `changed` event: each slice re-reads only what it
 * shows (the queue its window and counts, the detail panel its case), keeping selection and
 * scroll. Returns the unsubscribe function.
 */
export function startLiveUpdates(client: ApiClient): () => void {
  return client.on('changed', ({ topics }) => {
    void useQueueStore.getState().refresh();
    if (topics.includes('cases') || topics.includes('workspace') || topics.includes('agents')) void useCaseStore.getState().refresh();
    if (topics.includes('agents') || topics.includes('session')) void useSessionStore.getState().load();
    if (topics.includes('agents') || topics.includes('workspace')) void useSessionStore.getState().loadAgents();
    if (topics.includes('workspace')) void useFirstRunStore.getState().load();
  });
}

/** The first reads when the shell opens. */
export function loadAll(): void {
  void useFirstRunStore.getState().load();
  void useSessionStore.getState().load();
  void useSessionStore.getState().loadAgents();
  void useQueueStore.getState().load();
}
