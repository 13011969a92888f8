import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/api';
import { resetIntakeStore } from '../../renderer/features/intake/intakeStore';
import { resetTakeStore } from '../../renderer/features/take/takeStore';
import type { WorkItem } from '../../shared/contract/index';
import { caseDetail, caseItem, DANA } from './fixtures';
import { renderApp, teardown } from './harness';
import { itemOf, voicemailDetail } from './intakeFixtures';

beforeEach(() => {
  resetIntakeStore();
  resetTakeStore();
});
afterEach(teardown);

function queueWith(...items: WorkItem[]) {
  return {
    'queue.list': () => ({ total: items.length, offset: 0, items }),
    'queue.counts': () => ({ all: items.length, unassigned: items.length }),
  };
}

async function open(key: string) {
  await waitFor(() => expect(screen.getAllByTestId('queue-row').length).toBeGreaterThan(0));
  fireEvent.click(screen.getAllByTestId('queue-row').find((r) => r.getAttribute('data-key') === key)!);
  return screen.getByTestId('case-detail');
}

describe('Take on an unassigned case', { timeout: 20_000 }, () => {
  it('takes it and shows the case as mine', async () => {
    let detail = caseDetail({ assignee: null });
    const { fake } = renderApp({
      ...queueWith(caseItem(1)),
      'cases.get': () => detail,
      'queue.take': ({ itemId }) => {
        detail = { ...detail, assignee: { id: DANA.id, name: DANA.name } };
        return caseItem(1, { id: itemId, assigneeId: DANA.id });
      },
    });
    const panel = await open('C-1001');
    fireEvent.click(await within(panel).findByRole('button', { name: 'Take C-1001' }));
    await waitFor(() => expect(within(panel).queryByRole('button', { name: /Take/ })).toBeNull());
    expect(fake.callsOf('queue.take')).toEqual([{ itemId: 'case:c1' }]);
    expect(panel.textContent).toContain('AssigneeDana Reyes');
    expect(within(panel).queryByTestId('take-refusal')).toBeNull();
  });

  it('shows the core’s refusal and keeps the button', async () => {
    renderApp({
      ...queueWith(caseItem(1)),
      'cases.get': () => caseDetail({ assignee: null }),
      'queue.take': () => {
        throw new ApiError('conflict', 'C-1001 was taken by Sam Roe');
      },
    });
    const panel = await open('C-1001');
    fireEvent.click(await within(panel).findByRole('button', { name: 'Take C-1001' }));
    const refusal = await within(panel).findByTestId('take-refusal');
    expect(refusal.textContent).toContain('Not taken: C-1001 was taken by Sam Roe');
    fireEvent.click(within(refusal).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(within(panel).queryByTestId('take-refusal')).toBeNull());
    expect(within(panel).getByRole('button', { name: 'Take C-1001' })).toBeTruthy();
  });

  it('is not offered on an assigned case', async () => {
    renderApp({ ...queueWith(caseItem(1)), 'cases.get': () => caseDetail() });
    const panel = await open('C-1001');
    await within(panel).findByRole('heading', { name: 'Label printer offline in warehouse 3' });
    expect(within(panel).queryByRole('button', { name: /Take/ })).toBeNull();
  });
});

describe('Take on an unassigned voicemail', { timeout: 20_000 }, () => {
  it('takes it', async () => {
    let vm = voicemailDetail();
    const { fake } = renderApp({
      ...queueWith(itemOf(vm)),
      'interactions.get': () => vm,
      'queue.take': ({ itemId }) => {
        vm = { ...vm, assigneeId: DANA.id };
        return itemOf(vm, { id: itemId });
      },
    });
    const panel = await open(vm.id);
    fireEvent.click(await within(panel).findByRole('button', { name: 'Take this voicemail' }));
    await waitFor(() => expect(within(panel).queryByRole('button', { name: /Take/ })).toBeNull());
    expect(fake.callsOf('queue.take')).toEqual([{ itemId: `interaction:${vm.id}` }]);
    expect(within(panel).getByRole('button', { name: /File into case/ })).toBeTruthy();
  });

  it('says why it was refused when the agent is On leave', async () => {
    const vm = voicemailDetail();
    renderApp({
      ...queueWith(itemOf(vm)),
      'interactions.get': () => vm,
      'queue.take': () => {
        throw new ApiError('forbidden', 'You are On leave: set yourself Available to take items');
      },
    });
    const panel = await open(vm.id);
    fireEvent.click(await within(panel).findByRole('button', { name: 'Take this voicemail' }));
    expect((await within(panel).findByTestId('take-refusal')).textContent).toContain('You are On leave: set yourself Available to take items');
  });

  it('is not offered on a voicemail routed to somebody', async () => {
    const vm = voicemailDetail({ assigneeId: 'a2' });
    renderApp({ ...queueWith(itemOf(vm)), 'interactions.get': () => vm });
    const panel = await open(vm.id);
    await within(panel).findByRole('button', { name: 'Mark done' });
    expect(within(panel).queryByRole('button', { name: /Take/ })).toBeNull();
  });
});
