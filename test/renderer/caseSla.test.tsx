import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/api';
import type { CaseDetail } from '../../shared/contract/index';
import { caseDetail, caseItem, interactionItem, sla, slaDetail } from './fixtures';
import { renderApp, teardown } from './harness';

afterEach(teardown);

const timed = (overrides: Partial<CaseDetail> = {}) =>
  caseDetail({ createdAt: '2026-11-24T09:20:00Z', sla: sla(), slaDetail: slaDetail(), lastSentDays: null, ...overrides });

async function openCase(detail: () => CaseDetail, extra: Parameters<typeof renderApp>[0] = {}) {
  const item = caseItem(1);
  const app = renderApp({
    'queue.list': () => ({ total: 1, offset: 0, items: [item] }),
    'queue.counts': () => ({ all: 1, my: 1, unassigned: 0 }),
    'cases.get': detail,
    ...extra,
  });
  await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(1));
  fireEvent.click(screen.getAllByTestId('queue-row')[0]!);
  const panel = screen.getByTestId('case-detail');
  await within(panel).findByRole('heading', { name: 'Label printer offline in warehouse 3' });
  return { ...app, panel };
}

describe('SLA on the case', () => {
  it('shows the full badge in the header and when support last wrote', async () => {
    const { panel } = await openCase(() => timed({ lastSentDays: 3 }));
    const badge = within(panel).getByTestId('sla-badge');
    expect(badge.textContent).toBe('due Tue 14:20 · 1 h 20 min business left');
    expect(badge.getAttribute('data-state')).toBe('ok');
    expect(within(panel).getByTestId('last-sent').textContent).toBe('3 days ago');
  });

  it.each<[number | null, string]>([
    [0, 'today'],
    [null, 'never'],
  ])('last sent %s days reads "%s"', async (days, text) => {
    const { panel } = await openCase(() => timed({ lastSentDays: days }));
    expect(within(panel).getByTestId('last-sent').textContent).toBe(text);
  });

  it('explains the deadline when asked', async () => {
    const { panel } = await openCase(() =>
      timed({ slaDetail: slaDetail({ holidays: ['2026-11-26'], closedMore: 2 }) }),
    );
    const explainer = within(panel).getByTestId('sla-explainer');
    const summary = within(explainer).getByRole('button', { name: 'Why this deadline?' });
    expect(summary.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(summary);
    expect(summary.getAttribute('aria-expanded')).toBe('true');

    const text = explainer.textContent ?? '';
    expect(text).toContain('First response: 2 hours of business time');
    // 09:20 UTC is 10:20 in Berlin, Dana's zone.
    expect(text).toContain('Tue 10:20, when the case was created; support has not replied yet');
    expect(text).toContain('Only the open hours of the team calendar (Europe/London)');
    expect(within(explainer).getByTestId('sla-skipped').textContent).toContain('Closed Tue 12:00 – Tue 14:00');
    expect(within(explainer).getByTestId('sla-skipped').textContent).toContain('and 2 more closed periods');
    expect(within(explainer).getByTestId('sla-skipped').textContent).toContain('Holiday 2026-11-26');
    expect(within(explainer).getByTestId('sla-candidates').textContent).toBe('Urgent, business hours: due Wed 12:20');
    expect(within(explainer).getByTestId('sla-due').textContent).toBe('Tue 14:20 your time (Tue 13:20 in Europe/London)');
    expect(text).toContain('Due soon fromTue 11:50');
  });

  it('names a business-day target with its hours, and shows one deadline when both zones agree', async () => {
    const { panel } = await openCase(() =>
      timed({
        sla: sla({ class: 'urgent' }),
        slaDetail: slaDetail({
          class: 'urgent',
          target: { amount: 1, unit: 'business_days', clock: 'business' },
          targetMinutes: 480,
          candidates: [{ class: 'urgent', clock: 'business', deadline: '2026-11-24T13:20:00Z' }],
          calendarTimeZone: 'Europe/Paris',
          clockStartReason: 'last_reply',
        }),
      }),
    );
    const explainer = within(panel).getByTestId('sla-explainer');
    expect(explainer.textContent).toContain('Urgent: 1 business day (8 business hours)');
    expect(explainer.textContent).toContain("when support sent its last public reply");
    expect(within(explainer).queryByTestId('sla-candidates')).toBeNull();
    expect(within(explainer).getByTestId('sla-due').textContent).toBe('Tue 14:20');
  });

  it('shows no timer, explainer or "no reply needed" when no timer runs', async () => {
    const { panel } = await openCase(() => caseDetail({ status: 'resolved', lastSentDays: 1 }));
    expect(within(panel).queryByTestId('sla-badge')).toBeNull();
    expect(within(panel).queryByTestId('sla-explainer')).toBeNull();
    expect(within(panel).queryByTestId('no-reply-needed')).toBeNull();
    expect(within(panel).getByTestId('last-sent').textContent).toBe('1 day ago');
  });
});

describe('no reply needed', () => {
  it('records it with the note and shows the case the core returns', async () => {
    const stopped = timed({
      sla: null,
      slaDetail: null,
      timeline: [
        ...caseDetail().timeline,
        { seq: 5, at: '2026-11-24T10:00:00Z', kind: 'no_reply_needed', byId: 'a1', byName: 'Dana Reyes', body: 'Customer only said thanks', from: null, to: null },
      ],
    });
    const { panel, fake } = await openCase(() => timed(), { 'cases.markNoReplyNeeded': () => stopped });

    fireEvent.click(within(panel).getByTestId('no-reply-needed'));
    const dialog = await screen.findByRole('dialog', { name: 'No reply needed on C-1001' });
    fireEvent.change(within(dialog).getByLabelText('Note (optional)'), { target: { value: '  Customer only said thanks ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark no reply needed' }));

    await waitFor(() => expect(within(panel).queryByTestId('sla-badge')).toBeNull());
    expect(fake.callsOf('cases.markNoReplyNeeded')).toEqual([{ id: 'c1', note: 'Customer only said thanks' }]);
    const entries = within(panel).getAllByTestId('timeline-entry');
    expect(entries.at(-1)!.getAttribute('data-kind')).toBe('no_reply_needed');
    expect(entries.at(-1)!.textContent).toContain('Customer only said thanks');
    expect(within(panel).queryByTestId('no-reply-needed')).toBeNull();
    expect(within(panel).queryByTestId('sla-explainer')).toBeNull();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('sends no note when none was written', async () => {
    const { panel, fake } = await openCase(() => timed(), { 'cases.markNoReplyNeeded': () => timed({ sla: null, slaDetail: null }) });
    fireEvent.click(within(panel).getByTestId('no-reply-needed'));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Mark no reply needed' }));
    await waitFor(() => expect(within(panel).queryByTestId('sla-badge')).toBeNull());
    expect(fake.callsOf('cases.markNoReplyNeeded')).toEqual([{ id: 'c1' }]);
  });

  it('keeps the dialog open with the error when the core refuses', async () => {
    const { panel } = await openCase(() => timed(), {
      'cases.markNoReplyNeeded': () => {
        throw new ApiError('conflict', 'case C-1001 is resolved: no timer to stop');
      },
    });
    fireEvent.click(within(panel).getByTestId('no-reply-needed'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark no reply needed' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Could not record it: case C-1001 is resolved: no timer to stop');
    expect(within(panel).getByTestId('sla-badge')).toBeTruthy();
  });
});

describe('SLA on an interaction not filed into a case', () => {
  it('shows the full badge of its first-response timer', async () => {
    const voicemail = interactionItem(4, { channel: 'voicemail', subject: 'Voicemail from Max', sla: sla({ state: 'warning', deadline: '2026-11-24T10:10:00Z', remainingMinutes: 10 }) });
    renderApp({
      'queue.list': () => ({ total: 1, offset: 0, items: [voicemail] }),
      'queue.counts': () => ({ all: 1, my: 0, unassigned: 1 }),
    });
    await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(1));
    fireEvent.click(screen.getAllByTestId('queue-row')[0]!);
    const panel = screen.getByTestId('case-detail');
    await within(panel).findByRole('heading', { name: 'Voicemail from Max' });
    const badge = within(panel).getByTestId('sla-badge');
    expect(badge.textContent).toBe('due Tue 11:10 · 10 min business left');
    expect(badge.getAttribute('data-state')).toBe('warning');
    expect(within(panel).queryByTestId('no-reply-needed')).toBeNull();
  });
});
