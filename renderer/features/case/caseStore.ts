import { create } from 'zustand';
import type { CaseDetail, Input } from '../../../shared/contract/index';
import type { CaseStatus, Urgency } from '../../../shared/domain/vocab';
import { api, errorText } from '../../api';

/** The case shown in the detail panel. */
interface CaseState {
  caseId: string | null;
  detail: CaseDetail | null;
  loading: boolean;
  error: string | null;
  open(caseId: string): Promise<void>;
  /** Re-reads the open case quietly (after a `changed` event). */
  refresh(): Promise<void>;
  /**
   * Records "no reply needed" on the open case (the timer stops until the customer writes again)
   * and shows the updated case; rejects with the core's error.
   */
  markNoReplyNeeded(note?: string): Promise<void>;
  /** Sets the open case's urgency and shows the updated case; rejects with the core's error. */
  setUrgency(urgency: Urgency): Promise<void>;
  /** Moves the open case to another status (refused off the transition table, with the reason). */
  setStatus(status: CaseStatus): Promise<void>;
  /** Records a public reply or an internal note on the open case. */
  write(kind: 'reply' | 'note', body: string): Promise<void>;
  /** Case view edits (`cases.update` / `link` / `split` / `refile`) on the open case; each shows the case as it is now and rejects with the core's error. */
  update(set: Input<'cases.update'>['set']): Promise<void>;
  link(otherId: string, kind: Input<'cases.link'>['kind']): Promise<void>;
  /** Resolves with the new case (the open case stays open). */
  split(input: Omit<Input<'cases.split'>, 'id'>): Promise<CaseDetail>;
  /** A lead approves the open case, split from an old one, with their note (`cases.approveSplit`). */
  approveSplit(note: string): Promise<void>;
  /** Moves timeline entry `seq` to case `toId`; resolves with that case. */
  refile(seq: number, toId: string): Promise<CaseDetail>;
  close(): void;
}

const initial = { caseId: null, detail: null, loading: false, error: null };

let requestSeq = 0;

export const useCaseStore = create<CaseState>()((set, get) => {
  async function read(caseId: string): Promise<void> {
    const token = ++requestSeq;
    try {
      const detail = await api.call('cases.get', { id: caseId });
      if (token === requestSeq) set({ detail, loading: false, error: null });
    } catch (err) {
      if (token === requestSeq) set({ loading: false, error: errorText(err) });
    }
  }
  /** A change to the open case; the core answers with the case as it is now, which is shown. */
  async function change(call: (caseId: string) => Promise<CaseDetail>): Promise<void> {
    const caseId = get().caseId;
    if (!caseId) throw new Error('no case is open');
    const detail = await call(caseId);
    if (get().caseId !== caseId) return;
    // A read that started before this answer would show the case as it was: drop it.
    requestSeq++;
    set({ detail, loading: false, error: null });
  }
  return {
    ...initial,
    async open(caseId) {
      if (get().caseId === caseId && (get().detail || get().loading)) return;
      set({ caseId, detail: null, loading: true, error: null });
      await read(caseId);
    },
    async refresh() {
      const caseId = get().caseId;
      if (caseId) await read(caseId);
    },
    async markNoReplyNeeded(note) {
      const trimmed = note?.trim();
      await change((id) => api.call('cases.markNoReplyNeeded', trimmed ? { id, note: trimmed } : { id }));
    },
    async setUrgency(urgency) {
      await change((id) => api.call('cases.setUrgency', { id, urgency }));
    },
    async setStatus(status) {
      await change((id) => api.call('cases.setStatus', { id, status }));
    },
    async write(kind, body) {
      await change((id) => api.call(kind === 'reply' ? 'cases.reply' : 'cases.note', { id, body }));
    },
    async update(fields) {
      await change((id) => api.call('cases.update', { id, set: fields }));
    },
    async link(otherId, kind) {
      await change((id) => api.call('cases.link', { id, otherId, kind }));
    },
    async split(input) {
      let made: CaseDetail | null = null;
      await change(async (id) => {
        const out = await api.call('cases.split', { id, ...input });
        made = out.case;
        return out.from;
      });
      return made!;
    },
    async approveSplit(note) {
      await change((id) => api.call('cases.approveSplit', { id, note }));
    },
    async refile(seq, toId) {
      let to: CaseDetail | null = null;
      await change(async (id) => {
        const out = await api.call('cases.refile', { id, seq, toId });
        to = out.case;
        return out.from;
      });
      return to!;
    },
    close() {
      requestSeq++;
      set(initial);
    },
  };
});

export function resetCaseStore(): void {
  requestSeq++;
  useCaseStore.setState(initial);
}
