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
  /**
   * Assigns the item to me; resolves with the taken item and null, or null and the refusal. The
   * refusal is also kept in `error` (shown by the app-wide TakeFeedback) unless the caller shows it
   * itself (`inline`, e.g. the Take button beside its own message), so it never appears twice.
   */
  take(itemId: string, options?: { inline?: boolean }): Promise<{ item: WorkItem | null; refusal: string | null }>;
  clear(): void;
}

export const useTakeStore = create<TakeState>()((set, get) => ({
  pendingId: null,
  error: null,
  taken: null,
  async take(itemId, { inline = false } = {}) {
    if (get().pendingId !== null) return { item: null, refusal: null };
    set({ pendingId: itemId, error: null, taken: null });
    try {
      const taken = await api.call('queue.take', { itemId });
      set({ pendingId: null, taken: inline ? null : taken });
      return { item: taken, refusal: null };
    } catch (err) {
      const refusal = errorText(err);
      set({ pendingId: null, error: inline ? null : refusal });
      return { item: null, refusal };
    }
  },
  clear: () => set({ error: null, taken: null }),
}));

/** For tests. */
export function resetTakeStore(): void {
  useTakeStore.setState({ pendingId: null, error: null, taken: null });
}
