import { create } from 'zustand';
import type { WorkItem } from '../../../shared/contract/index';

/** A case ticked in the Aging view for the bulk check-in. */
export interface PickedCase {
  caseId: string;
  key: string;
  subject: string;
}

interface CheckInState {
  /** Ticked cases by case id, in the order they were ticked. */
  picked: Record<string, PickedCase>;
  dialogOpen: boolean;
  /** What the last bulk check-in recorded ("Check-ins recorded on C-1, C-2."), until dismissed. */
  done: string | null;
  toggle(item: WorkItem): void;
  clear(): void;
  openDialog(): void;
  closeDialog(): void;
  /** After recording: the selection is cleared and the dialog closed. */
  recorded(keys: string[]): void;
  dismissDone(): void;
}

/**
 * The bulk check-in's selection (`docs/queue.md` "Aging"): the cases ticked in the Aging view, kept
 * while the agent scrolls or pages; cleared once their check-ins are recorded.
 */
export const useCheckInStore = create<CheckInState>()((set) => ({
  picked: {},
  dialogOpen: false,
  done: null,
  toggle(item) {
    const caseId = item.caseId;
    if (!caseId) return;
    set((s) => {
      const picked = { ...s.picked };
      if (picked[caseId]) delete picked[caseId];
      else picked[caseId] = { caseId, key: item.key, subject: item.subject };
      return { picked, done: null };
    });
  },
  clear: () => set({ picked: {} }),
  openDialog: () => set({ dialogOpen: true, done: null }),
  closeDialog: () => set({ dialogOpen: false }),
  recorded: (keys) =>
    set({ picked: {}, dialogOpen: false, done: `Check-in${keys.length === 1 ? '' : 's'} recorded on ${keys.join(', ')}. Send ${keys.length === 1 ? 'it' : 'them'} from your help desk: Shiftdesk does not send mail yet.` }),
  dismissDone: () => set({ done: null }),
}));
