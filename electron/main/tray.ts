import type { Menu, MenuItemConstructorOptions, NativeImage, Tray } from 'electron';
import { alwaysOnTopItem } from './appMenu';
import { atRiskLabel, atRiskToolTip, type AtRisk } from './atRisk';

/**
 * The tray icon (`queue.md` "Docked"): the at-risk count in its tooltip (and beside the icon on
 * macOS), and a menu to show the window, open one of the top three items at risk, switch docked
 * mode and always-on-top, start at login, and quit. Closing the window leaves the app here.
 */
export interface DesktopState {
  atRisk: AtRisk;
  docked: boolean;
  alwaysOnTop: boolean;
  /** null where the app cannot register itself (an unpackaged development run). */
  startAtLogin: boolean | null;
}

export interface DesktopActions {
  show(): void;
  /** Shows the window and opens this work item (as a notification click does). */
  openItem(id: string): void;
  setDocked(on: boolean): void;
  setAlwaysOnTop(on: boolean): void;
  setStartAtLogin(on: boolean): void;
  quit(): void;
}

export function trayMenuTemplate(state: DesktopState, actions: DesktopActions): MenuItemConstructorOptions[] {
  const { count, top } = state.atRisk;
  const atRisk: MenuItemConstructorOptions[] =
    count === 0
      ? [{ label: 'Nothing at risk in My queue', enabled: false }]
      : [
          { label: `${count} at risk in My queue`, enabled: false },
          ...top.map((item): MenuItemConstructorOptions => ({ id: `item:${item.id}`, label: atRiskLabel(item), click: () => actions.openItem(item.id) })),
          ...(count > top.length ? [{ label: `${count - top.length} more…`, click: () => actions.show() }] : []),
        ];
  return [
    { label: 'Show Shiftdesk', click: () => actions.show() },
    { type: 'separator' },
    ...atRisk,
    { type: 'separator' },
    { id: 'docked', label: 'Docked mode', type: 'checkbox', checked: state.docked, click: (item) => actions.setDocked(item.checked) },
    alwaysOnTopItem(state, actions),
    {
      id: 'startAtLogin',
      label: 'Start at login',
      type: 'checkbox',
      checked: state.startAtLogin === true,
      enabled: state.startAtLogin !== null,
      click: (item) => actions.setStartAtLogin(item.checked),
    },
    { type: 'separator' },
    { label: 'Quit Shiftdesk', click: () => actions.quit() },
  ];
}

export interface TrayDeps {
  platform: NodeJS.Platform;
  createTray: (image: NativeImage) => Tray;
  /** The app icon, scaled here to the tray's size. */
  icon: NativeImage;
  buildMenu: (template: MenuItemConstructorOptions[]) => Menu;
  actions: DesktopActions;
}

export interface AppTray {
  update(state: DesktopState): void;
  destroy(): void;
}

/** Tray icon sizes: 16 px on Windows and macOS (menu bar and notification area), 24 px on Linux panels (they scale it to fit). */
function trayImage(platform: NodeJS.Platform, icon: NativeImage): NativeImage {
  if (platform === 'linux') return icon.resize({ width: 24, height: 24, quality: 'best' });
  return icon.resize({ width: 16, height: 16, quality: 'best' });
}

export function createAppTray({ platform, createTray, icon, buildMenu, actions }: TrayDeps): AppTray {
  const tray = createTray(trayImage(platform, icon));
  // A left click shows the window (Windows, macOS without a menu, Linux trays that report clicks).
  tray.on('click', () => actions.show());
  // The menu is rebuilt only when what it shows changed (replacing a menu that is open closes it on some
  // Linux trays), and after every click: Electron flips a checkbox by itself, the state may not follow.
  let shown = '';
  const rebuilt =
    <A extends unknown[]>(run: (...args: A) => void) =>
    (...args: A) => {
      shown = '';
      run(...args);
    };
  const afterClick: DesktopActions = {
    show: rebuilt(actions.show),
    openItem: rebuilt(actions.openItem),
    setDocked: rebuilt(actions.setDocked),
    setAlwaysOnTop: rebuilt(actions.setAlwaysOnTop),
    setStartAtLogin: rebuilt(actions.setStartAtLogin),
    quit: rebuilt(actions.quit),
  };
  return {
    update(state) {
      if (tray.isDestroyed()) return;
      const key = JSON.stringify(state);
      if (key === shown) return;
      shown = key;
      tray.setToolTip(atRiskToolTip(state.atRisk.count));
      if (platform === 'darwin') tray.setTitle(state.atRisk.count > 0 ? String(state.atRisk.count) : '');
      tray.setContextMenu(buildMenu(trayMenuTemplate(state, afterClick)));
    },
    destroy() {
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}
