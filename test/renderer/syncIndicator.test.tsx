import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../shared/contract/sync';
import { DANA } from './fixtures';
import { renderApp, teardown } from './harness';
import { connectedStatus, syncStatus } from './syncFixtures';

afterEach(teardown);

const LEAD = { ...DANA, id: 'a2', name: 'Jordan Pike', role: 'lead' as const };

/** The app with `status` as the sync status; resolves once the agent menu is there (the first reads answered). */
async function withStatus(status: SyncStatus, agent = DANA) {
  const app = renderApp({ 'session.get': () => ({ agent }), 'sync.status': () => status });
  await screen.findByTestId('agent-menu');
  await waitFor(() => expect(app.fake.callsOf('sync.status').length).toBeGreaterThan(0));
  return app;
}

describe('the sync indicator in the app bar', () => {
  it('is not there while the workspace is not connected', async () => {
    await withStatus(syncStatus());
    expect(screen.queryByTestId('sync-indicator')).toBeNull();
  });

  // NOW is 10:00 UTC, 11:00 in Dana's Berlin.
  it.each<[string, SyncStatus, string]>([
    ['online: the last pull in the agent’s zone', connectedStatus('online', { lastPullAt: '2026-11-24T09:04:00Z' }), 'Synced 10:04'],
    ['offline: what waits', connectedStatus('offline', { waiting: 3 }), 'Offline · 3 waiting'],
    ['no token', connectedStatus('needs_token'), 'No token'],
    ['the token refused', connectedStatus('unauthorized'), 'Token refused'],
  ])('says %s', async (_, status, text) => {
    await withStatus(status);
    const indicator = await screen.findByTestId('sync-indicator');
    expect(within(indicator).getByTestId('sync-indicator-text').textContent).toBe(text);
    expect(indicator.getAttribute('aria-label')).toBe(`Help desk sync: ${text}`);
  });

  it('shows the token problems as errors and the conflicts as a badge, read out', async () => {
    await withStatus(connectedStatus('unauthorized', { conflicts: 2 }));
    const indicator = await screen.findByTestId('sync-indicator');
    expect(indicator.getAttribute('data-tone')).toBe('error');
    expect(within(indicator).getByTestId('sync-conflicts-badge').textContent).toContain('2');
    expect(indicator.getAttribute('aria-label')).toBe('Help desk sync: Token refused, 2 changes in conflict');
  });

  it('reads the status again when the core says sync changed', async () => {
    let status = connectedStatus('online', { lastPullAt: '2026-11-24T09:04:00Z' });
    const { fake } = renderApp({ 'sync.status': () => status });
    await screen.findByText('Synced 10:04');
    status = connectedStatus('offline', { waiting: 1 });
    fake.emitChanged(['sync']);
    await screen.findByText('Offline · 1 waiting');
  });

  it('opens "Help desk sync": where, the token source, what waits, the last problem; Sync now asks the core', async () => {
    const status = connectedStatus('offline', {
      waiting: 3,
      conflicts: 1,
      lastPullAt: '2026-11-24T09:04:00Z',
      lastError: 'Could not reach the help desk (connection refused)',
      nextAttemptAt: '2026-11-24T10:05:00Z',
    });
    const { fake } = renderApp({ 'sync.status': () => status, 'sync.now': () => connectedStatus('online', { lastPullAt: '2026-11-24T10:00:00Z' }) });
    fireEvent.click(await screen.findByTestId('sync-indicator'));
    const popover = await screen.findByRole('dialog', { name: 'Help desk sync' });
    const text = popover.textContent ?? '';
    expect(text).toContain('https://rt.example.com');
    expect(text).toContain('General');
    expect(text).toContain("this computer's keychain");
    expect(text).toContain('Could not reach the help desk (connection refused)');
    expect(text).toContain('Tue 11:05');
    expect(within(popover).getByRole('button', { name: 'Conflicts (1)' })).toBeTruthy();
    // Dana is an agent: the connection is a lead's.
    expect(within(popover).queryByRole('button', { name: 'Connection…' })).toBeNull();
    fireEvent.click(within(popover).getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(fake.callsOf('sync.now')).toEqual([{}]));
    await screen.findByText('Synced 11:00');
  });

  it('offers a lead the connection, from the popover and from the agent menu', async () => {
    await withStatus(syncStatus(), LEAD);
    fireEvent.click(screen.getByTestId('agent-menu'));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Connect to help desk…' }));
    expect(await screen.findByRole('dialog', { name: 'Help desk connection' })).toBeTruthy();
  });
});
