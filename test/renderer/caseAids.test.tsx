import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../shared/contract/index';
import { caseDetail, caseItem } from './fixtures';
import { renderApp, teardown } from './harness';

afterEach(teardown);

function withCase(detail: CaseDetail, more: Record<string, (input: never) => unknown> = {}) {
  return renderApp({
    'queue.list': () => ({ total: 1, offset: 0, items: [caseItem(1)] }),
    'queue.counts': () => ({ all: 1, my: 0, unassigned: 1 }),
    'cases.get': () => detail,
    ...more,
  });
}

async function openCase() {
  await waitFor(() => expect(screen.getAllByTestId('queue-row').length).toBeGreaterThan(0));
  fireEvent.click(screen.getAllByTestId('queue-row')[0]!);
  const panel = screen.getByTestId('case-detail');
  // The case view's code loads on the first open (lazy panels): give it time on a loaded machine.
  await within(panel).findByRole('heading', { name: 'Label printer offline in warehouse 3' });
  return panel;
}

describe('troubleshooting a problem we cannot reproduce', () => {
  it('asks the steps in order, stops at the first no, and saves the answers as an internal note', async () => {
    const { fake } = withCase(caseDetail(), { 'cases.note': () => caseDetail() });
    const panel = await openCase();
    fireEvent.click(await within(panel).findByTestId('troubleshoot'));
    const dialog = await screen.findByRole('dialog', { name: /Troubleshoot C-1001/ });
    const ask = (name: string, question: RegExp) => {
      const group = within(dialog).getByRole('group', { name: question });
      fireEvent.click(within(group).getByRole('button', { name }));
    };
    ask('Yes', /different web browser/);
    ask('Skip: no access', /different computer/);
    ask('No', /anyone else in their business/);
    expect(within(dialog).getByTestId('troubleshoot-scope').textContent).toContain('Scope found: the problem only affects a specific user.');
    // The guide stopped: no later question is asked.
    expect(within(dialog).queryByRole('group', { name: /test firm/ })).toBeNull();
    const note = within(dialog).getByTestId('troubleshoot-note').textContent!;
    expect(note).toContain('1. Browser: Ask the user to try a different web browser. Does the problem happen there too? Yes');
    expect(note).toContain('2. Computer: Ask the user to try a different computer. Does the problem happen there too? Skipped (the user has no access to this)');
    expect(note).toContain('Scope: only affects a specific user (User).');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Save as internal note' }));
    await waitFor(() => expect(fake.callsOf('cases.note')).toEqual([{ id: 'c1', body: note }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('keeps the dialog open and says why when the note is refused', async () => {
    withCase(caseDetail(), {
      'cases.note': () => {
        throw new Error('the workspace is read-only');
      },
    });
    const panel = await openCase();
    fireEvent.click(await within(panel).findByTestId('troubleshoot'));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByRole('button', { name: 'Save as internal note' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(within(dialog).getByRole('group', { name: /different web browser/ })).getByRole('button', { name: 'No' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save as internal note' }));
    expect((await within(dialog).findByText(/Could not save the note/)).textContent).toContain('read-only');
  });
});

describe('the cancellation steps on a case', () => {
  it('show on a case labelled cancellation, a paid plan downgraded first, as a checklist', async () => {
    withCase(caseDetail({ labels: ['cancellation'] }));
    const panel = await openCase();
    const steps = await within(panel).findByTestId('cancellation-steps');
    expect(within(steps).getByText('Cancellation request (plan: paid)')).toBeTruthy();
    const boxes = within(steps).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('label')!.textContent)).toEqual([
      '1. Downgrade the account from its paid plan first.',
      "2. Message the account's account manager as a heads-up that the customer asked to cancel.",
      '3. Proceed with the cancellation, then confirm it to the customer.',
    ]);
    fireEvent.click(boxes[0]!);
    expect((boxes[0] as HTMLInputElement).checked).toBe(true);
  });

  it('show for an admin task of type Cancellation with no plan recorded: check the plan first', async () => {
    withCase(caseDetail({ type: 'admin_task', organization: null, intake: { ...caseDetail().intake, adminTaskType: 'Cancellation' } }));
    const panel = await openCase();
    const steps = await within(panel).findByTestId('cancellation-steps');
    expect(within(steps).getAllByRole('checkbox')[0]!.closest('label')!.textContent).toBe("1. Check the customer's plan: the organization has none recorded.");
  });

  it('do not show on another case', async () => {
    withCase(caseDetail());
    const panel = await openCase();
    await within(panel).findByTestId('troubleshoot');
    expect(within(panel).queryByTestId('cancellation-steps')).toBeNull();
  });
});
