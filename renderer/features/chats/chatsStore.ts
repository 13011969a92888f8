import { create } from 'zustand';
import type { ChatOutcomeView, ChatReport } from '../../../shared/contract/chats';
import type { ChatOutcome } from '../../../shared/domain/chatOutcomes';
import { api, errorText } from '../../api';

/**
 * Chat outcomes and the daily chat report (`workflow.md` "Chat outcomes"): the outcome of the chat
 * shown (`chats.outcome`, re-read when the chat changes), giving one (`chats.setOutcome`), and the
 * report of a chosen day (`reports.chats`).
 */
interface ChatsState {
  /** The shown chat's outcomes, by interaction id. */
  outcomes: Record<string, ChatOutcomeView>;
  report: { day: string | null; data: ChatReport | null; loading: boolean; error: string | null };

  loadOutcome(interactionId: string): Promise<void>;
  /** Records an outcome; rejects with the core's error (the dialog shows it). */
  setOutcome(interactionId: string, outcome: ChatOutcome, note: string): Promise<ChatOutcomeView>;
  loadReport(day: string): Promise<void>;
}

const initial = () => ({ outcomes: {}, report: { day: null, data: null, loading: false, error: null } });

export const useChatsStore = create<ChatsState>()((set, get) => ({
  ...initial(),

  async loadOutcome(interactionId) {
    try {
      const view = await api.call('chats.outcome', { interactionId });
      set((s) => ({ outcomes: { ...s.outcomes, [interactionId]: view } }));
    } catch {
      // Not a chat any more, or gone: nothing to show.
    }
  },

  async setOutcome(interactionId, outcome, note) {
    const view = await api.call('chats.setOutcome', { interactionId, outcome, ...(note.trim() !== '' && { note }) });
    set((s) => ({ outcomes: { ...s.outcomes, [interactionId]: view } }));
    return view;
  },

  async loadReport(day) {
    set((s) => ({ report: { ...s.report, day, loading: true, error: null } }));
    try {
      const data = await api.call('reports.chats', { day });
      if (get().report.day === day) set({ report: { day, data, loading: false, error: null } });
    } catch (err) {
      if (get().report.day === day) set({ report: { day, data: null, loading: false, error: errorText(err) } });
    }
  },
}));

export function resetChatsStore(): void {
  useChatsStore.setState(initial());
}
