import { create } from 'zustand';
import type { Input, Output } from '../../../shared/contract/index';
import type { OutboxEntry, RtMapping, SyncStatus } from '../../../shared/contract/sync';
import { api, errorText } from '../../api';

/** The outbox states that need the agent: the conflict list. */
export const CONFLICT_STATES = ['conflict', 'refused'] as const;
/** The outbox states a case's "not sent yet" line counts. */
export const CASE_PENDING_STATES = ['waiting', 'conflict', 'refused'] as const;

/**
 * Sync with the team's help desk (issue 13) as the app bar and the case view show it: the status
 * (`sync.status`, re-read on the 'sync' and 'cases' topics), the conflict list, the open case's
 * entries not sent yet, and which sync dialog is open. Actions reject with the core's error.
 */
interface SyncState {
  status: SyncStatus | null;
  conflictsOpen: boolean;
  conflicts: OutboxEntry[] | null;
  conflictsError: string | null;
  connectionOpen: boolean;
  /** The Field mapping dialog (leads, from the connection dialog). */
  mappingOpen: boolean;
  /** The open case's entries not confirmed by the help desk (`sync.outbox` for that case). */
  caseEntries: { caseId: string; entries: OutboxEntry[] } | null;
  load(): Promise<void>;
  syncNow(): Promise<void>;
  openConflicts(): Promise<void>;
  loadConflicts(): Promise<void>;
  closeConflicts(): void;
  resolve(id: number, action: Input<'sync.resolve'>['action']): Promise<void>;
  openConnection(): void;
  closeConnection(): void;
  test(input: Input<'sync.test'>): Promise<Output<'sync.test'>>;
  connect(input: Input<'sync.connect'>): Promise<void>;
  disconnect(): Promise<void>;
  openMapping(): void;
  closeMapping(): void;
  setMapping(mapping: RtMapping): Promise<void>;
  loadCase(caseId: string | null): Promise<void>;
}

const initial = {
  status: null,
  conflictsOpen: false,
  conflicts: null,
  conflictsError: null,
  connectionOpen: false,
  mappingOpen: false,
  caseEntries: null,
};

/** Whether the help desk may hold anything of this workspace's outbox (else nothing is asked per case). */
export function syncInUse(status: SyncStatus | null): boolean {
  return status !== null && (status.state !== 'not_connected' || status.waiting > 0 || status.conflicts > 0);
}

export const useSyncStore = create<SyncState>()((set, get) => ({
  ...initial,
  async load() {
    try {
      set({ status: await api.call('sync.status', {}) });
    } catch {
      // A face without sync (or an old core): the indicator stays hidden.
      set({ status: null });
    }
  },
  async syncNow() {
    set({ status: await api.call('sync.now', {}) });
  },
  async openConflicts() {
    set({ conflictsOpen: true });
    await get().loadConflicts();
  },
  async loadConflicts() {
    try {
      const { entries } = await api.call('sync.outbox', { states: [...CONFLICT_STATES] });
      set({ conflicts: entries, conflictsError: null });
    } catch (err) {
      set({ conflictsError: `Could not read the conflicts: ${errorText(err)}` });
    }
  },
  closeConflicts: () => set({ conflictsOpen: false }),
  async resolve(id, action) {
    await api.call('sync.resolve', { id, action });
    // The entry leaves the list at once; the core's 'sync' change brings the rest.
    set((s) => ({ conflicts: s.conflicts?.filter((e) => e.id !== id) ?? null }));
    void get().load();
  },
  openConnection: () => set({ connectionOpen: true }),
  closeConnection: () => set({ connectionOpen: false }),
  test: (input) => api.call('sync.test', input),
  async connect(input) {
    set({ status: await api.call('sync.connect', input) });
  },
  async disconnect() {
    set({ status: await api.call('sync.disconnect', {}) });
  },
  // The mapping is its own dialog: opening it leaves the connection dialog (its Connect does not save the mapping).
  openMapping: () => set({ connectionOpen: false, mappingOpen: true }),
  closeMapping: () => set({ mappingOpen: false }),
  async setMapping(mapping) {
    set({ status: await api.call('sync.setMapping', { mapping }) });
  },
  async loadCase(caseId) {
    if (caseId === null || !syncInUse(get().status)) {
      set({ caseEntries: null });
      return;
    }
    try {
      const { entries } = await api.call('sync.outbox', { caseId, states: [...CASE_PENDING_STATES] });
      set({ caseEntries: { caseId, entries } });
    } catch {
      set({ caseEntries: null });
    }
  },
}));

/** On `changed` with the 'sync' or 'cases' topic: the status, an open conflict list and the open case's marks. */
export function refreshSync(caseId: string | null): void {
  void useSyncStore
    .getState()
    .load()
    .then(() => useSyncStore.getState().loadCase(caseId));
  if (useSyncStore.getState().conflictsOpen) void useSyncStore.getState().loadConflicts();
}

export function resetSyncStore(): void {
  useSyncStore.setState(initial);
}
