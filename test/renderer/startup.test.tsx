import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, getApiClient, prefetch, setApiClient } from '../../renderer/api';
import { App } from '../../renderer/app/App';
import { firstReads } from '../../renderer/app/firstReads';
import { startLiveApp, whenFirstScreenRead } from '../../renderer/app/liveUpdates';
import { resetCaseStore } from '../../renderer/features/case/caseStore';
import { resetFirstRunStore } from '../../renderer/features/firstRun/firstRunStore';
import { resetQueueStore, useQueueStore } from '../../renderer/features/queue/queueStore';
import { resetSessionStore } from '../../renderer/features/session/sessionStore';
import { createFakeClient, createManualClock } from './fakeClient';
import { DANA, NOW, caseItem } from './fixtures';
import { defaultHandlers, renderApp } from './harness';

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
    // Who I am first (rows show deadlines in the agent's zone), then the queue: the order of firstReads.
    expect(fake.calls.map((c) => c.method)).toEqual(firstReads(false).map(([method]) => method));

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

describe('the reads boot.ts asks for ahead (renderer/app/firstReads.ts)', () => {
  it('are exactly the first reads of the slices, method and input, so the slices take their answers', async () => {
    const { fake } = renderApp({
      'queue.counts': () => ({ all: 1, my: 0, unassigned: 1 }),
      'queue.list': () => ({ total: 1, offset: 0, items: [caseItem(1)] }),
      'queue.atRisk': () => ({ count: 0, top: [] }),
      'alerts.list': () => ({ alerts: [], unread: 0 }),
    });
    await screen.findByText('Subject of case 1');
    await waitFor(() => expect(fake.callsOf('queue.atRisk')).toHaveLength(1));
    for (const [method, input] of firstReads(true)) {
      const first = fake.calls.find((c) => c.method === method);
      expect(first, method).toBeDefined();
      // The same text: `prefetch` matches a call by its method and JSON input.
      expect(JSON.stringify(first!.input), method).toBe(JSON.stringify(input));
    }
  });
});

describe('prefetch (renderer/api)', () => {
  function setUp() {
    let version = 1;
    const fake = createFakeClient({ 'session.get': () => ({ agent: { ...DANA, name: `Dana v${version}` } }) });
    setApiClient(fake.client);
    return { fake, bump: () => version++ };
  }

  it("gives the app's first matching call the answer asked for ahead, without asking again", async () => {
    const { fake, bump } = setUp();
    prefetch('session.get', {});
    bump();
    expect((await api.call('session.get', {})).agent?.name).toBe('Dana v1');
    expect(fake.callsOf('session.get')).toHaveLength(1);
    // Taken once: the next call asks the core.
    expect((await api.call('session.get', {})).agent?.name).toBe('Dana v2');
    expect(fake.callsOf('session.get')).toHaveLength(2);
  });

  it('drops the answers not yet taken when the core says something changed', async () => {
    const { fake, bump } = setUp();
    prefetch('session.get', {});
    bump();
    fake.emitChanged(['agents']);
    expect((await api.call('session.get', {})).agent?.name).toBe('Dana v2');
    expect(fake.callsOf('session.get')).toHaveLength(2);
  });

  it('does not answer a call with another input, and passes a failure on to the call that takes it', async () => {
    const fake = createFakeClient({
      'queue.list': (input) => ({ total: 0, offset: input.offset ?? 0, items: [] }),
    });
    setApiClient(fake.client);
    prefetch('queue.list', { view: 'all', offset: 0, limit: 100 });
    await api.call('queue.list', { view: 'my', offset: 0, limit: 100 });
    expect(fake.callsOf('queue.list')).toHaveLength(2);
    prefetch('queue.counts', {}); // the fake has no handler: the core's refusal
    await expect(api.call('queue.counts', {})).rejects.toThrow(/no handler for queue.counts/);
    expect(fake.callsOf('queue.counts')).toHaveLength(1);
  });
});

describe('whenFirstScreenRead', () => {
  it("resolves once the queue's first page is read", async () => {
    resetQueueStore();
    let done = false;
    const waiting = whenFirstScreenRead(100_000).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    useQueueStore.setState({ total: 3 });
    await waiting;
  });

  it('gives up waiting after the longest wait', async () => {
    vi.useFakeTimers();
    resetQueueStore();
    let done = false;
    const waiting = whenFirstScreenRead(250).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(249);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
  });
});
