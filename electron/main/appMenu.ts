import type { MenuItemConstructorOptions } from 'electron';
import type { DockEdge } from './docking';

/**
 * The application menu (the menu bar; on Linux and Windows it appears on Alt, the window hides
 * it). Standard roles for editing and the window, plus View → Docked mode (with its shortcut),
 * the edge to dock on, and Always on top (docked mode only).
 */
export interface AppMenuState {
  docked: boolean;
  /** The edge docked mode uses on the window's display. */
  edge: DockEdge;
  alwaysOnTop: boolean;
}

export interface AppMenuActions {
  setDocked(on: boolean): void;
  dockAt(edge: DockEdge): void;
  setAlwaysOnTop(on: boolean): void;
}

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** Development builds keep reload and the developer tools. */
  packaged: boolean;
  /** The docked-mode shortcut, shown beside the menu item. */
  dockAccelerator: string;
  /**
   * True when the same shortcut is registered system-wide (shortcut.ts): the menu then only shows
   * it, so one key press does not toggle twice.
   */
  acceleratorIsGlobal: boolean;
}

/** Always on top, offered in docked mode only: the same item in the View menu and the tray menu. */
export function alwaysOnTopItem(
  state: { docked: boolean; alwaysOnTop: boolean },
  actions: { setAlwaysOnTop(on: boolean): void },
): MenuItemConstructorOptions {
  return {
    id: 'alwaysOnTop',
    label: 'Always on top',
    type: 'checkbox',
    checked: state.alwaysOnTop,
    enabled: state.docked,
    click: (item) => actions.setAlwaysOnTop(item.checked),
  };
}

export function appMenuTemplate(state: AppMenuState, actions: AppMenuActions, options: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    {
      id: 'docked',
      label: 'Docked mode',
      type: 'checkbox',
      checked: state.docked,
      accelerator: options.dockAccelerator,
      registerAccelerator: !options.acceleratorIsGlobal,
      click: (item) => actions.setDocked(item.checked),
    },
    { id: 'dockLeft', label: 'Dock on the left edge', type: 'radio', checked: state.edge === 'left', click: () => actions.dockAt('left') },
    { id: 'dockRight', label: 'Dock on the right edge', type: 'radio', checked: state.edge === 'right', click: () => actions.dockAt('right') },
    alwaysOnTopItem(state, actions),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
    ...(options.packaged ? [] : ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[])),
  ];
  return [
    ...(mac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: mac
        ? [{ role: 'close' }]
        : [{ role: 'close', label: 'Close to tray' }, { type: 'separator' }, { role: 'quit', label: 'Quit Shiftdesk', accelerator: 'CmdOrCtrl+Q' }],
    },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
}
