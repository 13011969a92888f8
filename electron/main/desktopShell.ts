import * as fs from 'node:fs';
import { homedir } from 'node:os';
import type { App, BrowserWindow, GlobalShortcut, Menu, MenuItemConstructorOptions, NativeImage, nativeImage, Screen, Tray } from 'electron';
import type { Core, Preferences } from '../core/index';
import type { Clock } from '../../shared/time/clock';
import { appMenuTemplate } from './appMenu';
import { atRiskTitle, NOTHING_AT_RISK, watchAtRisk, type AtRisk } from './atRisk';
import { keepWindowTitle, showAtRiskBadge, showAtRiskTitle } from './badge';
import { keepRunningInTray } from './closeToTray';
import { createDocking, type DockEdge, type SavedPlacement } from './docking';
import { createLoginItem, diskAutostartFiles, xdgAutostartDir, type AutostartFiles } from './loginItem';
import { DOCK_SHORTCUT, registerGlobalShortcut } from './shortcut';
import { createAppTray, type DesktopActions, type DesktopState } from './tray';
import { APP_ICON_DATA_URL } from './trayIcon';
import { WINDOW_SIZE } from './window';

/**
 * The desktop around the window (`queue.md` "Views" and "Docked"): the at-risk count in the window
 * title, tray and dock; the tray and its menu; the application menu; docked mode and its
 * system-wide shortcut; start at login; closing to the tray. Built once the core is up; the
 * composition root hands every window to `attachWindow`. Each part is its own file; this one only
 * wires them together.
 */
export interface DesktopShellDeps {
  platform: NodeJS.Platform;
  packaged: boolean;
  app: Pick<App, 'on' | 'removeListener' | 'quit' | 'setBadgeCount' | 'setLoginItemSettings' | 'getLoginItemSettings'> & {
    dock?: Pick<NonNullable<App['dock']>, 'setBadge'>;
  };
  menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): Menu; setApplicationMenu(menu: Menu | null): void };
  createTray: (image: NativeImage) => Tray;
  nativeImage: Pick<typeof nativeImage, 'createFromDataURL'>;
  screen: Pick<Screen, 'getAllDisplays' | 'getDisplayMatching' | 'on' | 'removeListener'>;
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister'>;
  core: Pick<Core, 'handlers' | 'on' | 'dispatch'>;
  prefs: Preferences;
  clock: Clock;
  /**
   * Linux start-at-login: the autostart folder, the command that starts the app (the AppImage when
   * run from one) and the files; by default `~/.config/autostart` on disk.
   */
  autostart?: { dir: string; execPath: string; files: AutostartFiles };
  /** Shows the main window (creating it when there is none) and brings it forward. */
  showWindow(): void;
  /** The main window, when there is one. */
  window(): BrowserWindow | null;
}

export interface DesktopShell {
  /** A new main window: close to tray, title with the count, docked again if its display was. */
  attachWindow(win: BrowserWindow): void;
  /** What the window's remembered placement should be (its undocked place while docked), else undefined. */
  placementToRemember(): SavedPlacement | undefined;
  dispose(): void;
}

export function startDesktopShell(deps: DesktopShellDeps): DesktopShell {
  const { app, core, platform, screen } = deps;
  let atRisk: AtRisk = NOTHING_AT_RISK;

  const closeToTray = keepRunningInTray(app);
  const autostart = deps.autostart ?? {
    dir: xdgAutostartDir(process.env, homedir()),
    execPath: process.env.APPIMAGE ?? process.execPath,
    files: diskAutostartFiles(fs),
  };
  const loginItem = createLoginItem({
    platform,
    packaged: deps.packaged,
    app,
    prefs: deps.prefs,
    autostartDir: autostart.dir,
    execPath: autostart.execPath,
    files: autostart.files,
  });
  const docking = createDocking({
    screen,
    onDisplaysChanged(listener) {
      screen.on('display-added', listener);
      screen.on('display-removed', listener);
      screen.on('display-metrics-changed', listener);
      return () => {
        screen.removeListener('display-added', listener);
        screen.removeListener('display-removed', listener);
        screen.removeListener('display-metrics-changed', listener);
      };
    },
    prefs: deps.prefs,
    windowSize: WINDOW_SIZE,
    changed: () => render(),
  });

  const withWindow = (run: () => void) => {
    deps.showWindow();
    run();
  };
  const actions: DesktopActions & { dockAt(edge: DockEdge): void } = {
    show: () => deps.showWindow(),
    openItem(id) {
      deps.showWindow();
      void core.dispatch('queue.openItem', { id }).then((result) => {
        if (!result.ok) console.warn(`Shiftdesk: could not open ${id}: ${result.error.message}`);
      });
    },
    setDocked: (on) => withWindow(() => docking.setDocked(on)),
    dockAt: (edge) => withWindow(() => docking.dockAt(edge)),
    setAlwaysOnTop: (on) => docking.setAlwaysOnTop(on),
    setStartAtLogin(on) {
      loginItem.set(on);
      render();
    },
    quit: () => app.quit(),
  };

  const shortcut = registerGlobalShortcut(deps.globalShortcut, DOCK_SHORTCUT, () => actions.setDocked(!docking.state().docked));
  const tray = createAppTray({
    platform,
    createTray: deps.createTray,
    icon: deps.nativeImage.createFromDataURL(APP_ICON_DATA_URL),
    buildMenu: (template) => deps.menu.buildFromTemplate(template),
    actions,
  });

  const state = (): DesktopState => ({ atRisk, ...docking.state(), startAtLogin: loginItem.enabled() });
  const renderAppMenu = () => {
    const template = appMenuTemplate(docking.state(), actions, {
      platform,
      packaged: deps.packaged,
      dockAccelerator: DOCK_SHORTCUT,
      acceleratorIsGlobal: shortcut.registered,
    });
    deps.menu.setApplicationMenu(deps.menu.buildFromTemplate(template));
  };
  function render(): void {
    tray.update(state());
    renderAppMenu();
  }

  const watch = watchAtRisk(core, deps.clock, (next) => {
    atRisk = next;
    showAtRiskTitle(deps.window(), next.count);
    showAtRiskBadge({ platform, app }, next.count);
    tray.update(state());
  });

  // macOS: clicking the dock icon brings a hidden window back.
  const onActivate = () => deps.showWindow();
  app.on('activate', onActivate);
  render();

  let disposed = false;
  return {
    attachWindow(win) {
      closeToTray.attach(win);
      keepWindowTitle(win, () => atRiskTitle(atRisk.count));
      docking.attach(win);
      render();
    },
    placementToRemember: () => docking.placementToRemember(),
    dispose() {
      if (disposed) return;
      disposed = true;
      watch.stop();
      shortcut.unregister();
      docking.dispose();
      closeToTray.dispose();
      app.removeListener('activate', onActivate);
      tray.destroy();
    },
  };
}
