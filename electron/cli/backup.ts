import { AppError } from '../../shared/contract/result';
import type { Clock } from '../../shared/time/clock';
import { backupWorkspace } from '../core/backup/backupWorkspace';
import { restoreWorkspace } from '../core/backup/restore';

/**
 * `shiftdesk backup FILE` and `shiftdesk restore [FILE]` (docs/cli.md): neither opens the core. A
 * backup copies the workspace on a connection of its own (the app may keep writing); a restore puts a
 * backup (default: the newest automatic one) in place of the workspace, keeping the one it replaces.
 */
export interface BackupCommandContext {
  dbPath: string;
  json: boolean;
  clock: Pick<Clock, 'now'>;
  stdout(text: string): void;
  /** The terminal's progress line (absent when stderr is not a terminal). */
  progress?(line: string | null): void;
}

export async function runBackup(args: readonly string[], c: BackupCommandContext): Promise<void> {
  const [file, ...extra] = args;
  if (!file || extra.length) throw new AppError('invalid_input', 'backup: expected exactly one FILE (where to write the copy)');
  const bytes = await backupWorkspace(c.dbPath, file, progressOption('Backing up the workspace', c));
  c.progress?.(null);
  if (c.json) c.stdout(JSON.stringify({ workspace: c.dbPath, file, bytes }, null, 2));
  else c.stdout(`Backed up ${c.dbPath} to ${file} (${megabytes(bytes)}).`);
}

export async function runRestore(args: readonly string[], c: BackupCommandContext): Promise<void> {
  const [file, ...extra] = args;
  if (extra.length) throw new AppError('invalid_input', 'restore: expected at most one FILE (the backup to restore)');
  const result = await restoreWorkspace(c.dbPath, {
    ...(file !== undefined && { from: file }),
    clock: c.clock,
    ...progressOption('Restoring the backup', c),
  });
  c.progress?.(null);
  if (c.json) c.stdout(JSON.stringify({ workspace: c.dbPath, ...result }, null, 2));
  else {
    const kept = result.keptAs === null ? '' : ` The workspace it replaced is kept as ${result.keptAs}.`;
    c.stdout(`Restored ${c.dbPath} from ${result.restored}.${kept}`);
  }
}

/** `{ progress }` showing "Backing up the workspace 42 %" on the terminal's line; nothing off a terminal. */
function progressOption(label: string, c: BackupCommandContext): { progress?: (done: number, total: number) => void } {
  const show = c.progress;
  return show ? { progress: (done, total) => show(`${label} ${total > 0 ? Math.floor((100 * done) / total) : 0} %`) } : {};
}

function megabytes(bytes: number): string {
  return bytes < 1 << 20 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1 << 20)).toFixed(1)} MB`;
}
