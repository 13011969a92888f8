import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupWorkspace } from '../../electron/core/backup/backupWorkspace';
import { createCore } from '../../electron/core/createCore';
import { memoryPrefs } from '../../electron/core/prefs';
import { openWorkspace } from '../../electron/main/openWorkspace';
import { fixedClock } from '../../shared/time/clock';
import { alertWorkspace } from '../support/alertWorkspace';
import { bootMainProcess, quitMainProcess } from '../support/mainProcess';

const NOW = Date.parse('2026-03-09T16:00:00Z');
const GARBAGE = Buffer.from('not a database: what a crash half-way through a copy left behind\n'.repeat(100));
const dirs: string[] = [];

afterEach(() => quitMainProcess(dirs));

/** A data folder whose workspace.db is damaged, with the daily backup of 2026-03-08 beside it (holding the alert workspace). */
async function damagedDataFolder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'shiftdesk-damaged-'));
  dirs.push(dir);
  const dbPath = join(dir, 'workspace.db');
  const core = createCore({ dbPath, clock: fixedClock(NOW), prefs: memoryPrefs(), alerts: false, watchExternalChanges: false });
  const imported = await core.dispatch('workspace.import', { content: JSON.stringify(alertWorkspace()) });
  expect(imported.ok).toBe(true);
  await core.close();
  mkdirSync(join(dir, 'backups'));
  await backupWorkspace(dbPath, join(dir, 'backups', 'workspace-2026-03-08.db'));
  writeFileSync(dbPath, GARBAGE);
  return dir;
}

const open = (dbPath: string, dialog: Parameters<typeof openWorkspace>[0]['dialog']) =>
  openWorkspace({ dbPath, dialog, clock: fixedClock(NOW), create: () => createCore({ dbPath, clock: fixedClock(NOW), prefs: memoryPrefs(), alerts: false }) });

describe('the desktop app on a damaged workspace', () => {
  it('offers "Restore the backup of March 8, 2026"; chosen, the app opens on the backup, the damaged file kept beside it', async () => {
    const dataDir = await damagedDataFolder();
    const mock = await bootMainProcess({ dataDir });
    await vi.waitFor(() => expect(mock.BrowserWindow.getAllWindows()).toHaveLength(1), { timeout: 10_000 });

    expect(mock.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    const options = mock.dialog.showMessageBox.mock.lastCall![0];
    expect(options.message).toBe('The workspace is damaged and cannot be opened.');
    expect(options.buttons).toEqual(['Restore the backup of March 8, 2026', 'Quit']);
    expect(options.detail).toContain(`The workspace ${join(dataDir, 'workspace.db')} is damaged`);
    expect(mock.app.exit).not.toHaveBeenCalled();

    const [win] = mock.BrowserWindow.getAllWindows();
    const list = (await mock.ipcMain.invoke('queue.list', { url: win!.webContents.url }, { view: 'all', limit: 10 })) as { ok: boolean; value: { total: number } };
    expect(list).toMatchObject({ ok: true, value: { total: 4 } });
    const kept = readdirSync(dataDir).filter((n) => /^workspace\.db\.before-restore-\d{8}-\d{6}$/.test(n));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dataDir, kept[0]!)).equals(GARBAGE)).toBe(true);
  });

  it('"Quit" leaves the damaged file as it was and opens nothing', async () => {
    const dir = await damagedDataFolder();
    const dialog = { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })) };
    expect(await open(join(dir, 'workspace.db'), dialog)).toBeNull();
    expect(readFileSync(join(dir, 'workspace.db')).equals(GARBAGE)).toBe(true);
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('without a backup, says so in the error box', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shiftdesk-damaged-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'workspace.db'), GARBAGE);
    const dialog = { showErrorBox: vi.fn(), showMessageBox: vi.fn() };
    expect(await open(join(dir, 'workspace.db'), dialog)).toBeNull();
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
    expect(dialog.showErrorBox.mock.lastCall).toEqual(['Shiftdesk cannot open its workspace', expect.stringContaining('No backup of it was found')]);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });
});
