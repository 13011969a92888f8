import { afterEach, describe, expect, it } from 'vitest';
import { memoryPrefs } from '../../../electron/core/prefs';
import type { ChangeTopic } from '../../../shared/contract/events';
import type { OpenTarget } from '../../../shared/contract/models';
import { alertWorkspace, T0 } from '../../support/alertWorkspace';
import { createFakeClock } from '../../support/fakeClock';
import { openTestCore, type TestCore } from '../../support/testCore';

/**
 * `queue.atRisk` (the window title, tray and dock badge) and `queue.openItem` (the tray's list),
 * on the alert workspace: C-1 (a1, P1) turns warning at T0+45 min and breaches at T0+1 h; C-2
 * (a1, P3) turns warning at T0+1.5 h; C-3 is unassigned and C-4 is a2's (never a1's count).
 */
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const C1_WARNING = T0 + 45 * MINUTE + 10 * SECOND;
const C1_DEADLINE = T0 + HOUR + 10 * SECOND;
const C2_WARNING = T0 + 90 * MINUTE + 10 * SECOND;

let t: TestCore;
afterEach(() => t.cleanup());

async function start(cases = 4) {
  const clock = createFakeClock(T0);
  t = openTestCore({ clock, prefs: memoryPrefs() });
  await t.call('workspace.import', { content: JSON.stringify(alertWorkspace(cases)) });
  await t.call('session.setAgent', { agentId: 'a1' });
  return clock;
}

const summary = async (limit?: number) => {
  const { count, top } = await t.call('queue.atRisk', limit === undefined ? {} : { limit });
  return { count, top: top.map((i) => `${i.key} ${i.sla?.state}`) };
};

describe('queue.atRisk: My queue items in warning or breached', () => {
  it('counts nothing while every timer is ok, then each item from its warning instant on', async () => {
    const clock = await start();
    expect(await summary()).toEqual({ count: 0, top: [] });

    clock.advanceTo(C1_WARNING - 1);
    expect((await summary()).count).toBe(0);
    clock.advanceTo(C1_WARNING);
    expect(await summary()).toEqual({ count: 1, top: ['C-1 warning'] });
    clock.advanceTo(C1_DEADLINE);
    expect(await summary()).toEqual({ count: 1, top: ['C-1 breached'] });
    clock.advanceTo(C2_WARNING);
    expect(await summary()).toEqual({ count: 2, top: ['C-1 breached', 'C-2 warning'] });
  });

  it('counts only my items: not the unassigned one, not a colleague’s', async () => {
    const clock = await start();
    clock.advance(3 * HOUR);
    const { count, top } = await t.call('queue.atRisk', {});
    expect(count).toBe(2);
    expect(top.every((i) => i.assigneeId === 'a1')).toBe(true);

    await t.call('session.setAgent', { agentId: 'a2' });
    expect(await summary()).toEqual({ count: 1, top: ['C-4 breached'] });
  });

  it('lists the first three in queue order and counts all of them', async () => {
    const clock = await start(8);
    clock.advance(3 * HOUR);
    const { count, top } = await t.call('queue.atRisk', {});
    expect(count).toBe(6);
    expect(top).toHaveLength(3);
    const mine = await t.call('queue.list', { view: 'my', limit: 100 });
    expect(top.map((i) => i.id)).toEqual(mine.items.filter((i) => i.sla && i.sla.state !== 'ok').slice(0, 3).map((i) => i.id));
    expect((await summary(0)).top).toEqual([]);
    expect((await summary(10)).top).toHaveLength(6);
  });

  it('a `changed` event with `alerts` comes at the very instant one of my items turns warning or breached', async () => {
    const clock = await start();
    const at: { now: number; topics: ChangeTopic[] }[] = [];
    t.core.on('changed', ({ topics }) => at.push({ now: clock.now(), topics }));
    // The event follows the commit at once (the next turn of the event loop), still at that instant.
    for (const instant of [C1_WARNING, C1_DEADLINE, C2_WARNING].sort((a, b) => a - b)) {
      clock.advanceTo(instant);
      await t.core.settled();
      expect(at.filter((c) => c.topics.includes('alerts')).at(-1)?.now).toBe(instant);
    }
  });

  it('is empty without agents (no My queue)', async () => {
    t = openTestCore({ clock: createFakeClock(T0), prefs: memoryPrefs() });
    expect(await summary()).toEqual({ count: 0, top: [] });
  });
});

describe('queue.openItem: the tray opens an item as a notification click does', () => {
  it('sends `open` with the item as it is now', async () => {
    const clock = await start();
    clock.advanceTo(C1_WARNING);
    const opened: OpenTarget[] = [];
    t.core.on('open', (target) => opened.push(target));
    const target = await t.call('queue.openItem', { id: 'case:k1' });
    expect(target).toMatchObject({ kind: 'item', item: { key: 'C-1', sla: { state: 'warning' } } });
    expect(opened).toEqual([target]);
  });

  it('opens the case when its item has left the queue, and refuses an unknown id', async () => {
    await start();
    const opened: OpenTarget[] = [];
    t.core.on('open', (target) => opened.push(target));
    // C-4 closed by a re-import: no work item any more, but the case exists.
    await t.call('workspace.import', { content: JSON.stringify({ ...alertWorkspace(), cases: alertWorkspace().cases.map((c) => (c.id === 'k4' ? { ...c, status: 'closed' } : c)) }) });
    expect(await t.call('queue.openItem', { id: 'case:k4' })).toEqual({ kind: 'case', caseId: 'k4', key: 'C-4' });
    const unknown = await t.core.dispatch('queue.openItem', { id: 'case:nope' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(opened).toEqual([{ kind: 'case', caseId: 'k4', key: 'C-4' }]);
  });
});
