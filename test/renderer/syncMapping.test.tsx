import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_RT_MAPPING, type RtMapping, type SyncStatus } from '../../shared/contract/sync';
import { ApiError } from '../../renderer/api';
import { useSyncStore } from '../../renderer/features/sync/syncStore';
import { DANA } from './fixtures';
import { type FakeHandlers } from './fakeClient';
import { renderApp, teardown } from './harness';
import { connectedStatus } from './syncFixtures';

afterEach(teardown);

const LEAD = { ...DANA, id: 'a2', name: 'Jordan Pike', role: 'lead' as const };

/** The app as the lead, connected; opens the connection dialog from the agent menu, then Field mapping…. */
async function openMapping(handlers: FakeHandlers = {}) {
  let current: SyncStatus = connectedStatus('online');
  const app = renderApp({
    'session.get': () => ({ agent: LEAD }),
    'agents.list': () => [DANA, LEAD],
    'sync.status': () => current,
    'sync.setMapping': ({ mapping }) => (current = connectedStatus('online', { connection: { ...current.connection!, mapping } })),
    ...handlers,
  });
  await screen.findByTestId('agent-menu');
  await waitFor(() => expect(app.fake.callsOf('sync.status').length).toBeGreaterThan(0));
  return { ...app, dialog: await reopen() };
}

/** Agent menu → Help desk connection… → Field mapping…: the mapping takes the connection dialog's place. */
async function reopen() {
  fireEvent.click(screen.getByTestId('agent-menu'));
  fireEvent.click(await screen.findByRole('menuitem', { name: 'Help desk connection…' }));
  const connection = await screen.findByRole('dialog', { name: 'Help desk connection' });
  fireEvent.click(within(connection).getByRole('button', { name: 'Field mapping…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Field mapping' });
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Help desk connection' })).toBeNull());
  return dialog;
}

const field = (dialog: HTMLElement, label: string) => within(dialog).getByLabelText(label) as HTMLInputElement;
const type = (dialog: HTMLElement, label: string, value: string) => fireEvent.change(field(dialog, label), { target: { value } });

describe('the field mapping (leads)', () => {
  it('starts from the stored mapping; an edited priority and status are saved, and the dialog closes', async () => {
    const { dialog, fake } = await openMapping();
    expect(field(dialog, 'P3').value).toBe('50');
    expect(field(dialog, 'RT status for Pending Product').value).toBe('stalled');
    expect(field(dialog, 'Exact status').value).toBe('Shiftdesk Status');

    type(dialog, 'P3', '55');
    type(dialog, 'RT status for Pending Product', 'waiting-on-product');
    type(dialog, 'Case type', '');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    const expected: RtMapping = {
      ...DEFAULT_RT_MAPPING,
      statusToRt: { ...DEFAULT_RT_MAPPING.statusToRt, pending_product: 'waiting-on-product' },
      typeField: null,
      priorityToRt: { ...DEFAULT_RT_MAPPING.priorityToRt, P3: 55 },
    };
    await waitFor(() => expect(fake.callsOf('sync.setMapping')).toEqual([{ mapping: expected }]));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Field mapping' })).toBeNull());
  });

  it("shows the core's refusal in its words and stays open", async () => {
    const { dialog, fake } = await openMapping({
      'sync.setMapping': () => {
        throw new ApiError('invalid_input', "sync.setMapping: mapping.priorityToRt.P3: 75 must be lower than P2's 70");
      },
    });
    type(dialog, 'P3', '75');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect((await within(dialog).findByTestId('sync-mapping-error')).textContent).toContain("mapping.priorityToRt.P3: 75 must be lower than P2's 70");
    expect(fake.callsOf('sync.setMapping')).toHaveLength(1);
    expect(screen.getByRole('dialog', { name: 'Field mapping' })).toBeTruthy();
    // The field it names is marked.
    expect(field(dialog, 'P3').getAttribute('aria-invalid')).toBe('true');
    expect(field(dialog, 'P2').getAttribute('aria-invalid')).toBe('false');
  });

  it('adds a person and an RT status, removes one; Reset to defaults fills in the defaults, sent only on Save', async () => {
    const { dialog, fake } = await openMapping();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add person' }));
    const people = within(dialog).getByTestId('sync-mapping-people');
    fireEvent.change(within(people).getByLabelText('RT user name'), { target: { value: 'jpike' } });
    fireEvent.mouseDown(within(people).getByRole('combobox', { name: 'Agent' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Jordan Pike' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add RT status' }));
    const fromRt = within(dialog).getByTestId('sync-mapping-from-rt');
    fireEvent.change(within(fromRt).getAllByLabelText('RT status').at(-1)!, { target: { value: 'waiting-on-product' } });
    fireEvent.mouseDown(within(fromRt).getAllByRole('combobox', { name: 'Shiftdesk status' }).at(-1)!);
    fireEvent.click(await screen.findByRole('option', { name: 'Pending Product' }));
    // A row removed is left out.
    fireEvent.click(within(fromRt).getByRole('button', { name: 'Remove RT status deleted' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const { deleted: _gone, ...fromRtKept } = DEFAULT_RT_MAPPING.statusFromRt;
    await waitFor(() =>
      expect(fake.callsOf('sync.setMapping')).toEqual([
        { mapping: { ...DEFAULT_RT_MAPPING, statusFromRt: { ...fromRtKept, 'waiting-on-product': 'pending_product' }, people: { jpike: 'a2' } } },
      ]),
    );

    // Again: the stored mapping now names jpike; reset fills in the defaults, Save sends them.
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Field mapping' })).toBeNull());
    const again = { dialog: await reopen() };
    expect(within(within(again.dialog).getByTestId('sync-mapping-people')).getByLabelText('RT user name')).toHaveProperty('value', 'jpike');
    fireEvent.click(within(again.dialog).getByRole('button', { name: 'Reset to defaults' }));
    expect(within(again.dialog).getByTestId('sync-mapping-reset')).toBeTruthy();
    expect(fake.callsOf('sync.setMapping')).toHaveLength(1);
    expect(within(again.dialog).getByText('Nobody listed.')).toBeTruthy();
    fireEvent.click(within(again.dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsOf('sync.setMapping').at(-1)).toEqual({ mapping: DEFAULT_RT_MAPPING }));
  });

  it('says what is wrong with a priority that is not a whole number, without asking the core', async () => {
    const { dialog, fake } = await openMapping();
    type(dialog, 'P5', '');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect((await within(dialog).findByTestId('sync-mapping-error')).textContent).toContain("P5 needs a whole number (RT's Priority)");
    expect(fake.callsOf('sync.setMapping')).toEqual([]);
  });

  it('is not offered to an agent', async () => {
    const { fake } = renderApp({ 'session.get': () => ({ agent: DANA }), 'sync.status': () => connectedStatus('online') });
    await screen.findByTestId('agent-menu');
    await waitFor(() => expect(fake.callsOf('sync.status').length).toBeGreaterThan(0));
    fireEvent.click(screen.getByTestId('agent-menu'));
    await screen.findByRole('menu');
    expect(screen.queryByRole('menuitem', { name: 'Help desk connection…' })).toBeNull();
    // Even with the connection dialog opened some other way, no Field mapping… for an agent.
    act(() => useSyncStore.getState().openConnection());
    const dialog = await screen.findByRole('dialog', { name: 'Help desk connection' });
    expect(within(dialog).queryByRole('button', { name: 'Field mapping…' })).toBeNull();
  });
});
