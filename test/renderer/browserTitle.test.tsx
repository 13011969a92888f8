import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { resetAtRiskStore } from '../../renderer/features/attention/atRiskStore';
import { renderApp, teardown } from './harness';

afterEach(() => {
  teardown();
  resetAtRiskStore();
  document.title = 'Shiftdesk';
});

describe('the tab title in browser mode', () => {
  it('shows how many of My queue are at risk and follows `changed`', async () => {
    resetAtRiskStore();
    let count = 3;
    const { fake } = renderApp({ 'queue.atRisk': () => ({ count, top: [] }) });
    await screen.findByTestId('nav-all');
    await waitFor(() => expect(document.title).toBe('Shiftdesk — 3 at risk'));
    count = 0;
    act(() => fake.emitChanged(['cases']));
    await waitFor(() => expect(document.title).toBe('Shiftdesk'));
    count = 1;
    act(() => fake.emitChanged(['alerts']));
    await waitFor(() => expect(document.title).toBe('Shiftdesk — 1 at risk'));
  });

  it('is left alone in the desktop app (the main process titles the window)', async () => {
    resetAtRiskStore();
    Object.assign(window, { shiftdesk: { invoke: () => Promise.resolve(null), on: () => () => {} } });
    try {
      document.title = 'Shiftdesk — set by main';
      const { fake } = renderApp({ 'queue.atRisk': () => ({ count: 3, top: [] }) });
      await screen.findByTestId('nav-all');
      const queueReads = fake.callsOf('queue.list').length;
      act(() => fake.emitChanged(['cases']));
      // The change was handled (the queue re-read its rows); a re-read of the count would have gone out with it.
      await waitFor(() => expect(fake.callsOf('queue.list').length).toBeGreaterThan(queueReads));
      expect(fake.callsOf('queue.atRisk')).toEqual([]);
      expect(document.title).toBe('Shiftdesk — set by main');
    } finally {
      delete (window as { shiftdesk?: unknown }).shiftdesk;
    }
  });
});
