import { create } from 'zustand';
import type { CaseDetail, CaseSearchHit, Input, InteractionDetail } from '../../../shared/contract/index';
import { api, errorText } from '../../api';
import { useCaseStore } from '../case/caseStore';
import { caseItemId, itemFromCase, useQueueStore } from '../queue/queueStore';
import { findItem } from '../queue/queueWindow';
import { itemFromInteraction } from './interactionItem';

/** How the agent files an interaction: into a new case, or onto an existing one. */
export type FileTarget = { caseId: string } | { newCase: NonNullable<Input<'interactions.file'>['newCase']> };

/** The last item marked done, while its *Undo* is offered; `error` when undoing was refused. */
export interface UndoDone {
  id: string;
  subject: string;
  pending: boolean;
  error: string | null;
}

/**
 * Intake and filing (`docs/intake.md`): the content of the call, chat, voicemail or email shown in
 * the detail panel (`interactions.get`), *Mark done* and its *Undo*, *File into case* with its case
 * search, and the "Log a call or chat" form. Filing and logging open what they made in the detail panel.
 */
interface IntakeState {
  interactionId: string | null;
  detail: InteractionDetail | null;
  loading: boolean;
  error: string | null;
  /** Case search for *Add to existing case*. */
  search: { text: string; hits: CaseSearchHit[] | null; loading: boolean; error: string | null };
  /** The "Marked done" message with its *Undo* (app-wide: it outlives the item being shown). */
  undo: UndoDone | null;

  open(interactionId: string): Promise<void>;
  /** Re-reads the shown interaction quietly (after a `changed` event). */
  refresh(): Promise<void>;
  close(): void;
  /** Takes the shown interaction out of the queue without a case and offers *Undo*; rejects with the core's error. */
  markDone(): Promise<InteractionDetail>;
  /** Puts the item last marked done back in the queue (`interactions.undoDone`); a refusal stays in `undo.error`. */
  undoDone(): Promise<void>;
  dismissUndo(): void;
  /** Files the shown interaction and opens the case; rejects with the core's error. */
  file(target: FileTarget): Promise<CaseDetail>;
  /** Searches cases by key, contact or organization (an empty text clears the results). */
  searchCases(text: string): Promise<void>;
  clearSearch(): void;
  /** Logs a call or chat the agent had (done at once) and opens it; rejects with the core's error. */
  log(input: Input<'interactions.log'>): Promise<InteractionDetail>;
}

const emptySearch = { text: '', hits: null, loading: false, error: null };
const initial = { interactionId: null, detail: null, loading: false, error: null, search: emptySearch, undo: null };

let readSeq = 0;
let searchSeq = 0;

/** Shows a case in the detail panel without reading it again. */
function showCase(detail: CaseDetail): void {
  useCaseStore.setState({ caseId: detail.id, detail, loading: false, error: null });
  const queue = useQueueStore.getState();
  queue.select(findItem(queue.pages, caseItemId(detail.id)) ?? itemFromCase(detail));
}

export const useIntakeStore = create<IntakeState>()((set, get) => {
  async function read(id: string): Promise<void> {
    const token = ++readSeq;
    try {
      const detail = await api.call('interactions.get', { id });
      if (token === readSeq) set({ detail, loading: false, error: null });
    } catch (err) {
      if (token === readSeq) set({ loading: false, error: errorText(err) });
    }
  }
  return {
    ...initial,
    async open(interactionId) {
      if (get().interactionId === interactionId && (get().detail || get().loading)) return;
      set({ interactionId, detail: null, loading: true, error: null, search: emptySearch });
      await read(interactionId);
    },
    async refresh() {
      const id = get().interactionId;
      if (id) await read(id);
    },
    close() {
      readSeq++;
      searchSeq++;
      set({ ...initial, undo: get().undo });
    },
    async markDone() {
      const id = get().interactionId;
      if (!id) throw new Error('no interaction is open');
      const detail = await api.call('interactions.markDone', { id });
      if (get().interactionId === id) {
        readSeq++;
        set({ detail, loading: false, error: null });
      }
      set({ undo: { id, subject: detail.subject ?? itemFromInteraction(detail).subject, pending: false, error: null } });
      return detail;
    },
    async undoDone() {
      const undo = get().undo;
      if (!undo || undo.pending) return;
      set({ undo: { ...undo, pending: true } });
      try {
        const detail = await api.call('interactions.undoDone', { id: undo.id });
        if (get().undo?.id === undo.id) set({ undo: null });
        if (get().interactionId === undo.id) {
          readSeq++;
          set({ detail, loading: false, error: null });
        }
      } catch (err) {
        if (get().undo?.id === undo.id) set({ undo: { ...undo, pending: false, error: errorText(err) } });
      }
    },
    dismissUndo() {
      set({ undo: null });
    },
    async file(target) {
      const id = get().interactionId;
      if (!id) throw new Error('no interaction is open');
      const detail = await api.call('interactions.file', { id, ...target });
      showCase(detail);
      return detail;
    },
    async searchCases(text) {
      const token = ++searchSeq;
      const trimmed = text.trim();
      if (!trimmed) {
        set({ search: emptySearch });
        return;
      }
      set((s) => ({ search: { ...s.search, text: trimmed, loading: true, error: null } }));
      try {
        const { cases } = await api.call('cases.search', { text: trimmed });
        if (token === searchSeq) set({ search: { text: trimmed, hits: cases, loading: false, error: null } });
      } catch (err) {
        if (token === searchSeq) set({ search: { text: trimmed, hits: null, loading: false, error: errorText(err) } });
      }
    },
    clearSearch() {
      searchSeq++;
      set({ search: emptySearch });
    },
    async log(input) {
      const detail = await api.call('interactions.log', input);
      // Shown as it came back: no second read.
      readSeq++;
      set({ interactionId: detail.id, detail, loading: false, error: null, search: emptySearch });
      useQueueStore.getState().select(itemFromInteraction(detail));
      return detail;
    },
  };
});

export function resetIntakeStore(): void {
  readSeq++;
  searchSeq++;
  useIntakeStore.setState(initial);
}
