import type { Dialog } from 'electron';
import { AppError } from '../../shared/contract/result';
import type { Clock } from '../../shared/time/clock';
import { latestBackup } from '../core/backup/backups';
import { restoreWorkspace } from '../core/backup/restore';
import type { Core } from '../core/index';

export interface OpenWorkspaceDeps {
  dbPath: string;
  /** Creates the core on the workspace (throws when it cannot be opened). */
  create(): Core;
  dialog: Pick<Dialog, 'showErrorBox' | 'showMessageBox'>;
  clock: Pick<Clock, 'now'>;
}

const TITLE = 'Shiftdesk cannot open its workspace';

/**
 * The core on the workspace, or null when it cannot be opened (the reason was shown; the app exits).
 * A damaged workspace with a daily backup offers "Restore the backup of <date>": the backup is put in
 * its place (the damaged file is kept beside it, `core/backup/restore.ts`) and opened.
 */
export async function openWorkspace(deps: OpenWorkspaceDeps): Promise<Core | null> {
  try {
    return deps.create();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const backup = err instanceof AppError && err.code === 'workspace_damaged' ? latestBackup(deps.dbPath) : null;
    if (backup === null) {
      deps.dialog.showErrorBox(TITLE, message);
      return null;
    }
    const restore = `Restore the backup of ${backupDateText(backup.date)}`;
    const { response } = await deps.dialog.showMessageBox({
      type: 'error',
      title: TITLE,
      message: 'The workspace is damaged and cannot be opened.',
      detail: `${message}\n\n${restore}: the workspace goes back to that day; the damaged file is kept beside it.`,
      buttons: [restore, 'Quit'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
    });
    if (response !== 0) return null;
    try {
      await restoreWorkspace(deps.dbPath, { from: backup.path, clock: deps.clock });
      return deps.create();
    } catch (failed) {
      deps.dialog.showErrorBox('Shiftdesk could not restore the backup', failed instanceof Error ? failed.message : String(failed));
      return null;
    }
  }
}

/** `2026-03-08` as "March 8, 2026" (the date of the backup's name, a calendar date: no time zone moves it). */
export function backupDateText(date: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(`${date}T12:00:00Z`));
}
