import type { App, Dialog, MessageBoxOptions, Shell } from 'electron';
import { acquireWorkspaceLock, type LockHolder } from '../core/instanceLock';
import type { Clock } from '../../shared/time/clock';

/**
 * The desktop's side of "one app instance per workspace" (docs/desktop.md, decision D20). The
 * single-instance lock already hands a second desktop launch to the first; this covers browser mode
 * (`npm run serve`) on the same workspace: it holds `workspace.db.lock`, and the desktop app then
 * says so, offers to open browser mode's address in the browser, and quits, before opening anything.
 * The command line never takes the lock.
 */
export interface ClaimDeps {
  dbPath: string;
  app: Pick<App, 'whenReady' | 'quit'>;
  dialog: Pick<Dialog, 'showMessageBox'>;
  shell: Pick<Shell, 'openExternal'>;
  clock: Clock;
}

export interface DesktopWorkspace {
  /** Gives the workspace up (after the core has closed). A process exiting without it releases too. */
  release(): void;
}

/**
 * Takes the workspace for the desktop app; or, when another app instance has it, tells the agent
 * once the app is ready, quits, and returns null (start nothing more).
 */
export function claimWorkspace(deps: ClaimDeps): DesktopWorkspace | null {
  const result = acquireWorkspaceLock(deps.dbPath, { kind: 'desktop' }, { clock: deps.clock });
  if (result.held !== null) {
    const holder = result.held;
    void deps.app
      .whenReady()
      .then(() => tellWorkspaceHeld(holder, deps))
      .catch((err: unknown) => console.warn('Shiftdesk: could not show that the workspace is open elsewhere:', err))
      .finally(() => deps.app.quit());
    return null;
  }
  // app.exit() (a workspace that cannot be opened) skips will-quit; the lock must still go.
  const onExit = () => result.release();
  process.once('exit', onExit);
  return {
    release() {
      process.removeListener('exit', onExit);
      result.release();
    },
  };
}

/** The dialog for a workspace another instance holds; with browser mode's address, "Open in browser" first. */
export function workspaceHeldDialog(holder: LockHolder, dbPath: string): { options: MessageBoxOptions; openUrl: string | null } {
  if (holder.kind === 'desktop') {
    return {
      openUrl: null,
      options: {
        type: 'info',
        title: 'Shiftdesk',
        message: 'Shiftdesk is already running on this workspace',
        detail: `Another Shiftdesk (process ${holder.pid}) has ${dbPath} open. Use that window, or quit it first.`,
        buttons: ['Quit'],
      },
    };
  }
  const openUrl = browserModeAddress(holder.url);
  const where = openUrl ? `at ${openUrl}` : 'at the address printed where it was started';
  return {
    openUrl,
    options: {
      type: 'info',
      title: 'Shiftdesk',
      message: 'This workspace is open in browser mode',
      detail:
        `Shiftdesk is running in browser mode on ${dbPath} (process ${holder.pid}), ${where}.\n\n` +
        'One app at a time works on a workspace. Use it in the browser, or stop browser mode (Ctrl+C where it runs) and start Shiftdesk again.',
      buttons: openUrl ? ['Open in browser', 'Quit'] : ['Quit'],
      defaultId: 0,
      cancelId: openUrl ? 1 : 0,
    },
  };
}

/** Shows the dialog; "Open in browser" opens browser mode's address in the OS browser. */
export async function tellWorkspaceHeld(holder: LockHolder, deps: Pick<ClaimDeps, 'dbPath' | 'dialog' | 'shell'>): Promise<void> {
  const { options, openUrl } = workspaceHeldDialog(holder, deps.dbPath);
  const { response } = await deps.dialog.showMessageBox(options);
  if (openUrl && response === 0) await deps.shell.openExternal(openUrl);
}

/**
 * `url` when it is browser mode's own address, `http://127.0.0.1:PORT/` with its query (the token)
 * and nothing else, else null. The one `http:` URL the desktop ever opens in the OS (security.ts
 * allows only https, mailto and tel for links); it comes from the lock file, which only this user
 * can write.
 */
export function browserModeAddress(url: string | undefined): string | null {
  if (url === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const ok = parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1' && parsed.port !== '' && parsed.pathname === '/' && parsed.username === '' && parsed.password === '' && parsed.hash === '';
  return ok ? parsed.href : null;
}
