import { create } from 'zustand';
import type { QueueFilter, QueueFilterOptions, SavedFilter } from '../../../shared/contract/queueFilter';
import { api, errorText } from '../../api';
import { useQueueStore } from '../queue/queueStore';

/** How long the search waits after the last key before the list is read again. */
export const SEARCH_DEBOUNCE_MS = 150;

/** The filter fields that are lists of values (chips, menu sections). */
export const FILTER_FIELDS = ['channel', 'priority', 'status', 'organizationId', 'label'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/**
 * The queue toolbar: the search box as typed (applied to the queue after a pause), the options
 * of the filter menu and the agent's saved filters. The filter itself lives in the queue slice
 * (`useQueueStore().filter`), which reads the list through it.
 */
interface FiltersState {
  /** The search box as typed (the queue gets it `SEARCH_DEBOUNCE_MS` after the last change). */
  text: string;
  /** Organizations and labels of the open items; null until the menu first opens. */
  options: QueueFilterOptions | null;
  /** The agent's saved filters by name; null until read. */
  saved: SavedFilter[] | null;
  /** The last failure of reading options or saved filters, saving or removing one. */
  error: string | null;

  setText(text: string): void;
  /** Empties the search box and the search at once. */
  clearText(): void;
  /** Adds or removes one value of a list filter. */
  toggle(field: FilterField, value: string): void;
  /** Removes every filter and the search. */
  clearAll(): void;
  loadOptions(): Promise<void>;
  loadSaved(): Promise<void>;
  /** Saves the current filter (search included) under a name; resolves false when refused (see `error`). */
  save(name: string): Promise<boolean>;
  /** Makes a saved filter the current one. */
  apply(saved: SavedFilter): void;
  remove(name: string): Promise<void>;
  clearError(): void;
}

let searchTimer: ReturnType<typeof setTimeout> | null = null;

function cancelSearch(): void {
  if (searchTimer !== null) clearTimeout(searchTimer);
  searchTimer = null;
}

/** The current filter with the search box's text (what the agent sees, even mid-debounce). */
export function currentFilter(text: string = useFiltersStore.getState().text): QueueFilter {
  const { text: _applied, ...lists } = useQueueStore.getState().filter;
  return text.trim() ? { ...lists, text } : lists;
}

/** Whether a filter narrows anything (a list value or search text). */
export function isActive(filter: QueueFilter): boolean {
  return FILTER_FIELDS.some((f) => (filter[f]?.length ?? 0) > 0) || Boolean(filter.text?.trim());
}

export const useFiltersStore = create<FiltersState>()((set, get) => ({
  text: '',
  options: null,
  saved: null,
  error: null,
  setText(text) {
    set({ text });
    cancelSearch();
    searchTimer = setTimeout(() => {
      searchTimer = null;
      useQueueStore.getState().setFilter(currentFilter(get().text));
    }, SEARCH_DEBOUNCE_MS);
  },
  clearText() {
    cancelSearch();
    set({ text: '' });
    useQueueStore.getState().setFilter(currentFilter(''));
  },
  toggle(field, value) {
    const filter = currentFilter();
    const values = (filter[field] ?? []) as string[];
    const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
    cancelSearch();
    useQueueStore.getState().setFilter({ ...filter, [field]: next });
  },
  clearAll() {
    cancelSearch();
    set({ text: '' });
    useQueueStore.getState().setFilter({});
  },
  async loadOptions() {
    try {
      const options = await api.call('queue.filterOptions', {});
      set({ options });
    } catch (err) {
      set({ error: `The filter options could not be read: ${errorText(err)}` });
    }
  },
  async loadSaved() {
    try {
      const saved = await api.call('filters.list', {});
      set({ saved });
    } catch (err) {
      set({ error: `Your saved filters could not be read: ${errorText(err)}` });
    }
  },
  async save(name) {
    try {
      await api.call('filters.save', { name, filter: currentFilter() });
      await get().loadSaved();
      return true;
    } catch (err) {
      set({ error: errorText(err) });
      return false;
    }
  },
  apply(saved) {
    cancelSearch();
    set({ text: saved.filter.text ?? '' });
    useQueueStore.getState().setFilter(saved.filter);
  },
  async remove(name) {
    try {
      await api.call('filters.remove', { name });
      set((s) => ({ saved: s.saved?.filter((f) => f.name !== name) ?? null }));
    } catch (err) {
      set({ error: errorText(err) });
    }
  },
  clearError: () => set({ error: null }),
}));

/** For tests. */
export function resetFiltersStore(): void {
  cancelSearch();
  useFiltersStore.setState({ text: '', options: null, saved: null, error: null });
}
