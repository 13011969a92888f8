import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SlaDetail } from '../../shared/contract/index';
import { SlaExplainer } from '../../renderer/features/sla/SlaExplainer';
import { NOW, slaDetail } from './fixtures';

afterEach(cleanup);

function explain(detail: SlaDetail) {
  render(<SlaExplainer detail={detail} timeZone="Europe/Berlin" now={NOW} />);
  const explainer = screen.getByTestId('sla-explainer');
  fireEvent.click(within(explainer).getByRole('button', { name: 'Why this deadline?' }));
  return explainer;
}

describe('why this deadline', () => {
  it('dates the targets that are not due this week, and says "was due" of those already past', () => {
    // Now is Tuesday 24 November, 11:00 in Berlin; the winning first response was due on Monday.
    const explainer = explain(
      slaDetail({
        deadline: '2026-11-23T15:00:00Z',
        warningAt: '2026-11-23T13:30:00Z',
        candidates: [
          { class: 'first_response', clock: 'business', deadline: '2026-11-23T15:00:00Z' },
          { class: 'agreed', clock: 'calendar', deadline: '2026-11-23T16:00:00Z' },
          { class: 'urgent', clock: 'business', deadline: '2026-11-24T13:44:00Z' },
          { class: 'open', clock: 'business', deadline: '2026-11-30T13:44:00Z' },
        ],
      }),
    );
    const others = within(explainer).getByTestId('sla-candidates');
    expect([...others.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Agreed next update, around the clock: was due Mon 17:00',
      'Urgent, business hours: due Tue 14:44',
      'Open, business hours: due 30 Nov 2026, 14:44',
    ]);
    expect(within(explainer).getByText('Was due')).toBeTruthy();
    expect(within(explainer).getByTestId('sla-due').textContent).toBe('Mon 16:00 your time (Mon 15:00 in Europe/London)');
  });

  it('says "Due" of a deadline still ahead', () => {
    const explainer = explain(slaDetail());
    expect(within(explainer).getByText('Due')).toBeTruthy();
    expect(within(explainer).queryByText('Was due')).toBeNull();
    expect(within(explainer).getByTestId('sla-candidates').textContent).toBe('Urgent, business hours: due Wed 12:20');
  });
});
