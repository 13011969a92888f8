import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { DEFAULT_RT_MAPPING, type RtMapping, type SyncConnection } from '../../../shared/contract/sync';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/**
 * The help desk's field mapping (`sync.setMapping`, docs/sync.md "The field mapping"), without a help
 * desk: connected to a loopback port nothing listens on, the engine not scheduled (no pass runs), the
 * pull cursor written as a pass would have left it.
 */
const CLOSED_PORT = 'http://127.0.0.1:9';

let t: TestCore;
beforeEach(async () => {
  t = openTestCore({ sync: false });
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  await t.call('session.setAgent', { agentId: 'a2' }); // the lead
});
afterEach(() => t.cleanup());

/** The stored settings as the engine reads them. */
function stored(): { connection: SyncConnection | null; state: { cursor: string | null } | null } {
  const db = new Database(t.dbPath, { readonly: true });
  try {
    const get = (key: string) => {
      const v = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
      return v === undefined ? null : JSON.parse(v);
    };
    return { connection: get('sync_connection'), state: get('sync_state') };
  } finally {
    db.close();
  }
}

async function connectWithCursor(cursor: string) {
  await t.call('sync.connect', { url: CLOSED_PORT, queues: ['Support'], token: 'test-token' });
  const db = new Database(t.dbPath);
  db.prepare("UPDATE settings SET value = json_set(value, '$.cursor', ?, '$.lastPullAt', 1000) WHERE key = 'sync_state'").run(cursor);
  db.close();
  expect(stored().state?.cursor).toBe(cursor);
}

const edited: RtMapping = {
  ...DEFAULT_RT_MAPPING,
  statusToRt: { ...DEFAULT_RT_MAPPING.statusToRt, pending_product: ' waiting-on-product ' },
  statusFromRt: { ...DEFAULT_RT_MAPPING.statusFromRt, 'waiting-on-product': 'pending_product' },
  typeField: null,
  priorityToRt: { P1: 100, P2: 80, P3: 60, P4: 40, P5: 20, P6: 1 },
  people: { ' jpike ': 'a2' },
};

const refusal = async (mapping: RtMapping) => {
  const result = await t.core.dispatch('sync.setMapping', { mapping });
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

describe('sync.setMapping', () => {
  it("lets a lead replace the connection's mapping: only the mapping changes, the pull cursor stays, recorded", async () => {
    await connectWithCursor('2026-03-02T12:00:00Z#41');
    const before = stored().connection!;
    const status = await t.call('sync.setMapping', { mapping: edited });

    const after = stored().connection!;
    expect(after.mapping).toEqual({ ...edited, statusToRt: { ...edited.statusToRt, pending_product: 'waiting-on-product' }, people: { jpike: 'a2' } });
    expect({ ...after, mapping: null }).toEqual({ ...before, mapping: null });
    expect(stored().state?.cursor).toBe('2026-03-02T12:00:00Z#41');
    expect(status.connection?.mapping).toEqual(after.mapping);
    expect(t.changes.at(-1)).toContain('sync');

    const { entries } = await t.call('audit.list', {});
    expect(entries[0]).toMatchObject({ by: 'a2', action: 'sync.mapping', detail: { changed: ['statusToRt', 'statusFromRt', 'typeField', 'priorityToRt', 'people'], defaults: false } });

    // Reset to defaults: the renderer sends DEFAULT_RT_MAPPING.
    await t.call('sync.setMapping', { mapping: DEFAULT_RT_MAPPING });
    expect(stored().connection!.mapping).toEqual(DEFAULT_RT_MAPPING);
    expect(stored().state?.cursor).toBe('2026-03-02T12:00:00Z#41');
    expect((await t.call('audit.list', {})).entries[0]).toMatchObject({ action: 'sync.mapping', detail: { defaults: true } });
  });

  it('refuses an agent, and stores nothing', async () => {
    await connectWithCursor('c1');
    await t.call('session.setAgent', { agentId: 'a1' });
    const error = await refusal(edited);
    expect(error.code).toBe('forbidden');
    expect(error.message).toBe('sync.setMapping: only a lead may do this (Agent One is an agent)');
    expect(stored().connection!.mapping).toEqual(DEFAULT_RT_MAPPING);
  });

  it('refuses priorities that do not go strictly down from P1 to P6, naming the field; nothing stored', async () => {
    await connectWithCursor('c1');
    const error = await refusal({ ...edited, priorityToRt: { P1: 90, P2: 70, P3: 70, P4: 30, P5: 10, P6: 0 } });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^sync\.setMapping: mapping\.priorityToRt\.P3: 70 must be lower than P2's 70/);
    expect(stored().connection!.mapping).toEqual(DEFAULT_RT_MAPPING);
    expect((await t.call('audit.list', {})).entries.some((e) => e.action === 'sync.mapping')).toBe(false);
  });

  it('refuses people naming no agent, and one custom field used twice, naming the field', async () => {
    await connectWithCursor('c1');
    expect((await refusal({ ...edited, people: { jpike: 'a99' } })).message).toBe('sync.setMapping: mapping.people.jpike: no agent a99 in this workspace');
    expect((await refusal({ ...edited, typeField: 'Shiftdesk Status' })).message).toMatch(/^sync\.setMapping: mapping\.typeField: "Shiftdesk Status" is already the statusField/);
    expect((await refusal({ ...edited, statusToRt: { ...edited.statusToRt, new: '  ' } })).message).toBe('sync.setMapping: mapping.statusToRt.new: give the RT status it is sent as');
    expect(stored().connection!.mapping).toEqual(DEFAULT_RT_MAPPING);
  });

  it('refuses when not connected, saying so', async () => {
    const error = await refusal(edited);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^sync\.setMapping: not connected/);
    expect(stored().connection).toBeNull();
  });
});
