import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Notification, powerMonitor, screen, session, shell } from 'electron';
import { createCore, DB_FILE_NAME, defaultDataDir, systemClock, type Core } from '../core/index';
import { appPage } from './appPage';
import { APP_ID } from './identity';
import { forwardCoreEvents, registerContractHandlers, trustedSender } from './ipc';
import { createDesktopNotifier } from './notifier';
import { replanOnWake } from './power';
import { openDevicePreferences } from './prefs';
import { guardSession, guardWebContents } from './security';
import { focusWindow, openMainWindow, WINDOW_SIZE } from './window';
import { rememberWindowPlacement, restoreWindowPlacement, WINDOW_STATE_KEY } from './windowState';

/**
 * The desktop's composition root (DESIGN.md example 7). Start-up order matters; each step says why.
 * Every service gets its dependencies here; nothing below keeps module-level state.
 */
function main(): void {
  // 1. Sandbox every renderer, before anything else touches Electron.
  app.enableSandbox();

  // 2. The data folder: the same one the CLI and browser mode use (SHIFTDESK_DATA_DIR overrides it,
  //    e.g. a fresh folder per e2e test). Set before the lock, which lives in it.
  app.setPath('userData', defaultDataDir());

  // 3. One instance per data folder: a second launch focuses the first window and exits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

  // 4. Security hooks on every web-contents ever created (no new windows, no navigation away, no webview).
  const here = import.meta.dirname;
  const page = appPage({
    rendererFile: join(here, '../renderer/index.html'),
    devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, { page, shell }));

  // 5. Device preferences (window placement; later sounds, docked mode): <data folder>/preferences.json.
  const prefs = openDevicePreferences();

  let mainWindow: BrowserWindow | null = null;
  let started = false; // set once the core and IPC are up; a second launch before that has nothing to focus yet
  const showWindow = () => {
    if (!started) return;
    if (mainWindow && !mainWindow.isDestroyed()) return focusWindow(mainWindow);
    const displays = screen.getAllDisplays().map((display) => display.workArea);
    mainWindow = openMainWindow({
      createWindow: (options) => new BrowserWindow(options),
      preloadPath: join(here, '../preload/index.cjs'),
      page,
      placement: restoreWindowPlacement(prefs.get(WINDOW_STATE_KEY), displays, WINDOW_SIZE),
    });
    rememberWindowPlacement(mainWindow, prefs);
  };
  app.on('second-instance', showWindow);

  // 6. Ready: session rules (permissions, CSP), then the core, IPC, and the window.
  void app.whenReady().then(() => {
    guardSession(session.defaultSession, { page, dev: page.entry.kind === 'url' });

    // 7. The core on <userData>/workspace.db with device preferences and OS notifications. Clicking a
    //    notification brings the window forward and asks the core to open its case (event `open`).
    let coreForClicks: Core | null = null; // assigned right below; no notification can be clicked before the core exists
    const core = (coreForClicks = openCore(() => createCore({
      dbPath: join(app.getPath('userData'), DB_FILE_NAME),
      clock: systemClock,
      prefs,
      notifier: createDesktopNotifier({
        isSupported: () => Notification.isSupported(),
        createNotification: (options) => new Notification(options),
        onActivate: (request) => {
          showWindow();
          void coreForClicks?.dispatch('alerts.open', { ids: request.alertIds });
        },
      }),
    })));
    if (!core) return;
    const stopWakeWatch = replanOnWake(powerMonitor, core);

    // 8. IPC: one handler per contract method, answering only the app's own page; core events to every window.
    const ipc = registerContractHandlers(ipcMain, core.dispatch, trustedSender(page));
    const stopEvents = forwardCoreEvents(core, () => BrowserWindow.getAllWindows(), page);
    app.on('will-quit', () => {
      stopEvents();
      stopWakeWatch();
      ipc.dispose();
      core.close();
    });

    // 9. The window (again on macOS when the dock icon is clicked with no window open).
    started = true;
    showWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) showWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

/** Runs `create`; a workspace that cannot be opened (damaged, from a newer version) is shown and the app exits. */
function openCore(create: () => Core): Core | null {
  try {
    return create();
  } catch (err) {
    dialog.showErrorBox('Shiftdesk cannot open its workspace', err instanceof Error ? err.message : String(err));
    app.exit(1);
    return null;
  }
}

main();
