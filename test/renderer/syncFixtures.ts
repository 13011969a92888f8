import type { OutboxEntry, SyncStatus } from '../../shared/contract/sync';
import { DEFAULT_RT_MAPPING } from '../../shared/contract/sync';

/** A sync status: not connected unless told otherwise. */
export function syncStatus(over: Partial<SyncStatus> = {}): SyncStatus {
  return {
    state: 'not_connected',
    connection: null,
    tokenSource: null,
    waiting: 0,
    conflicts: 0,
    lastPullAt: null,
    lastPushAt: null,
    lastError: null,
    nextAttemptAt: null,
    ...over,
  };
}

/** Connected to rt.example.com following General, as `state`. */
export function connectedStatus(state: SyncStatus['state'], over: Partial<SyncStatus> = {}): SyncStatus {
  return syncStatus({
    state,
    connection: { system: 'rt', url: 'https://rt.example.com', queues: ['General'], mapping: DEFAULT_RT_MAPPING, tokenFile: null, pullEverySeconds: 60 },
    tokenSource: "this computer's keychain",
    ...over,
  });
}

/** An outbox entry on case c1 (C-1001). */
export function outboxEntry(over: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    id: 1,
    caseId: 'c1',
    caseKey: 'C-1001',
    subject: 'Subject of case 1',
    what: 'Status: Resolved',
    state: 'conflict',
    createdAt: '2026-11-24T09:30:00Z',
    attempts: 1,
    problem: 'The help desk has it as Open since 09:40 (changed by rt-user)',
    ...over,
  };
}
