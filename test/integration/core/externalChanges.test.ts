import { afterEach, describe, expect, it } from 'vitest';
import { CHANGE_TOPICS } from '../../../shared/contract/events';
import { createFakeClock } from '../../support/fakeClock';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

const opened: TestCore[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.cleanup();
});

describe('two cores on the same file (a window and the CLI)', () => {
  it('a write through one shows up as a changed event in the other once its poll runs', async () => {
    const clock = createFakeClock();
    const window = openTestCore({ clock });
    opened.push(window);
    const cli = openTestCore({ clock, dbPath: window.dbPath, watchExternalChanges: false });
    opened.push(cli);

    await cli.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
    await window.core.settled();
    expect(window.changes).toEqual([]);

    clock.advance(499);
    await window.core.settled();
    expect(window.changes).toEqual([]);
    clock.advance(1);
    await window.core.settled();
    expect(window.changes).toEqual([[...CHANGE_TOPICS]]);
    expect((await window.call('queue.counts')).all).toBe(4);

    clock.advance(5000);
    await window.core.settled();
    expect(window.changes).toHaveLength(1);
  });

  it('does not announce its own writes twice', async () => {
    const clock = createFakeClock();
    const t = openTestCore({ clock, externalChangePollMs: 100 });
    opened.push(t);
    await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
    clock.advance(1000);
    await t.core.settled();
    expect(t.changes).toHaveLength(1);
  });

  it('stops polling when closed or when watching is off', () => {
    const clock = createFakeClock();
    const off = openTestCore({ clock, watchExternalChanges: false, alerts: false });
    opened.push(off);
    expect(clock.pendingTimers()).toBe(0);
    const on = openTestCore({ clock, alerts: false });
    expect(clock.pendingTimers()).toBe(1);
    on.cleanup();
    expect(clock.pendingTimers()).toBe(0);
  });
});
