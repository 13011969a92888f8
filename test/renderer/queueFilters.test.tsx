import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueueFilter, SavedFilter, WorkItem } from '../../shared/contract/index';
import { ApiError } from '../../renderer/api';
import { resetFiltersStore, SEARCH_DEBOUNCE_MS } from '../../renderer/features/filters/filtersStore';
import { caseItem, interactionItem, NOW } from './fixtures';
import { renderApp, teardown } from './harness';

beforeEach(resetFiltersStore);
afterEach(() => {
  vi.useRealTimers();
  teardown();
});

const call = interactionItem(1, { subject: 'Call from Jane Doe' });
const printer = caseItem(2, { channel: 'email', priority: 'P2', subject: 'Label printer jams', organizationId: 'o1', labels: ['hardware'] });
const invoice = caseItem(3, { channel: 'email', priority: 'P5', subject: 'Invoice copy', organizationId: 'o2', labels: ['billing'] });
const chat = caseItem(4, { channel: 'chat', priority: 'P1', subject: 'Printer offline', organizationId: 'o1', labels: [] });
const ALL = [call, chat, printer, invoice];

/** A core stand-in that filters like docs/queue.md says (prefix words, lists ANDed). */
function matches(item: WorkItem, filter: QueueFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.channel && !filter.channel.includes(item.channel)) return false;
  if (filter.priority && !(item.priority && filter.priority.includes(item.priority))) return false;
  if (filter.organizationId && !(item.organizationId && filter.organizationId.includes(item.organizationId))) return false;
  if (filter.label && !item.labels.some((l) => filter.label!.includes(l))) return false;
  const words = (filter.text ?? '').toLowerCase().split(/\W+/).filter(Boolean);
  const itemWords = item.subject.toLowerCase().split(/\W+/);
  return words.every((w) => itemWords.some((iw) => iw.startsWith(w)));
}

function handlers(saved: SavedFilter[] = []) {
  return {
    'queue.list': (input: { offset?: number; filter?: QueueFilter }) => {
      const items = ALL.filter((i) => matches(i, input.filter));
      return { total: items.length, offset: input.offset ?? 0, items };
    },
    'queue.counts': () => ({ all: ALL.length, my: 0, unassigned: ALL.length, 'our-turn': 2, aging: 3 }),
    'queue.filterOptions': () => ({
      organizations: [
        { id: 'o1', name: 'Acme Logistics', count: 2 },
        { id: 'o2', name: 'Birch Bakery', count: 1 },
      ],
      labels: [
        { label: 'billing', count: 1 },
        { label: 'hardware', count: 1 },
      ],
    }),
    'filters.list': () => [...saved].sort((a, b) => a.name.localeCompare(b.name)),
    'filters.save': (input: { name: string; filter: QueueFilter }) => {
      const entry = { name: input.name, filter: input.filter, savedAt: new Date(NOW).toISOString() };
      saved.splice(0, saved.length, ...saved.filter((s) => s.name !== input.name), entry);
      return entry;
    },
    'filters.remove': (input: { name: string }) => {
      const at = saved.findIndex((s) => s.name === input.name);
      if (at < 0) throw new ApiError('not_found', `no saved filter ${input.name}`);
      saved.splice(at, 1);
      return { removed: true as const };
    },
  };
}

const rowKeys = () => screen.queryAllByTestId('queue-row').map((r) => r.getAttribute('data-key'));
const search = () => screen.getByRole('searchbox', { name: 'Search the queue' });
const listFilters = (fake: ReturnType<typeof renderApp>['fake']) =>
  fake.callsOf('queue.list').map((input) => (input as { filter?: QueueFilter }).filter);

describe('search', () => {
  it('asks the core once the typing pauses, with the text as typed, and Esc clears it', async () => {
    const { fake } = renderApp(handlers());
    await waitFor(() => expect(rowKeys()).toEqual(['I-1', 'C-1004', 'C-1002', 'C-1003']));
    const before = fake.callsOf('queue.list').length;

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.change(search(), { target: { value: 'pri' } });
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 50));
    fireEvent.change(search(), { target: { value: 'print' } });
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1));
    // Still typing: nothing asked yet.
    expect(fake.callsOf('queue.list')).toHaveLength(before);
    await act(async () => {
      vi.advanceTimersByTime(1);
    });
    vi.useRealTimers();

    expect(listFilters(fake).slice(before)).toEqual([{ text: 'print' }]);
    await waitFor(() => expect(rowKeys()).toEqual(['C-1004', 'C-1002']));
    expect(screen.getByTestId('match-count').textContent).toBe('2 matches');
    // The counts in the navigation stay those of the whole view.
    expect(screen.getByTestId('nav-count-all').textContent).toBe('4');

    fireEvent.keyDown(search(), { key: 'Escape' });
    expect((search() as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(rowKeys()).toHaveLength(4));
    expect(listFilters(fake).at(-1)).toBeUndefined();
    expect(screen.queryByTestId('match-count')).toBeNull();
  });

  it('says so when nothing matches', async () => {
    renderApp(handlers());
    await waitFor(() => expect(rowKeys()).toHaveLength(4));
    fireEvent.change(search(), { target: { value: 'zebra' } });
    await waitFor(() => expect(screen.getByTestId('match-count').textContent).toBe('No match'));
    const none = screen.getByTestId('queue-no-match');
    expect(none.textContent).toContain('Nothing matches.');
    fireEvent.click(within(none).getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(rowKeys()).toHaveLength(4));
    expect((search() as HTMLInputElement).value).toBe('');
  });
});

describe('filters', () => {
  it('narrows by the chosen values, shows them as chips, and a chip removes its value', async () => {
    const { fake } = renderApp(handlers());
    await waitFor(() => expect(rowKeys()).toHaveLength(4));

    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const menu = await screen.findByRole('menu', { name: 'Filters' });
    fireEvent.click(within(menu).getByRole('menuitemcheckbox', { name: 'Email' }));
    // Organizations come from the core's filter options, with their counts.
    const acme = await within(menu).findByRole('menuitemcheckbox', { name: /Acme Logistics/ });
    expect(acme.textContent).toContain('2');
    fireEvent.click(acme);
    fireEvent.keyDown(menu, { key: 'Escape' });

    await waitFor(() => expect(rowKeys()).toEqual(['C-1002']));
    expect(listFilters(fake).at(-1)).toEqual({ channel: ['email'], organizationId: ['o1'] });
    const chips = screen.getAllByTestId('filter-chip').map((c) => c.textContent);
    expect(chips).toEqual(['Channel: Email', 'Organization: Acme Logistics']);
    expect(screen.getByTestId('match-count').textContent).toBe('1 match');
    expect(screen.getByRole('button', { name: 'Filters' }).textContent).toContain('2');

    const emailChip = screen.getAllByTestId('filter-chip')[0]!;
    fireEvent.click(within(emailChip).getByTestId('CancelIcon'));
    await waitFor(() => expect(rowKeys()).toEqual(['C-1004', 'C-1002']));
    expect(listFilters(fake).at(-1)).toEqual({ organizationId: ['o1'] });

    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(rowKeys()).toHaveLength(4));
    expect(screen.queryByTestId('filter-chip')).toBeNull();
  });

  it('keeps the search when a filter is added', async () => {
    const { fake } = renderApp(handlers());
    await waitFor(() => expect(rowKeys()).toHaveLength(4));
    fireEvent.change(search(), { target: { value: 'printer' } });
    await waitFor(() => expect(rowKeys()).toEqual(['C-1004', 'C-1002']));
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    fireEvent.click(await screen.findByRole('menuitemcheckbox', { name: /P1 Emergency/ }));
    await waitFor(() => expect(rowKeys()).toEqual(['C-1004']));
    expect(listFilters(fake).at(-1)).toEqual({ priority: ['P1'], text: 'printer' });
  });
});

describe('saved filters', () => {
  it('saves the current filters under a name, applies a saved one and deletes one', async () => {
    const saved: SavedFilter[] = [
      { name: 'Acme hardware', filter: { organizationId: ['o1'], label: ['hardware'] }, savedAt: new Date(NOW).toISOString() },
    ];
    const { fake } = renderApp(handlers(saved));
    await waitFor(() => expect(rowKeys()).toHaveLength(4));

    // Apply: the list, the chips (organization by name) and the search box follow.
    fireEvent.click(screen.getByRole('button', { name: 'Saved filters' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: /Acme hardware/ }));
    await waitFor(() => expect(rowKeys()).toEqual(['C-1002']));
    await waitFor(() =>
      expect(screen.getAllByTestId('filter-chip').map((c) => c.textContent)).toEqual(['Organization: Acme Logistics', 'Label: hardware']),
    );

    // Save: the search and a channel under a new name.
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    fireEvent.change(search(), { target: { value: 'invoice' } });
    await waitFor(() => expect(rowKeys()).toEqual(['C-1003']));
    fireEvent.click(screen.getByRole('button', { name: 'Saved filters' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: /Save current filters as/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Save filters' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: 'Invoices' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Save filters' })).toBeNull());
    expect(fake.callsOf('filters.save')).toEqual([{ name: 'Invoices', filter: { text: 'invoice' } }]);

    // Delete: gone from the menu. (The save dialog's closing keeps the page behind it hidden from
    // assistive technology until its transition ends: wait for the button to be reachable again.)
    fireEvent.click(await screen.findByRole('button', { name: 'Saved filters' }));
    const menu = await screen.findByRole('menu', { name: 'Saved filters' });
    await waitFor(() => expect(within(menu).getAllByTestId('saved-filter').map((m) => m.textContent)).toEqual(['Acme hardware', 'Invoices']));
    fireEvent.click(within(menu).getByRole('button', { name: 'Delete saved filter Acme hardware' }));
    await waitFor(() => expect(within(menu).getAllByTestId('saved-filter').map((m) => m.textContent)).toEqual(['Invoices']));
    expect(fake.callsOf('filters.remove')).toEqual([{ name: 'Acme hardware' }]);
  });

  it("shows the core's refusal in the save dialog", async () => {
    const h = handlers();
    renderApp({
      ...h,
      'filters.save': () => {
        throw new ApiError('conflict', 'You have 50 saved filters: delete one first');
      },
    });
    await waitFor(() => expect(rowKeys()).toHaveLength(4));
    fireEvent.change(search(), { target: { value: 'invoice' } });
    fireEvent.click(screen.getByRole('button', { name: 'Saved filters' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: /Save current filters as/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Save filters' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: 'More' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(dialog).getByText('You have 50 saved filters: delete one first')).toBeTruthy());
  });
});
