import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { workspaceLockPath } from '../../electron/core/instanceLock';
import { browserModeAddress, workspaceHeldDialog } from '../../electron/main/workspaceLock';
import { bootMainProcess, quitMainProcess, type ElectronMock } from '../support/mainProcess';

/**
 * One app instance per workspace, on the desktop's side (electron/main/workspaceLock.ts, step 3b of
 * index.ts): with browser mode on the workspace the desktop says where, offers its address, and
 * quits before opening anything; otherwise it holds the lock until it quits. docs/desktop.md, D20.
 */
const dataDirs: string[] = [];
const URL_OF_BROWSER_MODE = 'http://127.0.0.1:45678/?token=abc123';

/** Boots the main process on `dataDir` (fresh modules, so a fresh mock). */
const boot = (dataDir: string, setup?: (mock: ElectronMock) => void): Promise<ElectronMock> =>
  bootMainProcess({ dataDir, env: { SHIFTDESK_INTAKE_PORT: 'off' }, ...(setup && { setup }) });

function dataDirWithLock(holder: object | null): { dir: string; lock: string } {
  const dir = mkdtempSync(join(tmpdir(), 'shiftdesk-main-lock-'));
  dataDirs.push(dir);
  const lock = workspaceLockPath(join(dir, 'workspace.db'));
  if (holder) writeFileSync(lock, JSON.stringify(holder), { mode: 0o600 });
  return { dir, lock };
}

afterEach(() => quitMainProcess(dataDirs));

describe('desktop start-up with browser mode on the workspace', () => {
  // This test process plays browser mode: its pid is alive.
  const browserMode = { pid: process.pid, kind: 'browser', url: URL_OF_BROWSER_MODE };

  it('says the workspace is open in browser mode and where, opens that address when asked, and quits without opening anything', async () => {
    const { dir, lock } = dataDirWithLock(browserMode);
    const before = readFileSync(lock, 'utf8');
    const mock = await boot(dir);
    await vi.waitFor(() => expect(mock.app.quit).toHaveBeenCalled());

    expect(mock.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    const options = mock.dialog.showMessageBox.mock.lastCall![0];
    expect(options.message).toBe('This workspace is open in browser mode');
    expect(options.detail).toContain(`at ${URL_OF_BROWSER_MODE}`);
    expect(options.detail).toContain(`process ${process.pid}`);
    expect(options.buttons).toEqual(['Open in browser', 'Quit']);
    expect(mock.shell.openExternal).toHaveBeenCalledWith(URL_OF_BROWSER_MODE);

    // Nothing of the app started: no window, no IPC, no core (no database), the lock untouched.
    expect(mock.BrowserWindow.getAllWindows()).toHaveLength(0);
    expect(mock.ipcMain.channels()).toEqual([]);
    expect(existsSync(join(dir, 'workspace.db'))).toBe(false);
    expect(readFileSync(lock, 'utf8')).toBe(before);
    expect(mock.app.requestSingleInstanceLock.mock.invocationCallOrder[0]).toBeLessThan(mock.dialog.showMessageBox.mock.invocationCallOrder[0]!);
  });

  it('"Quit" opens nothing', async () => {
    const { dir } = dataDirWithLock(browserMode);
    const mock = await boot(dir, (m) => m.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false }));
    await vi.waitFor(() => expect(mock.app.quit).toHaveBeenCalled());
    expect(mock.shell.openExternal).not.toHaveBeenCalled();
    expect(mock.BrowserWindow.getAllWindows()).toHaveLength(0);
  });

  it('browser mode still starting (no address yet): it says so, with Quit only', async () => {
    const { dir } = dataDirWithLock({ pid: process.pid, kind: 'browser' });
    const mock = await boot(dir);
    await vi.waitFor(() => expect(mock.app.quit).toHaveBeenCalled());
    expect(mock.dialog.showMessageBox.mock.lastCall![0]).toMatchObject({ buttons: ['Quit'], detail: expect.stringContaining('at the address printed where it was started') });
    expect(mock.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('desktop start-up on a free workspace', () => {
  it('holds the workspace while it runs, and gives it up when it quits', async () => {
    const { dir, lock } = dataDirWithLock(null);
    const mock = await boot(dir);
    expect(mock.BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid, kind: 'desktop' });
    expect(mock.dialog.showMessageBox).not.toHaveBeenCalled();
    mock.app.emit('will-quit');
    expect(existsSync(lock)).toBe(false);
  });

  it('a lock left by an app that ended is taken over', async () => {
    const ended = spawnSync(process.execPath, ['-e', '']).pid!;
    const { dir, lock } = dataDirWithLock({ pid: ended, kind: 'browser', url: URL_OF_BROWSER_MODE });
    const mock = await boot(dir);
    expect(mock.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(mock.BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid, kind: 'desktop' });
  });
});

describe('the dialog and the address it may open', () => {
  it('opens only browser mode\'s own loopback address', () => {
    expect(browserModeAddress(URL_OF_BROWSER_MODE)).toBe(URL_OF_BROWSER_MODE);
    for (const url of [
      undefined,
      'not a url',
      'https://127.0.0.1:45678/?token=x', // browser mode is plain http on loopback
      'http://evil.example.com:45678/?token=x',
      'http://localhost.evil.example.com:45678/',
      'http://user:pw@127.0.0.1:45678/',
      'http://127.0.0.1/',
      'http://127.0.0.1:45678/other/path',
      'file:///etc/passwd',
      'javascript:alert(1)',
    ]) {
      expect(browserModeAddress(url), String(url)).toBeNull();
    }
  });

  it('a lock naming any other address offers nothing to open', () => {
    const { options, openUrl } = workspaceHeldDialog({ pid: 4242, kind: 'browser', url: 'http://evil.example.com/' }, '/data/workspace.db');
    expect(openUrl).toBeNull();
    expect(options.buttons).toEqual(['Quit']);
    expect(options.detail).not.toContain('evil');
  });

  it('another desktop on the workspace (the single-instance lock missed it): it says so', () => {
    const { options, openUrl } = workspaceHeldDialog({ pid: 4242, kind: 'desktop' }, '/data/workspace.db');
    expect(openUrl).toBeNull();
    expect(options).toMatchObject({ message: 'Shiftdesk is already running on this workspace', buttons: ['Quit'] });
    expect(options.detail).toContain('process 4242');
  });
});
