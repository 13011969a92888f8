import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../electron/core/index';
import { DOCK_SHORTCUT } from '../../electron/main/shortcut';
import { eventChannel } from '../../shared/contract/bridge';
import { alertWorkspace, T0 } from '../support/alertWorkspace';
import { createFakeClock, type FakeClock } from '../support/fakeClock';
import { bootMainProcess, quitMainProcess, type ElectronMock } from '../support/mainProcess';

/**
 * The desktop around the window, booted through the composition root (electron/main/index.ts) with
 * the electron mock and a real core on a fake clock (createCore is wrapped to swap the clock in):
 * the at-risk count in the title and tray, live at the instant an item turns warning; the tray
 * menu; close to tray and quit; docked mode from the shortcut, tray and menu, remembered per
 * display; start at login.
 *
 * The alert workspace: C-1 (a1's, P1) turns warning at T0+45 min and breaches at T0+1 h; C-2 (a1's)
 * turns warning at T0+1.5 h; C-3 is unassigned, C-4 is a2's.
 */

const MINUTE = 60_000;
const C1_WARNING = T0 + 45 * MINUTE + 10_000;
const C2_WARNING = T0 + 90 * MINUTE + 10_000;

interface Booted {
  mock: ElectronMock;
  core: Core;
  clock: FakeClock;
  dataDir: string;
  configDir: string;
  win: InstanceType<ElectronMock['BrowserWindow']>;
  tray: InstanceType<ElectronMock['Tray']>;
}

const dirs: string[] = [];
const flush = () => new Promise((resolve) => setImmediate(resolve));

async function boot(options: { preferences?: object; packaged?: boolean; setup?: (mock: ElectronMock) => void } = {}): Promise<Booted> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shiftdesk-main-desktop-'));
  const configDir = mkdtempSync(join(tmpdir(), 'shiftdesk-main-config-'));
  dirs.push(dataDir, configDir);
  if (options.preferences) writeFileSync(join(dataDir, 'preferences.json'), JSON.stringify(options.preferences));
  const clock = createFakeClock(T0);
  let core: Core | undefined;
  const mock = await bootMainProcess({
    dataDir,
    env: { XDG_CONFIG_HOME: configDir },
    setup: (m) => {
      m.app.isPackaged = options.packaged ?? false;
      options.setup?.(m);
    },
    createCore: (actual, o) => (core = actual({ ...o, clock })),
  });
  if (!core) throw new Error('the main process did not create a core');
  const [win] = mock.BrowserWindow.getAllWindows();
  const [tray] = mock.Tray.created;
  if (!win || !tray) throw new Error('no window or no tray');
  return { mock, core, clock, dataDir, configDir, win, tray };
}

/** Loads the alert workspace as agent a1 (the device's agent). */
async function withWorkspace(b: Booted): Promise<void> {
  for (const [method, payload] of [
    ['workspace.import', { content: JSON.stringify(alertWorkspace()) }],
    ['session.setAgent', { agentId: 'a1' }],
  ] as const) {
    const result = await b.core.dispatch(method, payload);
    if (!result.ok) throw new Error(result.error.message);
  }
  await flush();
}

const trayLabels = (b: Booted) => b.tray.contextMenu!.items.map((i) => i.label ?? '-');
const appMenu = (b: Booted) => b.mock.Menu.getApplicationMenu()!;
const prefsFile = (b: Booted) => JSON.parse(readFileSync(join(b.dataDir, 'preferences.json'), 'utf8')) as Record<string, unknown>;

afterEach(async () => {
  const mock = await quitMainProcess(dirs);
  mock.app.isPackaged = false;
  vi.restoreAllMocks();
});

describe('counts where the agent looks', () => {
  it('the window title and the tray show how many of my items are at risk, the moment one turns', async () => {
    const b = await boot();
    await withWorkspace(b);
    expect(b.win.title).toBe('Shiftdesk');
    expect(b.tray.toolTip).toBe('Shiftdesk — nothing at risk');
    expect(trayLabels(b)).toContain('Nothing at risk in My queue');

    b.clock.advanceTo(C1_WARNING);
    await flush();
    expect(b.win.title).toBe('Shiftdesk — 1 at risk');
    expect(b.tray.toolTip).toBe('Shiftdesk — 1 at risk');
    expect(trayLabels(b)).toContain('C-1 · Site down · 15 min left');

    b.clock.advanceTo(C2_WARNING);
    await flush();
    expect(b.win.title).toBe('Shiftdesk — 2 at risk');
    expect(trayLabels(b).filter((l) => l.startsWith('C-'))).toEqual(['C-1 · Site down · 30 min over', 'C-2 · Export fails · 30 min business left']);
  });

  it('the page’s own <title> does not replace the count', async () => {
    const b = await boot();
    const event = { preventDefault: vi.fn() };
    b.win.emit('page-title-updated', event, 'Shiftdesk');
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('clicking an at-risk item in the tray brings the hidden window back and opens the item', async () => {
    const b = await boot();
    await withWorkspace(b);
    b.clock.advanceTo(C1_WARNING);
    await flush();
    b.win.requestClose();
    expect(b.win.visible).toBe(false);
    const dispatch = vi.spyOn(b.core, 'dispatch');

    b.tray.contextMenu!.click('C-1 · Site down · 15 min left');
    await flush();
    expect(b.win.visible).toBe(true);
    expect(b.win.focus).toHaveBeenCalled();
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('queue.openItem', { id: 'case:k1' });
    const opened = b.win.webContents.send.mock.calls.filter(([channel]) => channel === eventChannel('open')).map(([, payload]) => payload);
    expect(opened).toEqual([expect.objectContaining({ kind: 'item', item: expect.objectContaining({ key: 'C-1' }) })]);
  });
});

describe('tray and quitting', () => {
  it('the tray shows the app icon (inlined in the bundle: the package holds only out/)', async () => {
    const b = await boot();
    expect(b.mock.nativeImage.createFromDataURL.mock.calls[0]?.[0]).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(b.tray.image.size.width).toBeLessThanOrEqual(24);
  });

  it('closing the window keeps the app running in the tray; Show brings it back', async () => {
    const b = await boot();
    expect(b.win.requestClose()).toBe(false);
    expect(b.win.visible).toBe(false);
    expect(b.mock.BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(b.mock.app.quit).not.toHaveBeenCalled();

    b.tray.contextMenu!.click('Show Shiftdesk');
    expect(b.win.visible).toBe(true);
    expect(b.mock.BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('Quit from the tray really quits: the window closes and the tray goes', async () => {
    const b = await boot();
    b.tray.contextMenu!.click('Quit Shiftdesk');
    expect(b.mock.app.quit).toHaveBeenCalled();
    // What Electron does after app.quit(): before-quit, then each window's close, then will-quit.
    b.mock.app.emit('before-quit');
    expect(b.win.requestClose()).toBe(true);
    b.mock.app.emit('will-quit');
    expect(b.tray.destroyed).toBe(true);
  });

  it('the menu offers Quit (Cmd+Q / Ctrl+Q) and Close to tray', async () => {
    const b = await boot();
    const roles = appMenu(b).all().map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(process.platform === 'darwin' ? ['appMenu', 'close'] : ['close', 'quit']));
  });
});

describe('docked mode', () => {
  it('the global shortcut toggles it, registered at start and unregistered on quit', async () => {
    const b = await boot();
    expect(b.mock.globalShortcut.isRegistered(DOCK_SHORTCUT)).toBe(true);
    const before = b.win.getBounds();

    b.mock.globalShortcut.press(DOCK_SHORTCUT);
    // The default window (1280 wide, at 0,0) is nearer the left edge of the 1920x1040 work area.
    expect(b.win.getBounds()).toEqual({ x: 0, y: 0, width: 380, height: 1040 });
    expect(b.tray.contextMenu!.find('docked')?.checked).toBe(true);
    expect(appMenu(b).find('docked')?.checked).toBe(true);

    b.mock.globalShortcut.press(DOCK_SHORTCUT);
    expect(b.win.getBounds()).toEqual(before);

    b.mock.app.emit('will-quit');
    expect(b.mock.globalShortcut.isRegistered(DOCK_SHORTCUT)).toBe(false);
  });

  it('View → Docked mode shows the shortcut without registering it twice; edges and always on top', async () => {
    const b = await boot();
    const item = appMenu(b).find('docked')!;
    expect(item).toMatchObject({ label: 'Docked mode', accelerator: DOCK_SHORTCUT, registerAccelerator: false });
    expect(appMenu(b).find('alwaysOnTop')?.enabled).toBe(false);

    appMenu(b).click('dockRight');
    expect(b.win.getBounds()).toEqual({ x: 1540, y: 0, width: 380, height: 1040 });
    appMenu(b).click('alwaysOnTop');
    expect(b.win.alwaysOnTop).toBe(true);
    expect(b.tray.contextMenu!.find('alwaysOnTop')).toMatchObject({ enabled: true, checked: true });
    b.tray.contextMenu!.click('docked');
    expect(b.win.alwaysOnTop).toBe(false);
    expect(b.win.getBounds().width).toBe(1280);
  });

  it('when another application holds the shortcut, the menu keeps its own accelerator', async () => {
    const b = await boot({ setup: (mock) => mock.globalShortcut.take(DOCK_SHORTCUT) });
    expect(b.mock.globalShortcut.isRegistered(DOCK_SHORTCUT)).toBe(false);
    expect(appMenu(b).find('docked')).toMatchObject({ accelerator: DOCK_SHORTCUT, registerAccelerator: true });
  });

  it('comes back docked on the display where it was docked; quitting while docked remembers the undocked place', async () => {
    const b = await boot({
      preferences: { mainWindow: { x: 100, y: 50, width: 1200, height: 800, maximized: false }, docking: { displays: { 1: { docked: true, edge: 'right' } } } },
    });
    expect(b.win.getBounds()).toEqual({ x: 1540, y: 0, width: 380, height: 1040 });
    b.mock.app.emit('before-quit');
    b.win.requestClose();
    expect(prefsFile(b).mainWindow).toEqual({ x: 100, y: 50, width: 1200, height: 800, maximized: false });
    expect(prefsFile(b).docking).toEqual({ displays: { 1: { docked: true, edge: 'right' } }, alwaysOnTop: false });
  });

  it('a window that was maximised before docking comes back docked, not maximised', async () => {
    const b = await boot({
      preferences: { mainWindow: { x: 100, y: 50, width: 1200, height: 800, maximized: true }, docking: { displays: { 1: { docked: true, edge: 'left' } } } },
    });
    b.win.emit('ready-to-show');
    expect(b.win.maximized).toBe(false);
    expect(b.win.getBounds()).toEqual({ x: 0, y: 0, width: 380, height: 1040 });
    b.tray.contextMenu!.click('docked');
    expect(b.win.getBounds()).toMatchObject({ x: 100, y: 50, width: 1200, height: 800 });
    expect(b.win.maximized).toBe(true);
  });
});

describe('start at login', () => {
  it('is a tray checkbox, kept as a device preference (installed app)', async () => {
    const b = await boot({ packaged: true });
    expect(b.tray.contextMenu!.find('startAtLogin')).toMatchObject({ enabled: true, checked: false });
    b.tray.contextMenu!.click('startAtLogin');
    expect(b.tray.contextMenu!.find('startAtLogin')?.checked).toBe(true);
    expect(prefsFile(b).startAtLogin).toBe(true);
    if (process.platform === 'linux') expect(existsSync(join(b.configDir, 'autostart', 'shiftdesk.desktop'))).toBe(true);
    else expect(b.mock.app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true });
  });

  it('is offered only by an installed app', async () => {
    const b = await boot();
    expect(b.tray.contextMenu!.find('startAtLogin')).toMatchObject({ enabled: false });
  });
});
