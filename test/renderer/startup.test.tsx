import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, getApiClient, setApiClient, type ConnectionState } from '../../renderer/api';
import { App } from '../../renderer/app/App';
import { startLiveApp, whenConnected } from '../../renderer/app/liveUpdates';
import { resetCaseStore } from '../../renderer/features/case/caseStore';
import { resetFirstRunStore } from '../../renderer/features/firstRun/firstRunStore';
import { resetQueueStore } from '../../renderer/features/queue/queueStore';
import { resetSessionStore } from '../../renderer/features/session/sessionStore';
import { createFakeClient, createManualClock } from './fakeClient';
import { NOW, caseItem } from './fixtures';
import { defaultHandlers } from './harness';

let stop: (() => void) | null = null;

afterEach(() => {
  stop?.();
  stop = null;
  cleanup();
  setApiClient(null);
  vi.useRealTimers();
});

describe('start-up (renderer/main.tsx)', () => {
  it('asks for the first reads before the first render, once: the shell does not ask again', async () => {
    resetQueueStore();
    resetCaseStore();
    resetSessionStore();
    resetFirstRunStore();
    const fake = createFakeClient({
      ...defaultHandlers(),
      'queue.counts': () => ({ all: 1, my: 0, unassigned: 1 }),
      'queue.list': () => ({ total: 1, offset: 0, items: [caseItem(1)] }),
    });
    setApiClient(fake.client);
    stop = startLiveApp(getApiClient(), api);
    // Who I am first (rows show deadlines in the agent's zone), then the queue.
    expect(fake.calls.map((c) => c.method).slice(0, 3)).toEqual(['session.get', 'queue.list', 'queue.counts']);

    render(<App clock={createManualClock(NOW).clock} />);
    await screen.findByText('Subject of case 1');
    expect(fake.callsOf('queue.list')).toHaveLength(1);
    expect(fake.callsOf('session.get')).toHaveLength(1);
    expect(fake.callsOf('workspace.status')).toHaveLength(1);

    // Live updates were subscribed with the first reads.
    fake.emitChanged(['cases']);
    await waitFor(() => expect(fake.callsOf('queue.list')).toHaveLength(2));
  });
});

describe('whenConnected', () => {
  function connection(initial: ConnectionState) {
    let state = initial;
    const listeners = new Set<(s: ConnectionState) => void>();
    return {
      connection: () => state,
      onConnection(listener: (s: ConnectionState) => void) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      set(next: ConnectionState) {
        state = next;
        for (const listener of [...listeners]) listener(next);
      },
      listeners,
    };
  }

  it('resolves at once when the connection is not being made (open, or the IPC bridge)', async () => {
    await whenConnected(connection('open'), 100);
    await whenConnected(connection('no_token'), 100);
  });

  it('resolves when the WebSocket opens, and stops listening', async () => {
    const conn = connection('connecting');
    let done = false;
    const waiting = whenConnected(conn, 100_000).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    conn.set('open');
    await waiting;
    expect(conn.listeners.size).toBe(0);
  });

  it('gives up waiting after the longest wait', async () => {
    vi.useFakeTimers();
    const conn = connection('connecting');
    let done = false;
    const waiting = whenConnected(conn, 100).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(conn.listeners.size).toBe(0);
  });
});
