import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { PENDING_SPLITS_SQL } from '../../../electron/core/db/repositories/splitApprovals';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/**
 * The team board's *Splits waiting for your approval* (docs/roles.md "Splits"): an agent's split is
 * listed for the lead, oldest first, until a lead approves it. The workspace: a1 Agent One (agent), a2
 * Agent Two (lead); C-1001 (k1) is a1's, C-999 (k2) unassigned. The clock starts at 14:00 UTC.
 */
const opened: TestCore[] = [];
async function workspace(as = 'a1'): Promise<TestCore> {
  const t = openTestCore({ alerts: false, sweep: false });
  opened.push(t);
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  await t.call('session.setAgent', { agentId: as });
  return t;
}
afterEach(() => {
  for (const t of opened.splice(0)) t.cleanup();
});
const waiting = async (t: TestCore) => (await t.call('team.board', {})).splitsWaiting;

describe('splits waiting on the team board', () => {
  it("lists an agent's splits oldest first, with who asked and when; an approved one leaves the list", async () => {
    const t = await workspace('a1');
    const first = (await t.call('cases.split', { id: 'k1', type: 'request_for_service', subject: 'How do I add a user?' })).case;
    t.clock.advanceTo(Date.parse('2026-03-02T15:30:00Z'));
    const second = (await t.call('cases.split', { id: 'k2', type: 'bug', subject: 'Export button does nothing' })).case;

    await t.call('session.setAgent', { agentId: 'a2' });
    expect(await waiting(t)).toEqual([
      { id: first.id, key: first.key, subject: 'How do I add a user?', requestedBy: 'a1', requestedByName: 'Agent One', requestedAt: '2026-03-02T14:00:00Z', fromId: 'k1', fromKey: 'C-1001' },
      { id: second.id, key: second.key, subject: 'Export button does nothing', requestedBy: 'a1', requestedByName: 'Agent One', requestedAt: '2026-03-02T15:30:00Z', fromId: 'k2', fromKey: 'C-999' },
    ]);

    await t.call('cases.approveSplit', { id: first.id, note: 'Separate product area, fine.' });
    expect((await waiting(t)).map((s) => s.key)).toEqual([second.key]);
  });

  it("a lead's own split and a 'needs config' case never wait", async () => {
    const t = await workspace('a2');
    await t.call('cases.split', { id: 'k1', type: 'request_for_service', subject: 'Lead split' });
    await t.call('cases.split', { id: 'k2', type: 'request_for_service', subject: 'Configure the invoice template', as: 'needs_config' });
    expect(await waiting(t)).toEqual([]);
  });

  it('reads the waiting splits through their partial index, never a scan of every case', async () => {
    const t = await workspace('a1');
    await t.core.close();
    const db = new Database(t.dbPath, { readonly: true });
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${PENDING_SPLITS_SQL}`).all(50) as { detail: string }[]).map((p) => p.detail).join(' | ');
    db.close();
    expect(plan).toMatch(/^SCAN cases USING INDEX cases_split_pending/);
    expect(plan).not.toContain('TEMP B-TREE');
  });
});
