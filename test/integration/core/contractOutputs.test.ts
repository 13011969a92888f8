import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAME_LIST, methods, type MethodName } from '../../../shared/contract/index';
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
    const result = await core.core.dispatch(name, PAYLOADS[name]);
    if (core !== t) core.cleanup();
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    const parsed = methods[name].output.safeParse(result.value);
    expect(parsed.success ? 'matches the contract' : parsed.error.message).toBe('matches the contract');
  });
});
