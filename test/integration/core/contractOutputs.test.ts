import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAME_LIST, methods, type MethodName } from '../../../shared/contract/index';
import { DEFAULT_SLA_POLICY } from '../../../shared/sla/policy';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/** One valid payload per method: every method of the contract must be listed here. */
const PAYLOADS: Record<MethodName, unknown> = {
  'workspace.status': {},
  'workspace.loadSample': {},
  'workspace.startEmpty': {},
  'workspace.import': { content: JSON.stringify(smallWorkspace()) },
  'workspace.export': {},
  'queue.list': { view: 'all' },
  'queue.counts': {},
  'cases.get': { id: 'k1' },
  'agents.list': {},
  'agents.setStatus': { agentId: 'a2', status: 'unavailable' },
  'session.get': {},
  'session.setAgent': { agentId: 'a2' },
  'cases.markNoReplyNeeded': { id: 'k1', note: 'customer said thanks' },
  'alerts.list': {},
  'alerts.markRead': {},
  'alerts.open': { ids: [] },
  'settings.getSla': {},
  'settings.setSla': { policy: DEFAULT_SLA_POLICY, calendar: { timeZone: 'Europe/Berlin', week: { mon: [['08:00', '16:00']] } } },
};

/** What a method needs in place first (a lead's session for settings, a fired alert to open); may return the payload to use. */
const prepare: Partial<Record<MethodName, () => Promise<unknown>>> = {
  'settings.setSla': async () => {
    await t.call('session.setAgent', { agentId: 'a2' });
  },
  'alerts.open': async () => {
    t.clock.advance(3 * 24 * 3600_000);
    const { alerts } = await t.call('alerts.list');
    expect(alerts.length).toBeGreaterThan(0);
    return { ids: [alerts[0]!.id] };
  },
};

let t: TestCore;
beforeEach(async () => {
  t = openTestCore();
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
});
afterEach(() => t.cleanup());

describe('every handler answers in the shape the contract declares', () => {
  it.each(METHOD_NAME_LIST)('%s', async (name) => {
    // The sample shift goes into an empty workspace (its case keys would clash with the fixture's).
    const core = name === 'workspace.loadSample' ? openTestCore() : t;
    const payload = (await prepare[name]?.()) ?? PAYLOADS[name];
    const result = await core.core.dispatch(name, payload);
    if (core !== t) core.cleanup();
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    const parsed = methods[name].output.safeParse(result.value);
    expect(parsed.success ? 'matches the contract' : parsed.error.message).toBe('matches the contract');
  });
});
