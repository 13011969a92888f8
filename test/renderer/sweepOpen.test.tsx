import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useQueueStore } from '../../renderer/features/queue/queueStore';
import { renderAlertsApp, stubWebNotifications, teardownAlerts } from './alertFixtures';

afterEach(teardownAlerts);

describe('the unassigned sweep notification', () => {
  it('opening it (the `open` event) switches the queue to Unassigned', async () => {
    const { fake, emit } = renderAlertsApp();
    await waitFor(() => expect(fake.callsOf('queue.list').length).toBeGreaterThan(0));
    act(() => emit('open', { kind: 'view', view: 'unassigned' }));
    await waitFor(() => expect(fake.callsOf('queue.list').at(-1)).toMatchObject({ view: 'unassigned' }));
    expect(useQueueStore.getState().view).toBe('unassigned');
  });

  it('in browser mode, clicking it asks the core to open it by its sweep id', async () => {
    const web = stubWebNotifications('granted');
    const { fake, emit } = renderAlertsApp({ 'alerts.open': () => ({ kind: 'view', view: 'unassigned' }) });
    act(() =>
      emit('notify', { id: 'sweep:3', title: '3 new unassigned cases, oldest waiting 47 min', body: 'C-1, C-2, C-3', alertIds: ['sweep:3'], late: false }),
    );
    expect(web.shown.map((n) => n.title)).toEqual(['3 new unassigned cases, oldest waiting 47 min']);
    act(() => web.shown[0]!.instance.onclick!());
    await waitFor(() => expect(fake.callsOf('alerts.open')).toEqual([{ ids: ['sweep:3'] }]));
  });
});
