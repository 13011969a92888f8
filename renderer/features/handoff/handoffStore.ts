import { create } from 'zustand';
import type { HandoffSheet, WelcomeBack } from '../../../shared/contract/handoff';
import type { LeaveChecklistItem } from '../../../shared/domain/handoff';
import { api, errorText } from '../../api';

/**
 * The handoff before leave (docs/handoff.md) as the renderer keeps it: the lead's chosen agent and
 * leave, the sheet the core answers (`handoff.sheet`), the notes and owners being edited (saved as the
 * draft with `handoff.saveDraft`), the approval (`handoff.approve`), and the returning agent's
 * welcome back (`handoff.welcomeBack`, then `handoff.welcomeSeen`).
 */
interface HandoffState {
  open: boolean;
  agentId: string;
  from: string;
  to: string;
  sheet: HandoffSheet | null;
  /** Edits not yet saved: notes and owners per case id. */
  notes: Record<string, string>;
  owners: Record<string, string | null>;
  loading: boolean;
  error: string | null;
  /** "3 cases reassigned" after an approval. */
  done: string | null;
  welcome: WelcomeBack | null;
  openDialog(): void;
  close(): void;
  pick(change: Partial<Pick<HandoffState, 'agentId' | 'from' | 'to'>>): void;
  load(): Promise<void>;
  setNote(caseId: string, text: string): void;
  setOwner(caseId: string, agentId: string | null): void;
  /** Saves notes, owners and (when given) a checklist tick; rejects with the core's error. */
  save(tick?: Partial<Record<LeaveChecklistItem, boolean>>): Promise<void>;
  approve(): Promise<void>;
  loadWelcome(): Promise<void>;
  dismissWelcome(): Promise<void>;
}

const initial = { open: false, agentId: '', from: '', to: '', sheet: null, notes: {}, owners: {}, loading: false, error: null, done: null, welcome: null };

export const useHandoffStore = create<HandoffState>()((set, get) => ({
  ...initial,
  openDialog: () => set({ open: true, done: null, error: null }),
  close: () => set({ open: false }),
  pick(change) {
    set({ ...change, sheet: null, notes: {}, owners: {}, done: null, error: null });
    void get().load();
  },
  async load() {
    const { agentId, from, to } = get();
    if (!agentId || !from || !to) return;
    set({ loading: true });
    try {
      const sheet = await api.call('handoff.sheet', { agentId, from, to });
      // The answer may be for a choice since changed: keep only the current one.
      if (get().agentId === agentId && get().from === from && get().to === to) set({ sheet, error: null, notes: {}, owners: {} });
    } catch (err) {
      set({ sheet: null, error: errorText(err) });
    } finally {
      set({ loading: false });
    }
  },
  setNote: (caseId, text) => set((s) => ({ notes: { ...s.notes, [caseId]: text } })),
  setOwner: (caseId, agentId) => set((s) => ({ owners: { ...s.owners, [caseId]: agentId } })),
  async save(tick) {
    const { agentId, from, to, notes, owners } = get();
    const sheet = await api.call('handoff.saveDraft', { agentId, from, to, notes, owners, checklist: tick ?? {} });
    set({ sheet, notes: {}, owners: {} });
  },
  async approve() {
    const { agentId, from, to, sheet } = get();
    if (!sheet) return;
    const owners: Record<string, string> = {};
    const notes: Record<string, string> = {};
    for (const c of sheet.cases) {
      const owner = get().owners[c.id] !== undefined ? get().owners[c.id] : c.owner;
      if (owner) owners[c.id] = owner;
      notes[c.id] = get().notes[c.id] ?? c.note;
    }
    const result = await api.call('handoff.approve', { agentId, from, to, owners, notes });
    set({ sheet: result.sheet, notes: {}, owners: {}, done: `${result.reassigned.length} case${result.reassigned.length === 1 ? '' : 's'} reassigned: ${result.reassigned.map((r) => r.key).join(', ')}` });
  },
  async loadWelcome() {
    try {
      set({ welcome: await api.call('handoff.welcomeBack', {}) });
    } catch {
      set({ welcome: null });
    }
  },
  async dismissWelcome() {
    set({ welcome: null });
    await api.call('handoff.welcomeSeen', {});
  },
}));

export function resetHandoffStore(): void {
  useHandoffStore.setState(initial);
}
