import { cleanup, render } from '@testing-library/react';
import { setApiClient } from '../../renderer/api';
import { App } from '../../renderer/app/App';
import { resetCaseStore } from '../../renderer/features/case/caseStore';
import { resetFirstRunStore } from '../../renderer/features/firstRun/firstRunStore';
import { resetQueueStore } from '../../renderer/features/queue/queueStore';
import { resetSyncStore } from '../../renderer/features/sync/syncStore';
import { resetSessionStore } from '../../renderer/features/session/sessionStore';
import { createFakeClient, createManualClock, type FakeHandlers } from './fakeClient';
import { DANA, NOW, workspaceStatus } from './fixtures';
import { syncStatus } from './syncFixtures';

/** Handlers for a set-up workspace with Dana signed in; tests override what they need. */
export function defaultHandlers(): FakeHandlers {
  return {
    'workspace.status': () => workspaceStatus(true),
    'session.get': () => ({ agent: DANA }),
    'agents.list': () => [DANA],
    'queue.counts': () => ({ all: 0, my: 0, unassigned: 0 }),
    'queue.list': (input) => ({ total: 0, offset: input.offset ?? 0, items: [] }),
    'sync.status': () => syncStatus(),
  };
}

/** Renders the whole app against a fake client and a manual clock at `NOW`. */
export function renderApp(overrides: FakeHandlers = {}) {
  resetQueueStore();
  resetCaseStore();
  resetSessionStore();
  resetFirstRunStore();
  resetSyncStore();
  const fake = createFakeClient({ ...defaultHandlers(), ...overrides });
  setApiClient(fake.client);
  const time = createManualClock(NOW);
  const view = render(<App clock={time.clock} />);
  return { ...view, fake, time };
}

export function teardown(): void {
  cleanup();
  setApiClient(null);
}
