import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkItem } from '../../shared/contract/index';
import { DAY, MINUTE } from '../../shared/time/instant';
import { ago, caseItem, interactionItem, sla } from './fixtures';
import { renderApp, teardown } from './harness';

afterEach(teardown);

function queueWith(...items: WorkItem[]) {
  return {
    'queue.list': ({ offset = 0, limit = 100 }: { offset?: number; limit?: number }) => ({ total: items.length, offset, items: items.slice(offset, offset + limit) }),
    'queue.counts': () => ({ all: items.length, my: 0, unassigned: items.length }),
  };
}

function rowByKey(key: string): HTMLElement {
  const row = screen.getAllByTestId('queue-row').find((r) => r.getAttribute('data-key') === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
}

const call = interactionItem(1, { channel: 'phone', priority: 'P1', subject: 'Call from Jane Doe', waitingSince: ago(3 * MINUTE) });
const chat = caseItem(2, { channel: 'chat', urgency: 'urgent', subject: 'Checkout is down', waitingSince: ago(12 * MINUTE) });
const voicemail = interactionItem(3, {
  channel: 'voicemail',
  subject: 'Voicemail from Max',
  waitingSince: ago(2 * 60 * MINUTE),
  sla: sla({ state: 'breached', deadline: '2026-11-24T09:25:00Z', remainingMinutes: -35 }),
});
const email = caseItem(4, { status: 'pending_input', subject: 'Invoice copy', sla: sla() });
const untimed = caseItem(5, { subject: 'Logo on invoices', waitingSince: ago(2 * DAY) });

describe('queue rows', () => {
  it('say on each row why it is where it is, and keep the status of cases', async () => {
    renderApp(queueWith(call, chat, voicemail, email, untimed));
    await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(5));

    expect(within(rowByKey('I-1')).getByText('call · emergency · waiting 3 min')).toBeTruthy();
    expect(within(rowByKey('C-1002')).getByText('chat · urgent · waiting 12 min')).toBeTruthy();
    expect(within(rowByKey('I-3')).getByText('voicemail · breached 35 min ago')).toBeTruthy();
    expect(within(rowByKey('C-1004')).getByText('email · due in 3 h 20 min')).toBeTruthy();
    expect(within(rowByKey('C-1005')).getByText('email · waiting 2 d')).toBeTruthy();

    expect(within(rowByKey('C-1002')).getByText('Assigned')).toBeTruthy();
    expect(within(rowByKey('C-1004')).getByText('Pending Input')).toBeTruthy();
    // A call not filed into a case has no status and no key: who it is from instead.
    expect(within(rowByKey('I-1')).queryByText('I-1', { exact: false })).toBeNull();
    expect(within(rowByKey('I-1')).getByText('Acme Logistics · Jane Doe')).toBeTruthy();
  });

  it('in Aging say when the customer last heard from us, and keep the waiting time in compact rows', async () => {
    const never = caseItem(6, { subject: 'Never answered', lastSentAt: null, lastSentDays: null });
    const stale = caseItem(7, { subject: 'Quiet for two weeks', lastSentAt: '2026-11-10T09:00:00Z', lastSentDays: 14 });
    renderApp(queueWith(never, stale));
    await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('nav-aging'));
    await waitFor(() => expect(screen.getByRole('listbox', { name: 'Aging queue' })).toBeTruthy());
    await waitFor(() => expect(within(rowByKey('C-1006')).getByText('email · nothing sent yet')).toBeTruthy());
    expect(within(rowByKey('C-1007')).getByText('email · last sent 14 days ago')).toBeTruthy();
    // The line no longer says how long it waits, so the waiting time is not marked as repeated.
    expect(rowByKey('C-1007').querySelector('.sd-q-wait-repeated')).toBeNull();
  });

  it('are options of the listbox named by their content, the why line included', async () => {
    renderApp(queueWith(call, chat));
    const option = await screen.findByRole('option', { name: /Chat.*Urgent ·\s?Checkout is down.*C-1002.*chat · urgent · waiting 12 min/ });
    expect(option.getAttribute('aria-posinset')).toBe('2');
    expect(option.getAttribute('aria-setsize')).toBe('2');
    expect(screen.getByRole('listbox', { name: 'All open queue' })).toBeTruthy();
  });

  it('explain priority and timer in a native tooltip and in their names', async () => {
    renderApp(queueWith(call, email));
    await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(2));
    const priority = within(rowByKey('I-1')).getByTitle('P1 Emergency');
    expect(priority.textContent).toBe('P1');
    expect(priority.getAttribute('aria-label')).toBe('P1 Emergency');
    const badge = within(rowByKey('C-1004')).getByTestId('sla-badge');
    expect(badge.getAttribute('title')).toBe('First response target (On time): due Tue 14:20 · 1 h 20 min business left');
    expect(badge.getAttribute('aria-label')).toBe(badge.getAttribute('title'));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('move the why line on with the clock', async () => {
    const { time } = renderApp(queueWith(chat));
    await waitFor(() => expect(within(rowByKey('C-1002')).getByText('chat · urgent · waiting 12 min')).toBeTruthy());
    act(() => time.advance(MINUTE));
    expect(within(rowByKey('C-1002')).getByText('chat · urgent · waiting 13 min')).toBeTruthy();
  });

  it('are compact in a narrow list (docked), regular in a wide one', async () => {
    const items = Array.from({ length: 30 }, (_, i) => caseItem(i));
    const listSize = (width: number) => {
      const size = (el: Element, value: number) => (el.getAttribute('role') === 'listbox' ? value : 0);
      Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: function (this: HTMLElement) { return size(this, width); } });
      Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: function (this: HTMLElement) { return size(this, 600); } });
    };
    const rowsHeight = () => screen.getByTestId('queue-list').firstElementChild?.getAttribute('style');
    try {
      listSize(380);
      renderApp(queueWith(...items));
      await waitFor(() => expect(rowsHeight()).toBe(`height: ${30 * 44}px;`));
      expect(screen.getAllByTestId('queue-row').length).toBeGreaterThan(10);
      teardown();

      listSize(600);
      renderApp(queueWith(...items));
      await waitFor(() => expect(rowsHeight()).toBe(`height: ${30 * 52}px;`));
    } finally {
      delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
      delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
    }
  });
});
