import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Alert } from '../../shared/contract/index';
import { alertOf, renderAlertsApp, stubWebNotifications, teardownAlerts } from './alertFixtures';
import { caseDetail, caseItem } from './fixtures';

afterEach(teardownAlerts);

const bell = () => screen.getByTestId('alerts-bell');
const entries = () => screen.getAllByTestId('alert-entry');

async function openCentre() {
  fireEvent.click(bell());
  return screen.findByTestId('alerts-centre');
}

describe('notification centre', () => {
  it('shows the unread count on the bell', async () => {
    renderAlertsApp({ 'alerts.list': () => ({ alerts: [alertOf(1), alertOf(2), alertOf(3)], unread: 3 }) });
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications, 3 unread'));
    expect(bell().textContent).toContain('3');
  });

  it('lists the alerts newest first with their kind, key, age and marks; unread ones stand out', async () => {
    const alerts: Alert[] = [
      alertOf(2, { kind: 'breached', title: 'C-1002 breached', late: true }),
      alertOf(12, { delivery: 'silenced', silencedBy: 'in_a_meeting', read: true }),
    ];
    renderAlertsApp({ 'alerts.list': () => ({ alerts, unread: 1 }) });
    await openCentre();
    await waitFor(() => expect(entries()).toHaveLength(2));
    const [first, second] = entries() as [HTMLElement, HTMLElement];
    expect(first.getAttribute('data-kind')).toBe('breached');
    expect(first.getAttribute('data-read')).toBe('false');
    expect(first.textContent).toContain('Breached');
    expect(first.textContent).toContain('C-1002');
    expect(first.textContent).toContain('C-1002 breached');
    expect(first.textContent).toContain('2 min ago');
    expect(first.textContent).toContain('Late');
    expect(first.textContent).not.toContain('Silenced');
    expect(second.getAttribute('data-kind')).toBe('warning');
    expect(second.getAttribute('data-read')).toBe('true');
    expect(second.textContent).toContain('Due soon');
    expect(second.textContent).toContain('12 min ago');
    expect(second.textContent).toContain('Silenced while In a meeting');
    expect(second.textContent).not.toContain('Late');
  });

  it('opens an alert when it is clicked and closes the centre', async () => {
    const { fake } = renderAlertsApp({
      'alerts.list': () => ({ alerts: [alertOf(4)], unread: 1 }),
      'alerts.open': () => ({ kind: 'item', item: caseItem(4) }),
    });
    await openCentre();
    fireEvent.click(await screen.findByTestId('alert-entry'));
    await waitFor(() => expect(fake.callsOf('alerts.open')).toEqual([{ ids: ['al4'] }]));
    await waitFor(() => expect(screen.queryByTestId('alerts-centre')).toBeNull());
    expect(bell().getAttribute('aria-label')).toBe('Notifications, none unread');
  });

  it('marks all read', async () => {
    const { fake } = renderAlertsApp({
      'alerts.list': () => ({ alerts: [alertOf(1), alertOf(2)], unread: 2 }),
      'alerts.markRead': () => ({ unread: 0 }),
    });
    await openCentre();
    await waitFor(() => expect(entries()).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications, none unread'));
    expect(fake.callsOf('alerts.markRead')).toEqual([{}]);
    expect(entries().map((e) => e.getAttribute('data-read'))).toEqual(['true', 'true']);
    expect(screen.getByRole('button', { name: 'Mark all read' })).toHaveProperty('disabled', true);
  });

  it('re-reads the list when the core says alerts changed', async () => {
    let listed: Alert[] = [];
    const { emit } = renderAlertsApp({ 'alerts.list': () => ({ alerts: listed, unread: listed.length }) });
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications, none unread'));
    listed = [alertOf(1)];
    act(() => emit('changed', { topics: ['alerts'] }));
    await waitFor(() => expect(bell().getAttribute('aria-label')).toBe('Notifications, 1 unread'));
  });

  it('says when there is nothing yet', async () => {
    renderAlertsApp();
    const centre = await openCentre();
    expect(await within(centre).findByText(/No notifications yet/)).toBeTruthy();
  });
});

describe('opening what a notification is about', () => {
  it('an item outside the current page opens in the detail panel', async () => {
    const { fake, emit } = renderAlertsApp({
      'queue.list': (input) => ({ total: 1, offset: input.offset ?? 0, items: [caseItem(1)] }),
      'cases.get': (input) => caseDetail({ id: input.id, key: 'C-1009', subject: 'Scanner keeps rebooting' }),
    });
    await screen.findByText('Subject of case 1');
    act(() => emit('open', { kind: 'item', item: caseItem(9) }));
    const detail = screen.getByTestId('case-detail');
    await within(detail).findByText('Scanner keeps rebooting');
    expect(fake.callsOf('cases.get')).toEqual([{ id: 'c9' }]);
  });

  it('a case that left the queue opens in the detail panel', async () => {
    const { fake, emit } = renderAlertsApp({
      'cases.get': (input) => caseDetail({ id: input.id, key: 'C-1005', subject: 'Refund already answered', status: 'pending_input' }),
    });
    await waitFor(() => expect(fake.callsOf('queue.list').length).toBeGreaterThan(0));
    act(() => emit('open', { kind: 'case', caseId: 'c5', key: 'C-1005' }));
    await within(screen.getByTestId('case-detail')).findByText('Refund already answered');
    expect(fake.callsOf('cases.get')[0]).toEqual({ id: 'c5' });
  });

  it('says so when the case cannot be read', async () => {
    const { emit } = renderAlertsApp({
      'cases.get': () => {
        throw new Error('no such case');
      },
    });
    act(() => emit('open', { kind: 'case', caseId: 'c5', key: 'C-1005' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Could not open case C-1005');
    expect(within(screen.getByTestId('case-detail')).getByText('Nothing open')).toBeTruthy();
  });

  it('a grouped notification opens the centre', async () => {
    const { emit } = renderAlertsApp({ 'alerts.list': () => ({ alerts: [alertOf(1), alertOf(2)], unread: 2 }) });
    act(() => emit('open', { kind: 'alerts' }));
    const centre = await screen.findByTestId('alerts-centre');
    await waitFor(() => expect(within(centre).getAllByTestId('alert-entry')).toHaveLength(2));
  });
});

describe('web notifications', () => {
  const notification = { id: 'n1', title: 'C-1003 breached', body: 'Acme Logistics · Printer', alertIds: ['al3'], late: false };

  it('in browser mode, shows one for `notify`; clicking it focuses the window and opens its alerts', async () => {
    const web = stubWebNotifications('granted');
    const focus = vi.spyOn(window, 'focus').mockImplementation(() => {});
    const { fake, emit } = renderAlertsApp({ 'alerts.open': () => ({ kind: 'alerts' }) });
    act(() => emit('notify', notification));
    expect(web.shown.map((n) => [n.title, n.options?.body])).toEqual([['C-1003 breached', 'Acme Logistics · Printer']]);
    act(() => web.shown[0]!.instance.onclick!());
    expect(focus).toHaveBeenCalled();
    await waitFor(() => expect(fake.callsOf('alerts.open')).toEqual([{ ids: ['al3'] }]));
  });

  it('on the desktop shows none (the main process shows its own)', () => {
    const web = stubWebNotifications('granted');
    (window as Window & { shiftdesk?: unknown }).shiftdesk = { methods: {}, on: {} };
    const { emit } = renderAlertsApp();
    act(() => emit('notify', notification));
    expect(web.shown).toEqual([]);
  });

  it('asks permission only from the centre, never on load', async () => {
    const web = stubWebNotifications('default');
    const { emit } = renderAlertsApp();
    act(() => emit('notify', notification));
    expect(web.shown).toEqual([]);
    expect(web.requests).toEqual([]);
    await openCentre();
    fireEvent.click(await screen.findByRole('button', { name: 'Turn on desktop notifications' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Turn on desktop notifications' })).toBeNull());
    expect(web.requests).toHaveLength(1);
    act(() => emit('notify', notification));
    expect(web.shown).toHaveLength(1);
  });

  it('when blocked, the centre says alerts show only there and still lists them', async () => {
    stubWebNotifications('denied');
    renderAlertsApp({ 'alerts.list': () => ({ alerts: [alertOf(1)], unread: 1 }) });
    const centre = await openCentre();
    expect(within(centre).getByTestId('alerts-permission-notice').textContent).toContain('alerts show only here');
    expect(within(centre).queryByRole('button', { name: 'Turn on desktop notifications' })).toBeNull();
    await waitFor(() => expect(entries()).toHaveLength(1));
  });
});
