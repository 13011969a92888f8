import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { AppPage } from './appPage';
import type { WindowPlacement } from './windowState';

/** The window's default and minimum size when not docked (docking lowers the minimum width to a panel's; docking.ts). */
export const WINDOW_SIZE = { width: 1280, height: 820, minWidth: 900, minHeight: 560 } as const;

/**
 * The main window: secure defaults written once (DESIGN.md example 6) and tested in
 * test/main/window.test.ts. `mainWindowOptions` is pure; `openMainWindow` takes the
 * BrowserWindow factory so it runs without Electron in tests.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'Shiftdesk',
    ...WINDOW_SIZE,
    // Shown on 'ready-to-show' so the agent never sees an empty white frame.
    show: false,
    backgroundColor: '#f5f6f8',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // The `remote` module no longer exists in Electron (removed in 14); nothing to disable.
    },
  };
}

export interface WindowDeps {
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  preloadPath: string;
  page: AppPage;
  /** Where the window was last (windowState.ts); the default size otherwise. */
  placement?: WindowPlacement;
}

/** Creates the main window, shows it when its first paint is ready, and loads the app's page. */
export function openMainWindow({ createWindow, preloadPath, page, placement }: WindowDeps): BrowserWindow {
  const win = createWindow({ ...mainWindowOptions(preloadPath), ...placement?.bounds });
  win.once('ready-to-show', () => {
    if (placement?.maximized) win.maximize();
    win.show();
  });
  win.loadURL(page.url).catch((err: unknown) => console.error('Shiftdesk: the window could not load its page:', err));
  return win;
}

/** Brings an existing window to the front (second launch, notification click). */
export function focusWindow(win: BrowserWindow | null | undefined): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}
