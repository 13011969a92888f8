import type { App, BrowserWindow } from 'electron';

/**
 * Closing the window keeps Shiftdesk running in the tray (`queue.md` "Docked"): SLA alerts keep
 * coming and the tray keeps its count. The app really ends only when the agent quits (the tray's
 * or the menu's Quit, Cmd+Q, the OS logging out): `before-quit` comes first, and from then on a
 * window's `close` goes through. Windows ends a session (log off, shut down) without `before-quit`,
 * but tells each window first (`query-session-end`, `session-end`): a hidden window must not hold
 * the shutdown up.
 */
export interface CloseToTray {
  /** The app is quitting: windows close for real. */
  readonly quitting: boolean;
  attach(win: Pick<BrowserWindow, 'on' | 'hide'>): void;
  dispose(): void;
}

export function keepRunningInTray(app: Pick<App, 'on' | 'removeListener'>): CloseToTray {
  let quitting = false;
  const onBeforeQuit = () => {
    quitting = true;
  };
  app.on('before-quit', onBeforeQuit);
  return {
    get quitting() {
      return quitting;
    },
    attach(win) {
      win.on('query-session-end', onBeforeQuit);
      win.on('session-end', onBeforeQuit);
      // `event` is always given by Electron; optional only for callers that emit `close` bare.
      win.on('close', (event?: { preventDefault(): void }) => {
        if (quitting) return;
        event?.preventDefault();
        win.hide();
      });
    },
    dispose() {
      app.removeListener('before-quit', onBeforeQuit);
    },
  };
}
