import { create } from 'zustand';
import type { Sweep, SweepStatus } from '../../../shared/contract/sweep';
import { api, errorText } from '../../api';

/**
 * The unassigned sweep as the renderer shows it (`docs/sla.md` "The unassigned sweep"): the status
 * behind the countdown in the Unassigned view, the interval control's error, and the leads' log.
 */
interface SweepState {
  status: SweepStatus | null;
  /** The core's refusal of the last interval change (shown under the control). */
  intervalError: string | null;
  savingInterval: boolean;
  logOpen: boolean;
  log: Sweep[] | null;
  logError: string | null;
  load(): Promise<void>;
  setInterval(minutes: number): Promise<boolean>;
  clearIntervalError(): void;
  openLog(): Promise<void>;
  loadLog(): Promise<void>;
  closeLog(): void;
}

const initial = { status: null, intervalError: null, savingInterval: false, logOpen: false, log: null, logError: null };

/** How many sweeps the log dialog reads. */
export const SWEEP_LOG_LIMIT = 100;

export const useSweepStore = create<SweepState>()((set, get) => ({
  ...initial,
  async load() {
    try {
      set({ status: await api.call('sweep.status', {}) });
    } catch {
      // Not available (an older core, a workspace being set up): the line stays hidden.
      set({ status: null });
    }
  },
  async setInterval(minutes) {
    set({ savingInterval: true, intervalError: null });
    try {
      const status = await api.call('sweep.setInterval', { minutes });
      set({ status, savingInterval: false });
      return true;
    } catch (err) {
      set({ savingInterval: false, intervalError: errorText(err) });
      return false;
    }
  },
  clearIntervalError: () => set({ intervalError: null }),
  async openLog() {
    set({ logOpen: true });
    await get().loadLog();
  },
  async loadLog() {
    try {
      const { sweeps } = await api.call('sweep.log', { limit: SWEEP_LOG_LIMIT });
      set({ log: sweeps, logError: null });
    } catch (err) {
      set({ logError: `Could not read the sweep log: ${errorText(err)}` });
    }
  },
  closeLog: () => set({ logOpen: false }),
}));

/** On `changed`: the countdown re-reads; an open log too. */
export function refreshSweep(): void {
  void useSweepStore.getState().load();
  if (useSweepStore.getState().logOpen) void useSweepStore.getState().loadLog();
}

export function resetSweepStore(): void {
  useSweepStore.setState(initial);
}
