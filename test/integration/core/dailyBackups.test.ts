import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '../../../shared/time/instant';
import { alertWorkspace } from '../../support/alertWorkspace';
import { openTestCore, type TestCore } from '../../support/testCore';

let t: TestCore | null = null;
afterEach(() => {
  t?.cleanup();
  t = null;
});

/** The app's core on a workspace whose calendar is Chicago's, with daily backups on (the fake clock starts Monday 2026-03-02 08:00 there). */
async function appCore(): Promise<TestCore> {
  t = openTestCore({ backups: true, alerts: false, watchExternalChanges: false });
  await t.call('workspace.import', { content: JSON.stringify(alertWorkspace()) });
  return t;
}

const backups = (core: TestCore) => readdirSync(join(core.dbPath, '..', 'backups')).sort();

describe('daily backups', () => {
  it('makes one a minute after start, at most one per local day, and keeps the 7 newest of 8 days', { timeout: 30_000 }, async () => {
    const core = await appCore();
    core.clock.advance(MINUTE);
    await core.core.backupsIdle();
    expect(backups(core)).toEqual(['workspace-2026-03-02.db']);
    const first = statSync(join(core.dbPath, '..', 'backups', 'workspace-2026-03-02.db')).mtimeMs;

    // The rest of the day: the hourly check finds today's backup made.
    for (let h = 0; h < 15; h++) {
      core.clock.advance(HOUR);
      await core.core.backupsIdle();
    }
    expect(backups(core)).toEqual(['workspace-2026-03-02.db']);
    expect(statSync(join(core.dbPath, '..', 'backups', 'workspace-2026-03-02.db')).mtimeMs).toBe(first);

    // Seven more days, each a backup; the oldest goes.
    for (let d = 0; d < 7; d++) {
      core.clock.advance(DAY);
      await core.core.backupsIdle();
    }
    expect(backups(core)).toEqual([
      'workspace-2026-03-03.db',
      'workspace-2026-03-04.db',
      'workspace-2026-03-05.db',
      'workspace-2026-03-06.db',
      'workspace-2026-03-07.db',
      'workspace-2026-03-08.db',
      'workspace-2026-03-09.db',
    ]);
  });

  it('a backup is the whole workspace, and opens', { timeout: 30_000 }, async () => {
    const core = await appCore();
    core.clock.advance(MINUTE);
    await core.core.backupsIdle();
    const copy = new Database(join(core.dbPath, '..', 'backups', 'workspace-2026-03-02.db'), { readonly: true });
    try {
      expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT key FROM cases ORDER BY key').pluck().all()).toEqual(['C-1', 'C-2', 'C-3', 'C-4']);
    } finally {
      copy.close();
    }
  });

  it('closing the core while a backup is being made leaves no half file', { timeout: 30_000 }, async () => {
    const core = await appCore();
    core.clock.advance(MINUTE);
    await core.core.close();
    expect(backups(core).filter((n) => !n.endsWith('.db') || n.startsWith('.'))).toEqual([]);
  });
});
