import { create } from 'zustand';
import type { WorkItem } from '../../../shared/contract/index';
import { api, errorText } from '../../api';

/**
 * Taking an item (`queue.take`): one place for the Take button, the `t` key and any other way in.
 * The core refuses with a message an agent understands ("C-1042 was taken by Sam Roe", "You are On
 * leave: set yourself Available to take items"); it is kept here until dismissed.
 */
interface TakeState {
  /** The item being taken, while the request runs. */
  pendingId: string | null;
  /** The last refusal or failure, as the core worded it. */
  error: string | null;
  /** The last item taken (for a confirmation). */
  taken: WorkItem | null;
  /** Assigns the item to me; resolves with the taken item, or null when refused (see `error`). */
  take(itemId: string): Promise<WorkItem | null>;
  clear(): void;
}

export const useTakeStore = create<TakeState>()((set, get) => ({
  pendingId: null,
  error: null,
  taken: null,
  async take(itemId) {
    if (get().pendingId !== null) return null;
    set({ pendingId: itemId, error: null, taken: null });
    try {
      const taken = await api.call('queue.take', { itemId });
      set({ pendingId: null, taken });
      return taken;
    } catch (err) {
      set({ pendingId: null, error: errorText(err) });
      return null;
    }
  },
  clear: () => set({ error: null, taken: null }),
}));

/** For tests. */
export function resetTakeStore(): void {
  useTakeStore.setState({ pendingId: null, error: null, taken: null });
}
