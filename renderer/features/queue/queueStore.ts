import { create } from 'zustand';
import { shallow } from 'zustand/shallow';
import type { CaseDetail, WorkItem } from '../../../shared/contract/index';
import type { QueueFilter } from '../../../shared/contract/queueFilter';
import { normalizeQueueFilter } from '../../../shared/domain/queueFilter';
import type { QueueView } from '../../../shared/domain/vocab';
import { caseItemFacts, caseItemId, workItemView } from '../../../shared/domain/workItem';
import { parseIso } from '../../../shared/time/instant';
import { api, errorText } from '../../api';
import { STARTUP_MARKS, markStartup } from '../../lib/startupMarks';
import { FIRST_VIEW, PAGE_SIZE, findItem, indexOfItem, itemAt, keepPages, wantedPages, type Pages, type VisibleRange } from './queueWindow';

/** The keyboard cursor: follows its item by id when rows move; the index is the fallback. */
export interface Cursor {
  id: string | null;
  index: number;
}

interface QueueState {
  view: QueueView;
  /** Narrows the view (search and filters, `renderer/features/filters/`); normalized, `{}` for none. */
  filter: QueueFilter;
  /** Items in the view (sizes the scroll area); null until the first page arrives. */
  total: number | null;
  pages: Pages;
  counts: Partial<Record<QueueView, number>>;
  range: VisibleRange;
  /** The opened item (kept across views and live updates). */
  selected: WorkItem | null;
  /** Counts every opening (even of the same item again), so a narrow layout can show the detail again. */
  openSeq: number;
  cursor: Cursor | null;
  error: string | null;

  /** Reads the pages around the visible range and the counts. */
  load(): Promise<void>;
  /** Re-reads what is shown (after a `changed` event), keeping selection, cursor and scroll. */
  refresh(): Promise<void>;
  setView(view: QueueView): void;
  /** Reads the view again through `filter` from its top (the counts stay unfiltered). */
  setFilter(filter: QueueFilter): void;
  setRange(start: number, end: number): void;
  select(item: WorkItem): void;
  /** Moves the cursor by `delta` rows; returns its new index (to scroll to), or null. */
  moveCursor(delta: number): number | null;
  /** Puts the cursor on the first row (the search's Enter), also while that row is still loading. */
  cursorToFirst(): void;
  /** Opens the item under the cursor. */
  openCursor(): void;
  /**
   * Opens a case from outside the list (a notification whose item left the queue): reads it and
   * selects it as a work item, unless something else was opened meanwhile. Rejects when it cannot be read.
   */
  openCase(caseId: string): Promise<void>;
}

const initial = {
  view: FIRST_VIEW as QueueView,
  filter: {} as QueueFilter,
  total: null,
  pages: {},
  counts: {},
  range: { start: 0, end: 0 },
  selected: null,
  openSeq: 0,
  cursor: null,
  error: null,
};

export function cursorIndex(state: Pick<QueueState, 'cursor' | 'pages'>): number | null {
  const { cursor } = state;
  if (!cursor) return null;
  return (cursor.id !== null ? indexOfItem(state.pages, cursor.id) : null) ?? cursor.index;
}

/** Bookkeeping that is not rendered: which request answers are still wanted. */
let generation = 0;
let requestSeq = 0;
const pageRequests = new Map<number, number>();
let countsRequest = 0;
let refreshRun: Promise<void> | null = null;
let refreshAgain = false;

export const useQueueStore = create<QueueState>()((set, get) => {
  async function fetchPage(page: number): Promise<void> {
    const gen = generation;
    const token = ++requestSeq;
    pageRequests.set(page, token);
    const { view, filter } = get();
    try {
      const result = await api.call('queue.list', { view, offset: page * PAGE_SIZE, limit: PAGE_SIZE, ...(Object.keys(filter).length > 0 ? { filter } : {}) });
      if (gen !== generation || pageRequests.get(page) !== token) return;
      pageRequests.delete(page);
      markStartup(STARTUP_MARKS.queueAnswer);
      set((s) => {
        const wanted = wantedPages(s.range, result.total);
        const pages = keepPages({ ...s.pages, [page]: result.items }, wanted);
        const fresh = s.selected ? findItem(pages, s.selected.id) : null;
        return { pages, total: result.total, selected: fresh ?? s.selected, error: null };
      });
      syncPages();
    } catch (err) {
      if (gen !== generation || pageRequests.get(page) !== token) return;
      pageRequests.delete(page);
      set({ error: errorText(err) });
    }
  }

  async function fetchCounts(): Promise<void> {
    const token = ++countsRequest;
    try {
      const counts = await api.call('queue.counts', {});
      // The same counts again (every view switch and change reads them) render nothing again.
      if (token === countsRequest && !shallow(counts, get().counts)) set({ counts });
    } catch {
      // The list shows the error; counts keep their last values.
    }
  }

  /** Drops pages that left the window and fetches the missing ones. */
  function syncPages(): void {
    const s = get();
    const wanted = wantedPages(s.range, s.total);
    const kept = keepPages(s.pages, wanted);
    if (Object.keys(kept).length !== Object.keys(s.pages).length) set({ pages: kept });
    for (const page of wanted) if (!kept[page] && !pageRequests.has(page)) void fetchPage(page);
  }

  function fetchShown(): Promise<unknown> {
    const s = get();
    return Promise.all([...wantedPages(s.range, s.total).map(fetchPage), fetchCounts()]);
  }

  return {
    ...initial,
    load: async () => {
      await fetchShown();
    },
    refresh() {
      if (refreshRun) {
        refreshAgain = true;
        return refreshRun;
      }
      refreshRun = (async () => {
        do {
          refreshAgain = false;
          await fetchShown();
        } while (refreshAgain);
      })().finally(() => {
        refreshRun = null;
      });
      return refreshRun;
    },
    setView(view) {
      if (view === get().view) return;
      generation++;
      pageRequests.clear();
      set({ view, total: null, pages: {}, range: { start: 0, end: 0 }, cursor: null, error: null });
      void fetchShown();
    },
    setFilter(next) {
      const filter = normalizeQueueFilter(next);
      if (JSON.stringify(filter) === JSON.stringify(get().filter)) return;
      generation++;
      pageRequests.clear();
      set({ filter, total: null, pages: {}, range: { start: 0, end: 0 }, cursor: null, error: null });
      void fetchShown();
    },
    setRange(start, end) {
      const range = get().range;
      if (range.start === start && range.end === end) return;
      set({ range: { start, end } });
      syncPages();
    },
    select(item) {
      set((s) => ({ selected: item, openSeq: s.openSeq + 1, cursor: { id: item.id, index: indexOfItem(s.pages, item.id) ?? s.cursor?.index ?? 0 } }));
    },
    moveCursor(delta) {
      const s = get();
      if (!s.total) return null;
      const from = cursorIndex(s) ?? (delta > 0 ? -1 : s.total);
      const next = Math.min(Math.max(from + delta, 0), s.total - 1);
      set({ cursor: { id: itemAt(s.pages, next)?.id ?? null, index: next } });
      return next;
    },
    cursorToFirst() {
      set((s) => ({ cursor: { id: itemAt(s.pages, 0)?.id ?? null, index: 0 } }));
    },
    openCursor() {
      const s = get();
      const index = cursorIndex(s);
      const item = index === null ? null : itemAt(s.pages, index);
      if (item) get().select(item);
    },
    async openCase(caseId) {
      const seq = get().openSeq;
      const detail = await api.call('cases.get', { id: caseId });
      if (get().openSeq === seq) get().select(findItem(get().pages, caseItemId(caseId)) ?? itemFromCase(detail));
    },
  };
});

export { caseItemId };

/**
 * A case as the queue lists it, for a case that is not in the loaded page (or no longer in the queue:
 * a done case opened from search): the core's own derivation (`shared/domain/workItem.ts`) on the
 * case's detail, so channel, "our turn" and last-sent agree with the row the core would store.
 */
export function itemFromCase(detail: CaseDetail): WorkItem {
  const facts = caseItemFacts(
    {
      id: detail.id,
      key: detail.key,
      subject: detail.subject,
      description: detail.description,
      type: detail.type,
      status: detail.status,
      priority: detail.priority,
      urgency: detail.urgency,
      createdAt: parseIso(detail.createdAt),
      agreedUpdateAt: detail.agreedUpdateAt === null ? null : parseIso(detail.agreedUpdateAt),
      organizationId: detail.organization?.id ?? null,
      assigneeId: detail.assignee?.id ?? null,
      labels: detail.labels,
    },
    detail.timeline.map((e) => ({ at: parseIso(e.at), kind: e.kind, by: e.byId, body: e.body })),
    {
      organizationName: detail.organization?.name ?? null,
      priorityOrganization: detail.organization?.priority ?? false,
      contactName: detail.reporter?.name ?? null,
      contactEmail: detail.reporter?.email ?? null,
      contactPhone: detail.reporter?.phone ?? null,
    },
  );
  const warningAt = detail.slaDetail?.warningAt ?? null;
  return workItemView(facts, {
    urgency: detail.urgencyInForce,
    sla: detail.sla,
    slaWarningAt: warningAt === null ? null : parseIso(warningAt),
    lastSentDays: detail.lastSentDays,
  });
}

export function resetQueueStore(): void {
  generation++;
  pageRequests.clear();
  refreshRun = null;
  refreshAgain = false;
  useQueueStore.setState(initial);
}
