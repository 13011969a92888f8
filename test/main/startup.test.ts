import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { METHOD_NAME_LIST } from '../../shared/contract/names';
import { bootMainProcess, quitMainProcess, type ElectronMock } from '../support/mainProcess';

/**
 * The composition root (electron/main/index.ts) run against the electron mock and a real core on a
 * temp data folder: the start-up order, the window, IPC answered by the core, and shutdown.
 */
const dataDirs: string[] = [];

/** Boots the main process once (fresh modules, so a fresh mock) and waits for `whenReady`'s work. */
async function boot(setup?: (mock: ElectronMock) => void, dataDir = mkdtempSync(join(tmpdir(), 'shiftdesk-main-'))): Promise<{ mock: ElectronMock; dataDir: string }> {
  dataDirs.push(dataDir);
  return { mock: await bootMainProcess({ dataDir, ...(setup && { setup }) }), dataDir };
}

afterEach(() => quitMainProcess(dataDirs));

describe('desktop start-up', () => {
  it('sandboxes and takes the data folder and the single-instance lock before anything else', async () => {
    const { mock, dataDir } = await boot();
    const { app } = mock;
    expect(app.setPath).toHaveBeenCalledWith('userData', dataDir);
    const order = (fn: { mock: { invocationCallOrder: number[] } }) => fn.mock.invocationCallOrder[0] ?? Infinity;
    expect(order(app.enableSandbox)).toBeLessThan(order(app.setPath));
    expect(order(app.setPath)).toBeLessThan(order(app.requestSingleInstanceLock));
    expect(order(app.requestSingleInstanceLock)).toBeLessThan(order(app.whenReady));
    expect(mock.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
  });

  it("registers the app's own scheme before ready and serves the renderer on it once ready", async () => {
    const { mock } = await boot();
    const order = (fn: { mock: { invocationCallOrder: number[] } }) => fn.mock.invocationCallOrder[0] ?? Infinity;
    expect(mock.protocol.registerSchemesAsPrivileged.mock.lastCall?.[0]).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(order(mock.protocol.registerSchemesAsPrivileged)).toBeLessThan(order(mock.app.whenReady));
    expect(mock.protocol.isProtocolHandled('app')).toBe(true);
    const [win] = mock.BrowserWindow.getAllWindows();
    expect(order(mock.protocol.handle)).toBeLessThan(order(win!.loadURL));
  });

  it('opens one secure window on the built page and answers the contract from a real core', async () => {
    const { mock, dataDir } = await boot();
    const [win] = mock.BrowserWindow.getAllWindows();
    expect(mock.BrowserWindow.getAllWindows()).toHaveLength(1);
    expect((win?.options.webPreferences as { preload: string }).preload).toMatch(/preload[/\\]index\.cjs$/);
    expect(win?.loadURL.mock.lastCall?.[0]).toBe('app://shiftdesk/index.html');
    expect(win?.loadFile).not.toHaveBeenCalled();

    expect(mock.ipcMain.channels().sort()).toEqual([...METHOD_NAME_LIST].sort());
    expect(existsSync(join(dataDir, 'workspace.db'))).toBe(true);

    const appFrame = { url: win?.webContents.url ?? '' };
    const status = (await mock.ipcMain.invoke('workspace.status', appFrame, {})) as { ok: boolean };
    expect(status.ok).toBe(true);
    for (const url of ['https://evil.example.com/', 'file:///opt/Shiftdesk/resources/app.asar/out/renderer/index.html']) {
      const foreign = (await mock.ipcMain.invoke('workspace.status', { url }, {})) as { ok: boolean; error?: { code: string } };
      expect(foreign, url).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('a second launch focuses the existing window instead of opening another', async () => {
    const { mock } = await boot();
    const [win] = mock.BrowserWindow.getAllWindows();
    win!.minimized = true;
    mock.app.emit('second-instance');
    expect(win?.restore).toHaveBeenCalled();
    expect(win?.focus).toHaveBeenCalled();
    expect(mock.BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('quits without a window when another instance holds the lock', async () => {
    const { mock } = await boot((m) => m.app.requestSingleInstanceLock.mockReturnValueOnce(false));
    expect(mock.app.quit).toHaveBeenCalled();
    expect(mock.app.whenReady).not.toHaveBeenCalled();
    expect(mock.BrowserWindow.getAllWindows()).toHaveLength(0);
  });

  it('reopens the window where the agent left it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shiftdesk-main-'));
    writeFileSync(join(dataDir, 'preferences.json'), JSON.stringify({ mainWindow: { x: 100, y: 50, width: 1500, height: 950, maximized: false } }));
    const { mock } = await boot(undefined, dataDir);
    const [win] = mock.BrowserWindow.getAllWindows();
    expect(win?.options).toMatchObject({ x: 100, y: 50, width: 1500, height: 950 });

    win!.options.width = 1100;
    win!.emit('close');
    expect(JSON.parse(readFileSync(join(dataDir, 'preferences.json'), 'utf8')).mainWindow).toMatchObject({ width: 1100, maximized: false });
  });

  it('closing down removes the IPC handlers', async () => {
    const { mock } = await boot();
    mock.app.emit('will-quit');
    expect(mock.ipcMain.channels()).toEqual([]);
  });
});
