import { create } from 'zustand';
import { api, isBrowserMode } from '../../api';

/**
 * How many *My queue* items are in warning or breached (`queue.atRisk`), for browser mode's tab
 * title (the desktop's main process titles its window, tray and dock itself).
 */
interface AtRiskState {
  /** Null until read, or when it could not be read (the title then says just "Shiftdesk"). */
  count: number | null;
  load(): Promise<void>;
}

export const useAtRiskStore = create<AtRiskState>()((set) => ({
  count: null,
  async load() {
    try {
      const { count } = await api.call('queue.atRisk', { limit: 0 });
      set({ count });
    } catch {
      set({ count: null });
    }
  },
}));

/** On `changed`: re-read in browser mode only (where the tab title shows it). */
export function refreshAtRisk(): void {
  if (isBrowserMode()) void useAtRiskStore.getState().load();
}

export function resetAtRiskStore(): void {
  useAtRiskStore.setState({ count: null });
}

/** "Shiftdesk — 3 at risk", or "Shiftdesk" when none is (or the count is unknown). */
export function atRiskTitle(count: number | null): string {
  return count ? `Shiftdesk — ${count} at risk` : 'Shiftdesk';
}
