import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkItem } from '../../shared/contract/index';
import { MINUTE } from '../../shared/time/instant';
import { ago, caseItem, interactionItem, sla } from './fixtures';
import { renderApp, teardown } from './harness';

afterEach(teardown);

function queueWith(...items: WorkItem[]) {
  return {
    'queue.list': () => ({ total: items.length, offset: 0, items }),
    'queue.counts': () => ({ all: items.length, my: 0, unassigned: items.length }),
  };
}

function rowByKey(key: string): HTMLElement {
  const row = screen.getAllByTestId('queue-row').find((r) => r.getAttribute('data-key') === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
}

describe('SLA in queue rows', () => {
  it('shows the compact badge only on items with a timer, beside the waiting time', async () => {
    const timed = caseItem(1, { waitingSince: ago(40 * MINUTE), sla: sla() });
    const breached = interactionItem(2, {
      channel: 'voicemail',
      sla: sla({ state: 'breached', deadline: '2026-11-24T09:25:00Z', remainingMinutes: -35 }),
    });
    const call = interactionItem(3, { channel: 'phone', waitingSince: ago(2 * MINUTE) });
    renderApp(queueWith(breached, timed, call));
    await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(3));

    const timedBadge = within(rowByKey('C-1001')).getByTestId('sla-badge');
    expect(timedBadge.textContent).toBe('1 h 20 min business left');
    expect(timedBadge.getAttribute('data-state')).toBe('ok');
    expect(timedBadge.getAttribute('aria-label')).toBe('First response target (On time): due Tue 14:20 · 1 h 20 min business left');
    expect(within(rowByKey('C-1001')).getByText('40 min')).toBeTruthy();

    const breachedBadge = within(rowByKey('I-2')).getByTestId('sla-badge');
    expect(breachedBadge.textContent).toBe('35 min business over');
    expect(breachedBadge.getAttribute('data-state')).toBe('breached');

    expect(within(rowByKey('I-3')).queryByTestId('sla-badge')).toBeNull();
    // A call's line says how long it waits; the row does not say it twice.
    expect(rowByKey('I-3').textContent).toContain('waiting 2 min');
    expect(within(rowByKey('I-3')).queryByTitle('Waiting')).toBeNull();
  });

  it('moves the badge on as the clock ticks, breached at the deadline', async () => {
    const item = caseItem(1, { sla: sla({ clock: 'calendar', state: 'warning', deadline: '2026-11-24T10:01:00Z', remainingMinutes: 1 }) });
    const { time } = renderApp(queueWith(item));
    await waitFor(() => expect(within(rowByKey('C-1001')).getByTestId('sla-badge').textContent).toBe('1 min left'));
    act(() => time.advance(2 * MINUTE));
    const badge = within(rowByKey('C-1001')).getByTestId('sla-badge');
    expect(badge.textContent).toBe('1 min over');
    expect(badge.getAttribute('data-state')).toBe('breached');
  });
});
