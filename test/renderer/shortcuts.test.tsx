import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QueueView } from '../../shared/domain/vocab';
import type { WorkItem } from '../../shared/contract/index';
import { ApiError } from '../../renderer/api';
import { useKeyboardHelpStore } from '../../renderer/app/shortcuts';
import { resetFiltersStore } from '../../renderer/features/filters/filtersStore';
import { resetTakeStore } from '../../renderer/features/take/takeStore';
import { caseDetail, caseItem, DANA } from './fixtures';
import { renderApp, teardown } from './harness';

beforeEach(() => {
  resetFiltersStore();
  resetTakeStore();
  useKeyboardHelpStore.setState({ open: false, hint: null });
});
afterEach(teardown);

const first = caseItem(1, { subject: 'Checkout is down' });
const second = caseItem(2, { subject: 'Invoice copy' });
const mine = caseItem(3, { subject: 'Already mine', assigneeId: DANA.id });

function handlers(take: (itemId: string) => WorkItem) {
  return {
    'queue.list': (input: { view?: QueueView; offset?: number }) => {
      const items = input.view === 'my' ? [mine] : input.view === 'unassigned' ? [first, second] : [first, second, mine];
      return { total: items.length, offset: input.offset ?? 0, items };
    },
    'queue.counts': () => ({ all: 3, my: 1, unassigned: 2, 'our-turn': 0, aging: 3 }),
    'queue.take': (input: { itemId: string }) => take(input.itemId),
    'cases.get': () => caseDetail({ id: 'c2', key: 'C-1002', subject: 'Invoice copy' }),
  };
}

const rowKeys = () => screen.queryAllByTestId('queue-row').map((r) => r.getAttribute('data-key'));
const press = (key: string, target: Element = document.body) => fireEvent.keyDown(target, { key });
const search = () => screen.getByRole('searchbox', { name: 'Search the queue' });

describe('keyboard shortcuts', () => {
  it('/ focuses the search box, and keys typed there stay text', async () => {
    const { fake } = renderApp(handlers(() => first));
    await waitFor(() => expect(rowKeys()).toHaveLength(3));
    press('/');
    expect(document.activeElement).toBe(search());
    press('t', search());
    press('g', search());
    press('u', search());
    expect(fake.callsOf('queue.take')).toEqual([]);
    expect(screen.getByRole('tab', { selected: true }).textContent).toContain('All open');
  });

  it('Enter in the search puts the cursor on the first result: Enter again opens it, t takes it', async () => {
    const { fake } = renderApp(handlers((itemId) => ({ ...first, id: itemId, assigneeId: DANA.id })));
    await waitFor(() => expect(rowKeys()).toHaveLength(3));
    press('/');
    fireEvent.change(search(), { target: { value: 'checkout' } });
    // Enter before the typing pause: the search applies at once.
    press('Enter', search());
    const list = screen.getByTestId('queue-list');
    expect(document.activeElement).toBe(list);
    expect(fake.callsOf('queue.list').at(-1)).toMatchObject({ filter: { text: 'checkout' } });
    await waitFor(() => expect(list.getAttribute('aria-activedescendant')).toBeTruthy());
    expect(document.getElementById(list.getAttribute('aria-activedescendant')!)?.getAttribute('data-key')).toBe('C-1001');

    press('t', list);
    await waitFor(() => expect(fake.callsOf('queue.take')).toEqual([{ itemId: 'case:c1' }]));
    press('Enter', list);
    await waitFor(() => expect(fake.callsOf('cases.get')).toEqual([{ id: 'c1' }]));
    expect(rowKeys()).toContain('C-1001');
    expect(screen.getAllByTestId('queue-row').find((r) => r.getAttribute('data-key') === 'C-1001')?.getAttribute('aria-selected')).toBe('true');
  });

  it('Esc leaves the search box, so the next / comes back to it with its text selected', async () => {
    renderApp(handlers(() => first));
    await waitFor(() => expect(rowKeys()).toHaveLength(3));
    press('/');
    press('Escape', search());
    expect(document.activeElement).not.toBe(search());

    // With words in it: Esc clears them and leaves too.
    press('/', document.activeElement!);
    expect(document.activeElement).toBe(search());
    fireEvent.change(search(), { target: { value: 'invoice' } });
    press('Escape', search());
    expect(document.activeElement).not.toBe(search());
    expect((search() as HTMLInputElement).value).toBe('');

    // From the results, / selects what was searched, so typing replaces it.
    press('/', document.activeElement!);
    fireEvent.change(search(), { target: { value: 'checkout' } });
    press('Enter', search());
    expect(document.activeElement).toBe(screen.getByTestId('queue-list'));
    press('/', document.activeElement!);
    const box = search() as HTMLInputElement;
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, 'checkout'.length]);
  });

  it('g then a letter switches the view', async () => {
    const { fake } = renderApp(handlers(() => first));
    await waitFor(() => expect(rowKeys()).toHaveLength(3));
    press('g');
    press('u');
    await waitFor(() => expect(rowKeys()).toEqual(['C-1001', 'C-1002']));
    expect(screen.getByRole('tab', { selected: true }).textContent).toContain('Unassigned');
    expect(fake.callsOf('queue.list').at(-1)).toMatchObject({ view: 'unassigned' });

    press('g');
    press('m');
    await waitFor(() => expect(rowKeys()).toEqual(['C-1003']));
    expect(screen.getByRole('tab', { selected: true }).textContent).toContain('My queue');

    // A letter without g first does nothing.
    press('o');
    expect(screen.getByRole('tab', { selected: true }).textContent).toContain('My queue');
    press('g');
    press('o');
    await waitFor(() => expect(screen.getByRole('tab', { selected: true }).textContent).toContain('Our turn'));
  });

  it('j / k move from anywhere and Enter opens; t takes the item under the cursor and confirms', async () => {
    const { fake } = renderApp(handlers((itemId) => ({ ...second, id: itemId, assigneeId: DANA.id })));
    await waitFor(() => expect(rowKeys()).toHaveLength(3));
    press('j');
    press('j');
    const list = screen.getByTestId('queue-list');
    expect(document.activeElement).toBe(list);
    const active = list.getAttribute('aria-activedescendant');
    expect(document.getElementById(active!)?.getAttribute('data-key')).toBe('C-1002');

    press('t', list);
    await waitFor(() => expect(screen.getByTestId('take-done').textContent).toContain('C-1002 is yours'));
    expect(fake.callsOf('queue.take')).toEqual([{ itemId: 'case:c2' }]);

    press('Enter', list);
    await waitFor(() => expect(screen.getByTestId('case-detail').textContent).toContain('C-1002'));
  });

  it("t shows the core's refusal", async () => {
    renderApp(
      handlers(() => {
        throw new ApiError('conflict', 'C-1001 was taken by Sam Roe');
      }),
    );
    await waitFor(() => expect(rowKeys()).toHaveLength(3));
    press('j');
    press('t');
    const refusal = await screen.findByTestId('take-refused');
    expect(refusal.textContent).toContain('C-1001 was taken by Sam Roe');
    fireEvent.click(within(refusal).getByRole('button', { name: /close/i }));
    await waitFor(() => expect(screen.queryByTestId('take-refused')).toBeNull());
  });

  it('t with nothing under the cursor says how to choose an item, and does not take what is mine', async () => {
    const { fake } = renderApp(handlers(() => first));
    await waitFor(() => expect(rowKeys()).toHaveLength(3));
    press('t');
    expect(await screen.findByText(/Move to an item with j \/ k first/)).toBeTruthy();
    expect(fake.callsOf('queue.take')).toEqual([]);

    // An item that is already mine is not taken again.
    press('g');
    press('m');
    await waitFor(() => expect(rowKeys()).toEqual(['C-1003']));
    press('j');
    press('t');
    expect(await screen.findByText('C-1003 is already yours.')).toBeTruthy();
    expect(fake.callsOf('queue.take')).toEqual([]);
  });

  it('? lists every key', async () => {
    renderApp(handlers(() => first));
    await waitFor(() => expect(rowKeys()).toHaveLength(3));
    press('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard' });
    for (const text of ['take the item', 'search', 'Unassigned', 'Our turn', 'Aging', 'All open', 'My queue', 'open the item']) {
      expect(within(dialog).getByText(new RegExp(text))).toBeTruthy();
    }
    // The keyboard button above the queue opens it too.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Keyboard' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(await screen.findByRole('dialog', { name: 'Keyboard' })).toBeTruthy();
  });
});
