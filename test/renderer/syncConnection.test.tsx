import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../shared/contract/sync';
import { ApiError } from '../../renderer/api';
import { TOKEN_KEEP_PLACEHOLDER, TOKEN_KEPT } from '../../renderer/features/sync/SyncConnectionDialog';
import { DANA } from './fixtures';
import { type FakeHandlers } from './fakeClient';
import { renderApp, teardown } from './harness';
import { connectedStatus, syncStatus } from './syncFixtures';

afterEach(teardown);

const LEAD = { ...DANA, id: 'a2', name: 'Jordan Pike', role: 'lead' as const };

/** The app as the lead, sync in `status`; opens the connection dialog from the agent menu. */
async function openConnection(status: SyncStatus, handlers: FakeHandlers = {}) {
  let current = status;
  const app = renderApp({
    'session.get': () => ({ agent: LEAD }),
    'sync.status': () => current,
    'sync.connect': (input) => (current = connectedStatus('offline', { connection: { ...connectedStatus('offline').connection!, url: input.url, queues: input.queues } })),
    'sync.disconnect': () => (current = syncStatus()),
    ...handlers,
  });
  await screen.findByTestId('agent-menu');
  await waitFor(() => expect(app.fake.callsOf('sync.status').length).toBeGreaterThan(0));
  fireEvent.click(screen.getByTestId('agent-menu'));
  fireEvent.click(await screen.findByRole('menuitem', { name: status.state === 'not_connected' ? 'Connect to help desk…' : 'Help desk connection…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Help desk connection' });
  return { ...app, dialog };
}

const field = (dialog: HTMLElement, label: string) => within(dialog).getByLabelText(label) as HTMLInputElement;
const type = (dialog: HTMLElement, label: string, value: string) => fireEvent.change(field(dialog, label), { target: { value } });

describe('the connection dialog (leads)', () => {
  it('tests the typed values and shows the answer, green or red', async () => {
    let ok = false;
    const { dialog, fake } = await openConnection(syncStatus(), {
      'sync.test': () => (ok ? { ok: true, message: 'Connected as jpike; following General' } : { ok: false, message: 'Could not reach the help desk at http://127.0.0.1:9' }),
    });
    expect(within(dialog).getByText(TOKEN_KEPT)).toBeTruthy();
    type(dialog, 'Help desk URL', 'http://127.0.0.1:9');
    type(dialog, 'Queues to follow', 'General, Support ,');
    type(dialog, 'Token', 'secret-token');
    expect(field(dialog, 'Token').type).toBe('password');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    const result = await within(dialog).findByTestId('sync-test-result');
    expect(result.textContent).toContain('Could not reach the help desk at http://127.0.0.1:9');
    expect(result.className).toContain('Error');
    expect(fake.callsOf('sync.test')).toEqual([{ url: 'http://127.0.0.1:9', queues: ['General', 'Support'], token: 'secret-token' }]);

    ok = true;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Test connection' }));
    await within(dialog).findByText('Connected as jpike; following General');
    expect(within(dialog).getByTestId('sync-test-result').className).toContain('Success');
  });

  it('connects with the token when one is typed; the indicator then shows', async () => {
    const { dialog, fake } = await openConnection(syncStatus());
    type(dialog, 'Help desk URL', 'https://rt.example.com');
    type(dialog, 'Queues to follow', 'General');
    type(dialog, 'Token', 'secret-token');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(fake.callsOf('sync.connect')).toEqual([{ url: 'https://rt.example.com', queues: ['General'], token: 'secret-token' }]));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Help desk connection' })).toBeNull());
    expect((await screen.findByTestId('sync-indicator')).textContent).toContain('Offline');
  });

  it('keeps the stored token when the field is left empty, and says so', async () => {
    const { dialog, fake } = await openConnection(connectedStatus('online'));
    expect(field(dialog, 'Help desk URL').value).toBe('https://rt.example.com');
    expect(field(dialog, 'Queues to follow').value).toBe('General');
    expect(field(dialog, 'Token').placeholder).toBe(TOKEN_KEEP_PLACEHOLDER);
    type(dialog, 'Queues to follow', 'General, Billing');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(fake.callsOf('sync.connect')).toEqual([{ url: 'https://rt.example.com', queues: ['General', 'Billing'] }]));
  });

  it("shows the core's refusal in the dialog", async () => {
    const { dialog } = await openConnection(syncStatus(), {
      'sync.connect': () => {
        throw new ApiError('invalid_input', 'url: expected an http(s) URL such as https://rt.example.com');
      },
    });
    type(dialog, 'Help desk URL', 'rt.example.com');
    type(dialog, 'Queues to follow', 'General');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Connect' }));
    expect((await within(dialog).findByTestId('sync-connection-error')).textContent).toContain('url: expected an http(s) URL such as https://rt.example.com');
  });

  it('disconnects only after a confirmation', async () => {
    const { dialog, fake } = await openConnection(connectedStatus('online'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Disconnect…' }));
    expect(fake.callsOf('sync.disconnect')).toEqual([]);
    const confirm = within(dialog).getByTestId('sync-disconnect-confirm');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Disconnect' }));
    await waitFor(() => expect(fake.callsOf('sync.disconnect')).toEqual([{}]));
    await waitFor(() => expect(screen.queryByTestId('sync-indicator')).toBeNull());
  });
});
