import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkItem } from '../../shared/contract/index';
import { DAY, HOUR, MINUTE } from '../../shared/time/instant';
import { useQueueStore } from '../../renderer/features/queue/queueStore';
import { ROW_HEIGHT } from '../../renderer/features/queue/queueRowStyles';
import { ago, caseDetail, caseItem, interactionItem } from './fixtures';
import { renderApp, teardown } from './harness';

afterEach(teardown);

function rowKeys(): (string | null)[] {
  return screen.queryAllByTestId('queue-row').map((row) => row.getAttribute('data-key'));
}

function rowByKey(key: string): HTMLElement {
  const row = screen.getAllByTestId('queue-row').find((r) => r.getAttribute('data-key') === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
}

/** A queue that answers from a mutable list, like the core would. */
function queueOf(initial: WorkItem[]) {
  const state = { items: initial };
  return {
    state,
    handlers: {
      'queue.list': (input: { offset?: number; limit?: number }) => {
        const offset = input.offset ?? 0;
        return { total: state.items.length, offset, items: state.items.slice(offset, offset + (input.limit ?? 100)) };
      },
      'queue.counts': () => ({ all: state.items.length, my: 1, unassigned: state.items.length - 1 }),
    },
  };
}

const phone = interactionItem(1, { channel: 'phone', subject: 'Call from Jane Doe', waitingSince: ago(12 * MINUTE) });
const chat = caseItem(2, { channel: 'chat', priority: 'P1', subject: 'Checkout is down', waitingSince: ago(3 * HOUR + 5 * MINUTE) });
const email = caseItem(3, { channel: 'email', priority: 'P5', subject: 'Invoice copy', waitingSince: ago(2 * DAY + 4 * HOUR) });

describe('queue list', () => {
  it('shows the rows in the order the core gives, with channel, priority and waiting time', async () => {
    const queue = queueOf([phone, chat, email]);
    renderApp(queue.handlers);

    await waitFor(() => expect(rowKeys()).toEqual(['I-1', 'C-1002', 'C-1003']));
    const rows = screen.getAllByTestId('queue-row');
    expect(rows.map((r) => r.getAttribute('data-channel'))).toEqual(['phone', 'chat', 'email']);
    expect(within(rows[0]!).getByTitle('Call')).toBeTruthy();
    expect(within(rows[1]!).getByTitle('Chat')).toBeTruthy();
    expect(within(rows[2]!).getByTitle('Email')).toBeTruthy();
    expect(within(rows[1]!).getByText('P1')).toBeTruthy();
    expect(within(rows[2]!).getByText('P5')).toBeTruthy();
    // Calls and chats say their wait on the "why" line; items without a timer too.
    expect(rows[0]!.textContent).toContain('waiting 12 min');
    expect(rows[1]!.textContent).toContain('waiting 3 h 5 min');
    expect(rows[2]!.textContent).toContain('waiting 2 d');
    expect(within(rows[1]!).getByText(/Acme Logistics/)).toBeTruthy();
    expect(within(rows[1]!).getByText('Assigned')).toBeTruthy();
    expect(screen.getByTestId('nav-all').textContent).toContain('3');
    expect(screen.getByTestId('nav-unassigned').textContent).toContain('2');
  });

  it('moves the waiting time on as the clock ticks', async () => {
    const { time } = renderApp(queueOf([phone]).handlers);
    await waitFor(() => expect(rowByKey('I-1').textContent).toContain('waiting 12 min'));
    act(() => time.advance(60_000));
    expect(rowByKey('I-1').textContent).toContain('waiting 13 min');
  });

  it('updates rows and counts on a change event while the selection stays', async () => {
    const queue = queueOf([phone, chat, email]);
    const { fake } = renderApp({ ...queue.handlers, 'cases.get': () => caseDetail({ id: 'c3', key: 'C-1003', subject: 'Invoice copy' }) });
    await waitFor(() => expect(rowKeys()).toHaveLength(3));
    fireEvent.click(rowByKey('C-1003'));
    await waitFor(() => expect(rowByKey('C-1003').getAttribute('aria-selected')).toBe('true'));

    const newCall = interactionItem(9, { subject: 'Call from Max Mustermann', waitingSince: ago(1 * MINUTE) });
    queue.state.items = [newCall, phone, chat, { ...email, status: 'pending_input' }];
    act(() => fake.emitChanged(['interactions', 'cases']));

    await waitFor(() => expect(rowKeys()).toEqual(['I-9', 'I-1', 'C-1002', 'C-1003']));
    expect(screen.getByTestId('nav-all').textContent).toContain('4');
    expect(rowByKey('C-1003').getAttribute('aria-selected')).toBe('true');
    expect(within(rowByKey('C-1003')).getByText('Pending Input')).toBeTruthy();
    expect(screen.getAllByTestId('queue-row').filter((r) => r.getAttribute('aria-selected') === 'true')).toHaveLength(1);
    // The case view's code loads when the first case opens (renderer/lib/lazyPanel.tsx).
    await waitFor(() => expect(screen.getByTestId('case-detail').textContent).toContain('Invoice copy'));
  });

  it('opens the case under the cursor with ArrowDown and Enter', async () => {
    const queue = queueOf([phone, chat, email]);
    const { fake } = renderApp({ ...queue.handlers, 'cases.get': () => caseDetail({ id: 'c2', key: 'C-1002', subject: 'Checkout is down' }) });
    await waitFor(() => expect(rowKeys()).toHaveLength(3));
    const list = screen.getByTestId('queue-list');
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(fake.callsOf('cases.get')).toEqual([]);
    fireEvent.keyDown(list, { key: 'Enter' });

    await waitFor(() => expect(within(screen.getByTestId('case-detail')).getByRole('heading', { name: 'Checkout is down' })).toBeTruthy());
    expect(fake.callsOf('cases.get')).toEqual([{ id: 'c2' }]);
    expect(rowByKey('C-1002').getAttribute('aria-selected')).toBe('true');

    fireEvent.keyDown(list, { key: 'End' });
    fireEvent.keyDown(list, { key: 'Enter' });
    await waitFor(() => expect(fake.callsOf('cases.get')).toEqual([{ id: 'c2' }, { id: 'c3' }]));
    fireEvent.keyDown(list, { key: 'k' });
    fireEvent.keyDown(list, { key: 'k' });
    fireEvent.keyDown(list, { key: 'Enter' });
    await waitFor(() => expect(rowByKey('I-1').getAttribute('aria-selected')).toBe('true'));
    expect(await within(screen.getByTestId('case-detail')).findByText('not part of a case yet', { exact: false })).toBeTruthy();
  });

  it('reads only the pages around the visible rows of a long queue', async () => {
    const total = 20_000;
    const item = (i: number) => caseItem(i, { waitingSince: ago(i * MINUTE) });
    const { fake } = renderApp({
      'queue.list': ({ offset = 0, limit = 100 }) => ({
        total,
        offset,
        items: Array.from({ length: Math.min(limit, total - offset) }, (_, k) => item(offset + k)),
      }),
      'queue.counts': () => ({ all: total, my: 0, unassigned: total }),
    });
    await waitFor(() => expect(rowKeys()[0]).toBe('C-1000'));
    expect(screen.getAllByTestId('queue-row').length).toBeLessThan(40);

    const list = screen.getByTestId('queue-list');
    list.scrollTop = ROW_HEIGHT * 15_000;
    fireEvent.scroll(list);
    await waitFor(() => expect(rowKeys()).toContain(`C-${1000 + 15_005}`));

    const offsets = fake.callsOf('queue.list').map((input) => (input as { offset: number }).offset);
    expect(offsets).toContain(15_000);
    expect(offsets.every((o) => o === 0 || (o >= 14_800 && o <= 15_100))).toBe(true);
    const held = Object.values(useQueueStore.getState().pages).reduce((n, items) => n + items.length, 0);
    expect(held).toBeLessThanOrEqual(300);
    expect(useQueueStore.getState().pages[0]).toBeUndefined();
  });

  it('shows the right rows in order, and the selection only on its own row, after jumps that reuse rows', async () => {
    const total = 2_000;
    renderApp({
      'queue.list': ({ offset = 0, limit = 100 }) => ({
        total,
        offset,
        items: Array.from({ length: Math.min(limit, total - offset) }, (_, k) => caseItem(offset + k, { subject: `Subject ${offset + k}` })),
      }),
      'queue.counts': () => ({ all: total, my: 0, unassigned: total }),
    });
    await waitFor(() => expect(rowKeys()[0]).toBe('C-1000'));
    fireEvent.click(rowByKey('C-1003'));
    const list = screen.getByTestId('queue-list');
    const shownRows = () =>
      screen.getAllByTestId('queue-row').map((row) => ({
        at: Number(row.getAttribute('aria-posinset')),
        key: row.getAttribute('data-key'),
        subject: row.querySelector('[title^="Subject"]')?.textContent,
        selected: row.getAttribute('aria-selected'),
      }));
    // Jumps of a few rows, of more than a screen, and back: every row shows its own item.
    for (const first of [7, 20, 1_234, 1_240, 0]) {
      list.scrollTop = ROW_HEIGHT * first;
      fireEvent.scroll(list);
      await waitFor(() => expect(shownRows().some((r) => r.at === first + 1 && r.key !== null)).toBe(true));
      const rows = shownRows();
      rows.forEach((row, i) => {
        expect(row.at).toBe(rows[0]!.at + i);
        expect(row).toMatchObject({ key: `C-${1000 + row.at - 1}`, subject: `Subject ${row.at - 1}`, selected: row.key === 'C-1003' ? 'true' : 'false' });
      });
    }
    expect(rowByKey('C-1003').getAttribute('aria-selected')).toBe('true');
  });

  it('keeps the scroll position and the window when a change arrives far down a long queue', async () => {
    const total = 5_000;
    let prefix = 'Old';
    const { fake } = renderApp({
      'queue.list': ({ offset = 0, limit = 100 }) => ({
        total,
        offset,
        items: Array.from({ length: Math.min(limit, total - offset) }, (_, k) => caseItem(offset + k, { subject: `${prefix} ${offset + k}` })),
      }),
      'queue.counts': () => ({ all: total, my: 0, unassigned: total }),
    });
    await waitFor(() => expect(rowKeys()[0]).toBe('C-1000'));
    const list = screen.getByTestId('queue-list');
    list.scrollTop = ROW_HEIGHT * 3_000;
    fireEvent.scroll(list);
    await waitFor(() => expect(rowKeys()).toContain('C-4005'));
    fireEvent.click(rowByKey('C-4005'));

    prefix = 'New';
    fake.calls.length = 0;
    act(() => fake.emitChanged(['cases']));
    await waitFor(() => expect(within(rowByKey('C-4005')).getByText('New 3005')).toBeTruthy());
    expect(screen.getByTestId('queue-list')).toBe(list);
    expect(list.scrollTop).toBe(ROW_HEIGHT * 3_000);
    expect(rowByKey('C-4005').getAttribute('aria-selected')).toBe('true');
    const offsets = fake.callsOf('queue.list').map((input) => (input as { offset: number }).offset);
    expect(offsets.every((o) => o >= 2_900 && o <= 3_100)).toBe(true);
  });

  it('says what to expect when nothing is waiting', async () => {
    renderApp();
    const empty = await screen.findByTestId('queue-empty');
    expect(within(empty).getByText('Nothing is waiting.')).toBeTruthy();
    expect(within(empty).getByText('New calls, chats, voicemails and emails will appear here.')).toBeTruthy();
    expect(screen.queryByTestId('queue-list')).toBeNull();
  });

  it('shows the core error with a way to retry when the queue cannot be read', async () => {
    let fail = true;
    renderApp({
      'queue.list': () => {
        if (fail) throw new Error('database is locked');
        return { total: 1, offset: 0, items: [phone] };
      },
    });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('database is locked'));
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(rowKeys()).toEqual(['I-1']));
  });
});
