import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAVED_FILTERS_MAX } from '../../../shared/contract/index';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

let t: TestCore;
beforeEach(async () => {
  t = openTestCore({ alerts: false });
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  await t.core.settled();
  t.changes.length = 0;
});
afterEach(() => t.cleanup());

describe('saved filters', () => {
  it('saves a filter under a name for me, tidied, and lists mine by name', async () => {
    const saved = await t.call('filters.save', { name: '  Acme email ', filter: { channel: ['email', 'email'], priority: [], text: '  log in ' } });
    expect(saved).toEqual({ name: 'Acme email', filter: { channel: ['email'], text: 'log in' }, savedAt: '2026-03-02T14:00:00Z' });
    expect(t.changes).toEqual([['filters']]);
    await t.call('filters.save', { name: 'billing', filter: { label: ['billing'] } });
    await t.call('filters.save', { name: 'Calls', filter: { channel: ['phone'] } });
    expect((await t.call('filters.list')).map((f) => f.name)).toEqual(['Acme email', 'billing', 'Calls']);
  });

  it('gives back exactly what queue.list accepts', async () => {
    const { filter } = await t.call('filters.save', { name: 'Acme', filter: { organizationId: ['o1'], text: 'log' } });
    expect((await t.call('queue.list', { filter })).items.map((i) => i.key)).toEqual(['C-1001']);
  });

  it('keeps each agent\'s own filters, also on another device of the same workspace', async () => {
    await t.call('filters.save', { name: 'Mine', filter: { channel: ['email'] } });
    await t.call('session.setAgent', { agentId: 'a2' });
    expect(await t.call('filters.list')).toEqual([]);
    await t.call('filters.save', { name: 'Mine', filter: { channel: ['phone'] } });
    const other = openTestCore({ clock: t.clock, dbPath: t.dbPath, alerts: false, watchExternalChanges: false });
    try {
      expect((await other.call('filters.list')).map((f) => [f.name, f.filter])).toEqual([['Mine', { channel: ['email'] }]]);
      await other.call('session.setAgent', { agentId: 'a2' });
      expect((await other.call('filters.list')).map((f) => [f.name, f.filter])).toEqual([['Mine', { channel: ['phone'] }]]);
    } finally {
      other.cleanup();
    }
  });

  it('replaces a filter saved under the same name, ignoring case', async () => {
    await t.call('filters.save', { name: 'Urgent', filter: { priority: ['P1'] } });
    t.clock.advance(60_000);
    await t.call('filters.save', { name: 'URGENT', filter: { priority: ['P1', 'P2'] } });
    expect(await t.call('filters.list')).toEqual([{ name: 'URGENT', filter: { priority: ['P1', 'P2'] }, savedAt: '2026-03-02T14:01:00Z' }]);
  });

  it('removes one by name (ignoring case), and says so when there is none', async () => {
    await t.call('filters.save', { name: 'Urgent', filter: { priority: ['P1'] } });
    await t.core.settled();
    t.changes.length = 0;
    expect(await t.call('filters.remove', { name: 'urgent' })).toEqual({ removed: true });
    expect(t.changes).toEqual([['filters']]);
    expect(await t.call('filters.list')).toEqual([]);
    expect(await t.core.dispatch('filters.remove', { name: 'Urgent' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'You have no saved filter named "Urgent"' },
    });
  });

  it('refuses a blank name, a bad filter, and more than the most saved filters', async () => {
    const blank = await t.core.dispatch('filters.save', { name: '   ', filter: {} });
    expect(blank.ok ? null : blank.error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('a saved filter needs a name') });
    const bad = await t.core.dispatch('filters.save', { name: 'x', filter: { priority: ['P9'] } });
    expect(bad.ok ? null : bad.error.code).toBe('invalid_input');
    for (let i = 0; i < SAVED_FILTERS_MAX; i++) await t.call('filters.save', { name: `f${i}`, filter: {} });
    const over = await t.core.dispatch('filters.save', { name: 'one more', filter: {} });
    expect(over).toEqual({ ok: false, error: { code: 'conflict', message: `You have ${SAVED_FILTERS_MAX} saved filters, the most there can be: remove one first` } });
    // Replacing one still works at the limit.
    expect((await t.call('filters.save', { name: 'F0', filter: { channel: ['chat'] } })).name).toBe('F0');
    expect(await t.call('filters.list')).toHaveLength(SAVED_FILTERS_MAX);
  });

  it('needs to know who I am', async () => {
    const empty = openTestCore({ alerts: false });
    try {
      const result = await empty.core.dispatch('filters.list', {});
      expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'Choose who you are first: saved filters are kept per agent' } });
    } finally {
      empty.cleanup();
    }
  });
});
