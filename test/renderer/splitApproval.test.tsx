import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../shared/contract/index';
import { DANA, caseDetail, caseItem } from './fixtures';
import { renderApp, teardown } from './harness';

afterEach(teardown);

const LEAD = { ...DANA, id: 'a2', name: 'Jordan Pike', role: 'lead' as const };
const PENDING: NonNullable<CaseDetail['splitApproval']> = {
  state: 'pending',
  from: { id: 'c0', key: 'C-0990' },
  requestedBy: { id: DANA.id, name: DANA.name },
  requestedAt: '2026-11-24T09:00:00Z',
  approvedBy: null,
  approvedAt: null,
  note: null,
};

/** The app with split case C-1001 open as `agent`; `cases.approveSplit` approves it. */
async function openSplit(agent: typeof DANA) {
  let detail = caseDetail({ splitApproval: PENDING });
  const approved: unknown[] = [];
  renderApp({
    'session.get': () => ({ agent }),
    'queue.list': () => ({ total: 1, offset: 0, items: [caseItem(1)] }),
    'queue.counts': () => ({ all: 1, my: 1, unassigned: 0 }),
    'cases.get': () => detail,
    'cases.approveSplit': (input) => {
      approved.push(input);
      detail = caseDetail({ splitApproval: { ...PENDING, state: 'approved', approvedBy: { id: LEAD.id, name: LEAD.name }, approvedAt: '2026-11-24T10:00:00Z', note: input.note } });
      return detail;
    },
  });
  await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(1));
  fireEvent.click(screen.getAllByTestId('queue-row')[0]!);
  const panel = screen.getByTestId('case-detail');
  return { panel: await within(panel).findByTestId('split-approval'), approved };
}

describe('a case split from an old one', () => {
  it('tells an agent it waits for a lead, with no way to approve it', async () => {
    const { panel } = await openSplit(DANA);
    expect(panel.textContent).toContain("Waiting for a lead's approval");
    expect(panel.textContent).toContain(`${DANA.name} split this case from C-0990`);
    expect(panel.textContent).toContain('tell your shift lead');
    expect(within(panel).queryByRole('button', { name: 'Approve split' })).toBeNull();
  });

  it("lets a lead approve it with a note, then says who approved it", async () => {
    const { panel, approved } = await openSplit(LEAD);
    const button = within(panel).getByRole('button', { name: 'Approve split' });
    expect(button).toHaveProperty('disabled', true);
    fireEvent.change(within(panel).getByRole('textbox', { name: "Lead's note" }), { target: { value: 'Separate request, agreed on the call' } });
    fireEvent.click(button);
    await waitFor(() => expect(approved).toEqual([{ id: 'c1', note: 'Separate request, agreed on the call' }]));
    await waitFor(() => expect(screen.getByTestId('split-approval').textContent).toContain(`Split from C-0990 by ${DANA.name}; approved by Jordan Pike`));
  });
});
