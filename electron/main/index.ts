import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Notification, powerMonitor, protocol, safeStorage, screen, session, shell } from 'electron';
import { createCore, DB_FILE_NAME, defaultDataDir, systemClock, type Core } from '../core/index';
import { globalShortcut, Menu, nativeImage, Tray } from 'electron';
import { runWorkspaceIntake } from '../intake/index';
import { appPage } from './appPage';
import { registerAppScheme, serveAppFiles } from './appProtocol';
import { startDesktopShell, type DesktopShell } from './desktopShell';
import { APP_ID } from './identity';
import { forwardCoreEvents, registerContractHandlers, trustedSender } from './ipc';
import { createDesktopNotifier } from './notifier';
import { replanOnWake } from './power';
import { openWorkspace } from './openWorkspace';
import { openDevicePreferences, openDeviceStore } from './prefs';
import { safeSecretStore } from './secrets';
import { contentSecurityPolicy, guardSession, guardWebContents } from './security';
import { focusWindow, openMainWindow, WINDOW_SIZE } from './window';
import { rememberWindowPlacement, restoreWindowPlacement, WINDOW_STATE_KEY } from './windowState';
import { claimWorkspace } from './workspaceLock';

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
  // 3b. One app instance per workspace (docs/desktop.md): browser mode may have this workspace open
  //     (the lock above knows only desktop launches). Then say where, offer its address, and quit.
  const dbPath = join(app.getPath('userData'), DB_FILE_NAME);
  const workspace = claimWorkspace({ dbPath, app, dialog, shell, clock: systemClock });
  if (!workspace) return;
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

  // 4. The app's own origin, app://shiftdesk/ (appProtocol.ts): its privileges can only be registered before
  //    ready. Then security hooks on every web-contents ever created (no new windows, no navigation away, no webview).
  const here = import.meta.dirname;
  registerAppScheme(protocol);
  const page = appPage({ devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, { page, shell }));

  // 5. Device preferences (window placement; later sounds, docked mode): <data folder>/preferences.json.
  const deviceStore = openDeviceStore();
  const prefs = openDevicePreferences(deviceStore);

  let mainWindow: BrowserWindow | null = null;
  let desktop: DesktopShell | null = null; // tray, counts, docked mode, close to tray (step 8b)
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
    rememberWindowPlacement(mainWindow, prefs, () => desktop?.placementToRemember());
    desktop?.attachWindow(mainWindow);
  };
  app.on('second-instance', showWindow);

  // 6. Ready: the built renderer on app://shiftdesk/ (with its CSP), session rules (permissions, CSP), then
  //    the core, IPC, and the window.
  void app.whenReady().then(async () => {
    serveAppFiles(protocol, { rendererDir: join(here, '../renderer'), csp: contentSecurityPolicy({ dev: false }) });
    guardSession(session.defaultSession, { page, dev: page.dev });

    // 7. The core on <userData>/workspace.db with device preferences, OS notifications and daily backups
    //    (a damaged workspace offers its latest backup). Clicking a notification brings the window
    //    forward and asks the core to open its case (event `open`).
    let coreForClicks: Core | null = null; // assigned right below; no notification can be clicked before the core exists
    const core = (coreForClicks = await openCore(dbPath, () => createCore({
      dbPath,
      clock: systemClock,
      prefs,
      backups: true,
      // The help desk's token: encrypted by the OS keychain, in the preferences file, never the workspace.
      secrets: safeSecretStore(safeStorage, deviceStore),
      // This entry is out/main/index.js; the core's job worker is built beside it (Electron reads worker threads from app.asar).
      worker: { url: new URL('./worker.js', import.meta.url) },
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
    // 7b. The local intake endpoint on 127.0.0.1 (docs/intake.md): phone and chat systems push calls, chats,
    //     voicemails and emails with the workspace's token. In the background; the app runs without it.
    const intake = runWorkspaceIntake(core, process.env);

    // 8. IPC: one handler per contract method, answering only the app's own page; core events to every window.
    const ipc = registerContractHandlers(ipcMain, core.dispatch, trustedSender(page));
    const stopEvents = forwardCoreEvents(core, () => BrowserWindow.getAllWindows(), page);
    // 8b. The desktop around the window: the at-risk count in the title, tray and dock; the tray menu;
    //     docked mode (menu, tray, global shortcut); start at login; closing keeps the app in the tray.
    desktop = startDesktopShell({
      platform: process.platform,
      packaged: app.isPackaged,
      app,
      menu: Menu,
      createTray: (image) => new Tray(image),
      nativeImage,
      screen,
      globalShortcut,
      core,
      prefs,
      clock: systemClock,
      showWindow,
      window: () => mainWindow,
    });
    app.on('will-quit', () => {
      desktop?.dispose();
      stopEvents();
      stopWakeWatch();
      ipc.dispose();
      intake.stop(); // before the core closes: it reports the endpoint stopped
      core.close();
      workspace.release(); // after the core closed: the next instance may open the workspace
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

/** Runs `create`; a workspace that cannot be opened (from a newer version; damaged, unless its backup is restored) is shown and the app exits. */
async function openCore(dbPath: string, create: () => Core): Promise<Core | null> {
  const core = await openWorkspace({ dbPath, create, dialog, clock: systemClock });
  if (!core) app.exit(1);
  return core;
}

main();
