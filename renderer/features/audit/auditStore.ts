import { create } from 'zustand';
import type { AuditEntry } from '../../../shared/contract/team';
import { api, errorText } from '../../api';

/** How many entries one page of the audit list reads (*Show older* reads the next). */
export const AUDIT_PAGE = 50;

/** The audit list for leads (docs/roles.md "The audit list"): open or not, the entries read so far, newest first. */
interface AuditState {
  open: boolean;
  entries: AuditEntry[] | null;
  /** Whether older entries may remain (the last page read was full). */
  more: boolean;
  loading: boolean;
  error: string | null;
  show(): Promise<void>;
  /** Reads the newest entries again, keeping the older pages read (a change while open). */
  refresh(): Promise<void>;
  /** *Show older*: the page before the oldest entry read. */
  older(): Promise<void>;
  close(): void;
}

export const useAuditStore = create<AuditState>()((set, get) => ({
  open: false,
  entries: null,
  more: false,
  loading: false,
  error: null,
  async show() {
    set({ open: true, entries: null, more: false, error: null });
    await get().refresh();
  },
  async refresh() {
    try {
      const { entries: page } = await api.call('audit.list', { limit: AUDIT_PAGE });
      const current = get().entries;
      if (current === null || current.length === 0) {
        set({ entries: page, more: page.length === AUDIT_PAGE, error: null });
        return;
      }
      const newest = current[0]!.seq;
      const fresh = page.filter((e) => e.seq > newest);
      // More new entries than a page: start again from the newest (the gap is not read).
      if (fresh.length === page.length) set({ entries: page, more: page.length === AUDIT_PAGE, error: null });
      else set({ entries: [...fresh, ...current], error: null });
    } catch (err) {
      set({ error: `Could not read the audit list: ${errorText(err)}` });
    }
  },
  async older() {
    const current = get().entries;
    if (!current || current.length === 0 || get().loading) return;
    set({ loading: true });
    try {
      const { entries: page } = await api.call('audit.list', { limit: AUDIT_PAGE, before: current.at(-1)!.seq });
      set({ entries: [...current, ...page], more: page.length === AUDIT_PAGE, error: null });
    } catch (err) {
      set({ error: `Could not read older entries: ${errorText(err)}` });
    } finally {
      set({ loading: false });
    }
  },
  close: () => set({ open: false }),
}));
