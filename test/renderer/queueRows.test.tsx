import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent, WorkItem } from '../../shared/contract/index';
import { DAY, MINUTE } from '../../shared/time/instant';
import { COMPACT_ROW_HEIGHT, ROW_HEIGHT } from '../../renderer/features/queue/queueRowStyles';
import { ago, caseItem, DANA, interactionItem, sla } from './fixtures';
import { renderApp, teardown } from './harness';

afterEach(teardown);

const SAM: Agent = { ...DANA, id: 'a2', name: 'Sam Roe', email: 'sam@example.com' };

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

/** The "why it is here" line of a row, and who it is (key, status, assignee, organization, contact), as read. */
const textOf = (key: string, part: string) => rowByKey(key).querySelector(part)?.textContent?.replace(/\s+/g, ' ').trim();
const whyOf = (key: string) => textOf(key, '.sd-q-why');
const whoOf = (key: string) => textOf(key, '.sd-q-who');

const call = interactionItem(1, { channel: 'phone', priority: 'P1', urgency: 'emergency', subject: 'Call from Jane Doe', waitingSince: ago(3 * MINUTE) });
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

    expect(whyOf('I-1')).toBe('call · emergency · waiting 3 min');
    expect(whyOf('C-1002')).toBe('chat · urgent · waiting 12 min');
    // Voicemail and email: the deadline as an instant in the agent's zone (Berlin).
    expect(whyOf('I-3')).toBe('voicemail · breached Tue 10:25');
    expect(whyOf('C-1004')).toBe('email · due Tue 14:20');
    expect(whyOf('C-1005')).toBe('email · waiting 2 d');

    expect(within(rowByKey('C-1002')).getByText('Assigned')).toBeTruthy();
    expect(within(rowByKey('C-1004')).getByText('Pending Input')).toBeTruthy();
    // A call not filed into a case has no status and no key: who it is from instead.
    expect(within(rowByKey('I-1')).queryByText('I-1', { exact: false })).toBeNull();
    expect(whoOf('I-1')).toBe('Unassigned · Acme Logistics · Jane Doe');
  });

  it('count the lateness of an item once, on its own clock, named: the why line says when', async () => {
    const late = caseItem(6, { subject: 'Overnight', sla: sla({ class: 'open', state: 'breached', deadline: '2026-11-23T15:00:00Z', remainingMinutes: -60 }) });
    renderApp(queueWith(voicemail, email, late));
    await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(3));
    // Breached yesterday at 16:00 Berlin, one business hour ago (the office opened at 09:00): one figure, "business".
    expect(within(rowByKey('C-1006')).getByTestId('sla-badge').textContent).toBe('1 h business over');
    expect(whyOf('C-1006')).toBe('email · breached Mon 16:00');
    expect(within(rowByKey('I-3')).getByTestId('sla-badge').textContent).toBe('35 min business over');
    expect(within(rowByKey('C-1004')).getByTestId('sla-badge').textContent).toBe('1 h 20 min business left');
    for (const key of ['C-1006', 'I-3', 'C-1004']) expect(rowByKey(key).textContent).not.toMatch(/ ago|due in /);
  });

  it('say who has each item in All open, Our turn and Aging, not in My queue or Unassigned', async () => {
    const sams = caseItem(11, { assigneeId: SAM.id, ourTurn: true });
    const mine = caseItem(12, { assigneeId: DANA.id, ourTurn: true });
    const nobodys = interactionItem(13, { channel: 'voicemail', contactName: 'Max Muster', organizationName: null });
    const gone = caseItem(14, { assigneeId: 'a-left', status: 'pending_input' });
    renderApp({
      ...queueWith(sams, mine, nobodys, gone),
      'agents.list': () => [DANA, SAM],
    });
    await waitFor(() => expect(whoOf('C-1011')).toBe('C-1011 · Assigned · Sam Roe · Acme Logistics · Jane Doe'));
    expect(within(rowByKey('C-1011')).getByTitle('Assignee: Sam Roe')).toBeTruthy();
    expect(whoOf('C-1012')).toBe('C-1012 · Assigned · You · Acme Logistics · Jane Doe');
    expect(whoOf('I-13')).toBe('Unassigned · Max Muster');
    // An agent the list does not have (removed since) still reads as assigned.
    expect(whoOf('C-1014')).toBe('C-1014 · Pending Input · Another agent · Acme Logistics · Jane Doe');
    // Screen readers hear it as the assignee.
    expect(screen.getByRole('option', { name: /C-1011 · Assigned · Assignee: Sam Roe · Acme/ })).toBeTruthy();

    fireEvent.click(screen.getByTestId('nav-our-turn'));
    await waitFor(() => expect(screen.getByRole('listbox', { name: 'Our turn queue' })).toBeTruthy());
    await waitFor(() => expect(whoOf('C-1011')).toContain('Sam Roe'));

    for (const view of ['my', 'unassigned']) {
      fireEvent.click(screen.getByTestId(`nav-${view}`));
      await waitFor(() => expect(screen.getByRole('listbox').getAttribute('aria-label')).not.toBe('Our turn queue'));
      await waitFor(() => expect(whoOf('C-1011')).toBe('C-1011 · Assigned · Acme Logistics · Jane Doe'));
      expect(rowByKey('C-1011').querySelector('[title^="Assignee"]')).toBeNull();
    }
  });

  it('in Aging say when the customer last heard from us, and keep the waiting time in compact rows', async () => {
    const never = caseItem(6, { subject: 'Never answered', lastSentAt: null, lastSentDays: null });
    const stale = caseItem(7, { subject: 'Quiet for two weeks', lastSentAt: '2026-11-10T09:00:00Z', lastSentDays: 14 });
    renderApp(queueWith(never, stale));
    await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('nav-aging'));
    await waitFor(() => expect(screen.getByRole('listbox', { name: 'Aging queue' })).toBeTruthy());
    await waitFor(() => expect(whyOf('C-1006')).toBe('email · nothing sent yet'));
    expect(whyOf('C-1007')).toBe('email · last sent 14 days ago');
    // The line no longer says how long it waits, so the row shows the waiting time.
    expect(within(rowByKey('C-1007')).getByTitle('Waiting').textContent).toBe('5 min');
  });

  it('are options of the listbox named by their content, the why line included', async () => {
    renderApp(queueWith(call, chat));
    const option = await screen.findByRole('option', { name: /Chat.*Urgent ·\s?Checkout is down.*chat · urgent · waiting 12 min.*C-1002/ });
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
    await waitFor(() => expect(whyOf('C-1002')).toBe('chat · urgent · waiting 12 min'));
    act(() => time.advance(MINUTE));
    expect(whyOf('C-1002')).toBe('chat · urgent · waiting 13 min');
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
      await waitFor(() => expect(rowsHeight()).toBe(`height: ${30 * COMPACT_ROW_HEIGHT}px;`));
      expect(screen.getAllByTestId('queue-row').length).toBeGreaterThan(10);
      teardown();

      listSize(600);
      renderApp(queueWith(...items));
      await waitFor(() => expect(rowsHeight()).toBe(`height: ${30 * ROW_HEIGHT}px;`));
    } finally {
      delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
      delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
    }
  });
});
