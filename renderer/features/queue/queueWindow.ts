import type { WorkItem } from '../../../shared/contract/index';
import type { QueueView } from '../../../shared/domain/vocab';

/**
 * The queue is read in pages of `PAGE_SIZE` rows around the visible range; only those pages are
 * kept (a few hundred rows), whatever the total. Pure helpers over that window.
 */
export const PAGE_SIZE = 100;
/** The view the queue opens on. */
export const FIRST_VIEW = 'all' satisfies QueueView;
/** Rows kept loaded on each side of the visible range, so short scrolls show data at once. */
export const MARGIN_ROWS = 50;

export type Pages = Readonly<Record<number, readonly WorkItem[]>>;

export interface VisibleRange {
  start: number;
  end: number;
}

/** The pages covering the visible range and its margins; at least page 0 (to learn the total). */
export function wantedPages(range: VisibleRange, total: number | null): number[] {
  if (total === null || total === 0) return [0];
  const last = total - 1;
  const from = Math.min(Math.max(0, range.start - MARGIN_ROWS), last);
  const to = Math.min(Math.max(from, range.end + MARGIN_ROWS), last);
  const pages: number[] = [];
  for (let p = Math.floor(from / PAGE_SIZE); p <= Math.floor(to / PAGE_SIZE); p++) pages.push(p);
  return pages;
}

export function itemAt(pages: Pages, index: number): WorkItem | null {
  return pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE] ?? null;
}

export function indexOfItem(pages: Pages, id: string): number | null {
  for (const [page, items] of Object.entries(pages)) {
    const at = items.findIndex((item) => item.id === id);
    if (at >= 0) return Number(page) * PAGE_SIZE + at;
  }
  return null;
}

export function findItem(pages: Pages, id: string): WorkItem | null {
  const index = indexOfItem(pages, id);
  return index === null ? null : itemAt(pages, index);
}

/** Only the wanted pages. */
export function keepPages(pages: Pages, wanted: readonly number[]): Record<number, readonly WorkItem[]> {
  const kept: Record<number, readonly WorkItem[]> = {};
  for (const page of wanted) {
    const items = pages[page];
    if (items) kept[page] = items;
  }
  return kept;
}
