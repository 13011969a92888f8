import type { App, BrowserWindow } from 'electron';
import { atRiskTitle } from './atRisk';

/**
 * The at-risk count where the OS shows an app's state: the window title on every platform; on
 * macOS the dock badge; on Linux the launcher badge where the desktop supports it (Unity
 * LauncherEntry: Ubuntu's dock, KDE's task manager). Windows has no badge API short of an overlay
 * icon drawn per number: there the window title and the tray tooltip carry it.
 * (The tray's tooltip and title are set by tray.ts.)
 */
export interface BadgeDeps {
  platform: NodeJS.Platform;
  app: Pick<App, 'setBadgeCount'> & { dock?: Pick<NonNullable<App['dock']>, 'setBadge'> };
}

export function showAtRiskBadge({ platform, app }: BadgeDeps, count: number): void {
  try {
    if (platform === 'darwin') app.dock?.setBadge(count > 0 ? String(count) : '');
    else if (platform === 'linux') app.setBadgeCount(count);
  } catch (err) {
    // A badge is a nicety: an unsupported desktop must not stop the title and tray.
    console.warn('Shiftdesk: could not set the badge:', err);
  }
}

/**
 * The window title carries the count. The page's own `<title>` would replace it on every load, so
 * the window keeps the title it is given (`page-title-updated` is refused).
 */
export function keepWindowTitle(win: Pick<BrowserWindow, 'on' | 'setTitle'>, title: () => string): void {
  win.on('page-title-updated', (event) => event.preventDefault());
  win.setTitle(title());
}

export function showAtRiskTitle(win: Pick<BrowserWindow, 'setTitle' | 'isDestroyed'> | null, count: number): void {
  if (win && !win.isDestroyed()) win.setTitle(atRiskTitle(count));
}
