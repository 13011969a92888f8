import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import { memoryPrefs } from '../../../electron/core/prefs';
import { fixedClock } from '../../../shared/time/clock';
import { generateWorkspace } from '../../bench/generateWorkspace';
import { runCliCaptured } from '../../support/cliRun';
import { makeTempDir } from '../../support/tempDir';

const NOW = Date.parse('2026-03-09T16:00:00Z');

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
const cli = (...argv: string[]) => runCliCaptured([...argv, '--db', dbPath], { dbPath, now: NOW });

/** A workspace of `cases` generated cases (a few hundred kilobytes per hundred cases). */
async function makeWorkspace(cases: number): Promise<void> {
  const file = temp.path('workspace.json');
  writeFileSync(file, JSON.stringify(generateWorkspace({ cases, seed: 7, now: NOW })));
  const imported = await cli('import', file);
  expect(imported.code, imported.stderr).toBe(0);
}

/** What a copy of the workspace holds, read on its own connection. */
function contents(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      check: db.pragma('quick_check', { simple: true }),
      cases: count('SELECT count(*) FROM cases'),
      // The cases written during the backup: each came with its event and its queue item, in one transaction.
      written: count("SELECT count(*) FROM cases WHERE key LIKE 'W-%'"),
      writtenWithoutEvent: count("SELECT count(*) FROM cases c WHERE key LIKE 'W-%' AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id)"),
      writtenWithoutItem: count("SELECT count(*) FROM cases c WHERE key LIKE 'W-%' AND NOT EXISTS (SELECT 1 FROM work_items w WHERE w.id = 'case:' || c.id)"),
    };
  } finally {
    db.close();
  }
}

beforeEach(() => {
  temp = makeTempDir('shiftdesk-backup-');
  dbPath = temp.path('workspace.db');
});

afterEach(() => {
  // Tests make the workspace read-only: give the folder back before removing it.
  chmodSync(temp.dir, 0o755);
  if (existsSync(dbPath)) chmodSync(dbPath, 0o644);
  temp.cleanup();
});

describe('shiftdesk backup FILE', () => {
  it('copies the workspace while another program writes to it: the copy is whole, consistent and opens', { timeout: 60_000 }, async () => {
    await makeWorkspace(1500);
    const before = contents(dbPath).cases;
    // Another program on the workspace: each of its writes adds a case and its first event, in one transaction.
    const writer = createCore({ dbPath, clock: fixedClock(NOW), prefs: memoryPrefs(), alerts: false, watchExternalChanges: false });
    let backingUp = true;
    let writesDuringBackup = 0;
    let writes = 0;
    const writing = (async () => {
      for (let i = 0; backingUp; i++) {
        const content = JSON.stringify({
          format: 'shiftdesk-workspace',
          version: 1,
          cases: [{ id: `w${i}`, key: `W-${i}`, subject: 'Written during the backup', type: 'bug', status: 'new', priority: 'P3', channel: 'email', createdAt: '2026-03-09T15:00:00Z' }],
          events: [{ caseId: `w${i}`, at: '2026-03-09T15:00:00Z', kind: 'inbound', body: 'Hello' }],
        });
        const result = await writer.dispatch('workspace.import', { content });
        expect(result.ok).toBe(true);
        writes++;
        if (backingUp) writesDuringBackup++;
        await new Promise((done) => setImmediate(done));
      }
    })();

    const dest = temp.path('copy.db');
    const backup = await cli('backup', dest);
    backingUp = false;
    await writing;
    await writer.close();

    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/^Backed up .*workspace\.db to .*copy\.db \(\d+(\.\d)? (KB|MB)\)\.$/);
    expect(writesDuringBackup).toBeGreaterThan(0);
    const copy = contents(dest);
    expect(copy.check).toBe('ok');
    expect([copy.writtenWithoutEvent, copy.writtenWithoutItem]).toEqual([0, 0]);
    expect(copy.cases).toBe(before + copy.written);
    expect(contents(dbPath).cases).toBe(before + writes);
    // Nothing is left beside it but the copy.
    expect(readdirSync(temp.dir).filter((n) => n.startsWith('.copy'))).toEqual([]);

    // The copy is a workspace the command line opens like any other.
    const queue = await runCliCaptured(['queue', '--json', '--db', dest], { dbPath: dest, now: NOW });
    expect(queue.code, queue.stderr).toBe(0);
    expect((JSON.parse(queue.stdout) as { total: number }).total).toBeGreaterThan(0);
  });

  it('refuses without a FILE, and a FILE in a folder that does not exist or is not writable, as bad input', async () => {
    await makeWorkspace(5);
    const none = await cli('backup');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('backup: expected exactly one FILE');
    const nowhere = await cli('backup', temp.path('missing/copy.db'));
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain('does not exist');
    mkdirSync(temp.path('locked'), { mode: 0o555 });
    const locked = await cli('backup', temp.path('locked/copy.db'));
    expect(locked.code).toBe(2);
    expect(locked.stderr).toContain(`the folder ${temp.path('locked')} is not writable`);
    const itself = await cli('backup', dbPath);
    expect(itself.code).toBe(2);
    expect(itself.stderr).toContain('is the workspace itself');
  });
});

describe('a read-only workspace', () => {
  const small = {
    format: 'shiftdesk-workspace',
    version: 1,
    cases: [{ id: 'k9', key: 'C-9', subject: 'New one', type: 'bug', status: 'new', priority: 'P3', channel: 'email', createdAt: '2026-03-09T15:00:00Z' }],
  };

  for (const how of ['the file', 'the file and its folder'] as const) {
    it(`(${how} not writable): queue, export and backup work; a write is refused, saying the workspace is read-only`, { timeout: 30_000 }, async () => {
      await makeWorkspace(20);
      const exported = await cli('export');
      const file = temp.path('small.json');
      writeFileSync(file, JSON.stringify(small));
      mkdirSync(temp.path('out'));
      chmodSync(dbPath, 0o444);
      if (how === 'the file and its folder') chmodSync(temp.dir, 0o555);

      const queue = await cli('queue', '--json');
      expect(queue.code, queue.stderr).toBe(0);
      expect((JSON.parse(queue.stdout) as { total: number }).total).toBeGreaterThan(0);
      const again = await cli('export');
      expect(again.code, again.stderr).toBe(0);
      expect(again.stdout).toBe(exported.stdout);
      const backup = await cli('backup', temp.path('out/copy.db'));
      expect(backup.code, backup.stderr).toBe(0);

      const write = await cli('import', file);
      expect(write.code).toBe(1);
      expect(write.stderr).toContain(`This workspace is read-only (${dbPath})`);
      const rotate = await cli('intake-info', '--rotate');
      expect(rotate.code).toBe(1);
      expect(rotate.stderr).toContain('read-only');
      // Nothing was written: the export is as before.
      expect((await cli('export')).stdout).toBe(exported.stdout);
    });
  }

  it('that needs upgrading is refused with the reason (upgrading writes), untouched', async () => {
    await makeWorkspace(3);
    const db = new Database(dbPath);
    db.prepare('DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)').run();
    db.close();
    const bytes = readFileSync(dbPath);
    chmodSync(dbPath, 0o444);
    const queue = await cli('queue');
    expect(queue.code).toBe(1);
    expect(queue.stderr).toContain('made by an older Shiftdesk and needs upgrading');
    expect(queue.stderr).toContain('read-only');
    expect(readFileSync(dbPath).equals(bytes)).toBe(true);
  });
});

describe('a damaged workspace', () => {
  it('is refused with an error that names the latest backup and how to restore it; restore brings it back and keeps the damaged file', { timeout: 30_000 }, async () => {
    await makeWorkspace(10);
    const exported = await cli('export');
    mkdirSync(temp.path('backups'));
    // An older backup and the latest one.
    expect((await cli('backup', temp.path('backups/workspace-2026-03-07.db'))).code).toBe(0);
    expect((await cli('backup', temp.path('backups/workspace-2026-03-08.db'))).code).toBe(0);
    const garbage = Buffer.from('This is not a database at all, just some bytes a crash or a bad copy left here.'.repeat(200));
    writeFileSync(dbPath, garbage);

    const queue = await cli('queue');
    expect(queue.code).toBe(1);
    expect(queue.stderr).toContain(`The workspace ${dbPath} is damaged`);
    expect(queue.stderr).toContain(`The latest backup is of 2026-03-08 (${temp.path('backups/workspace-2026-03-08.db')})`);
    expect(queue.stderr).toContain(`shiftdesk restore --db ${dbPath}`);
    expect(readFileSync(dbPath).equals(garbage)).toBe(true);

    const restore = await cli('restore');
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/^Restored .*workspace\.db from .*workspace-2026-03-08\.db\. The workspace it replaced is kept as .*workspace\.db\.before-restore-20260309-160000\.$/);
    expect(readFileSync(`${dbPath}.before-restore-20260309-160000`).equals(garbage)).toBe(true);
    const after = await cli('export');
    expect(after.code, after.stderr).toBe(0);
    expect(after.stdout).toBe(exported.stdout);
    // The backups are as they were, nothing left beside them.
    expect(readdirSync(temp.path('backups')).sort()).toEqual(['workspace-2026-03-07.db', 'workspace-2026-03-08.db']);
  });

  it('without a backup, says so and where it looked', async () => {
    writeFileSync(dbPath, Buffer.alloc(8192, 7));
    const queue = await cli('queue');
    expect(queue.code).toBe(1);
    expect(queue.stderr).toContain('is damaged');
    expect(queue.stderr).toContain(`No backup of it was found in ${temp.path('backups')}`);
    const restore = await cli('restore');
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain('no backup of');
  });

  it('restore refuses a damaged backup and leaves the workspace as it was', async () => {
    await makeWorkspace(3);
    const bytes = readFileSync(dbPath);
    const bad = temp.path('bad.db');
    writeFileSync(bad, Buffer.alloc(8192, 1));
    const restore = await cli('restore', bad);
    expect(restore.code).toBe(2);
    expect(restore.stderr).toContain(`cannot restore ${bad}: it is damaged too`);
    expect(readFileSync(dbPath).equals(bytes)).toBe(true);
  });
});

describe('restore while the app has the workspace open', () => {
  it('is refused: quit the app first', async () => {
    await makeWorkspace(3);
    mkdirSync(temp.path('backups'));
    expect((await cli('backup', temp.path('backups/workspace-2026-03-08.db'))).code).toBe(0);
    // Browser mode of another (live) process holds the workspace: this test's parent process stands in for it.
    writeFileSync(`${dbPath}.lock`, JSON.stringify({ pid: process.ppid, kind: 'browser' }));
    const restore = await cli('restore');
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain(`is open in browser mode (process ${process.ppid}): quit it first`);
  });
});
