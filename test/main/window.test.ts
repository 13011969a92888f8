import type { BrowserWindow as ElectronWindow, BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { appPage } from '../../electron/main/appPage';
import { focusWindow, mainWindowOptions, openMainWindow } from '../../electron/main/window';
import { BrowserWindow, resetElectronMock } from '../mocks/electron';

const create = (options: BrowserWindowConstructorOptions) => new BrowserWindow(options as Record<string, unknown>) as unknown as ElectronWindow;
const mock = (win: ElectronWindow) => win as unknown as BrowserWindow;

beforeEach(() => resetElectronMock());

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs');
  const prefs = options.webPreferences ?? {};

  it('isolates the renderer: context isolation, sandbox, no Node, web security on', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(prefs).not.toHaveProperty('enableRemoteModule');
  });

  it('waits for the first paint and keeps a usable minimum size', () => {
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(500);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
    expect(options.height).toBeGreaterThanOrEqual(options.minHeight ?? 0);
  });
});

describe('openMainWindow', () => {
  it("loads the app's own page from app://shiftdesk/, never from a file, and shows the window only when ready to show", () => {
    const win = mock(openMainWindow({ createWindow: create, preloadPath: '/p.cjs', page: appPage() }));
    expect(win.loadURL).toHaveBeenCalledWith('app://shiftdesk/index.html');
    expect(win.loadFile).not.toHaveBeenCalled();
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
    expect((win.options.webPreferences as { preload: string }).preload).toBe('/p.cjs');
  });

  it('opens where it was last, maximised before it is shown', () => {
    const placement = { bounds: { x: 50, y: 60, width: 1400, height: 900 }, maximized: true };
    const win = mock(openMainWindow({ createWindow: create, preloadPath: '/p.cjs', page: appPage(), placement }));
    expect(win.options).toMatchObject({ x: 50, y: 60, width: 1400, height: 900, show: false });
    win.emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalled();
    expect(win.maximize.mock.invocationCallOrder[0]).toBeLessThan(win.show.mock.invocationCallOrder[0] ?? 0);
  });

  it('loads the dev server in development', () => {
    const page = appPage({ devServerUrl: 'http://localhost:5173' });
    const win = mock(openMainWindow({ createWindow: create, preloadPath: '/p.cjs', page }));
    expect(win.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(win.loadFile).not.toHaveBeenCalled();
  });
});

describe('focusWindow', () => {
  it('restores a minimised window and focuses it (second launch)', () => {
    const win = new BrowserWindow();
    win.minimized = true;
    focusWindow(win as unknown as ElectronWindow);
    expect(win.restore).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('leaves a destroyed window alone', () => {
    const win = new BrowserWindow();
    win.destroyed = true;
    focusWindow(win as unknown as ElectronWindow);
    expect(win.focus).not.toHaveBeenCalled();
  });
});
