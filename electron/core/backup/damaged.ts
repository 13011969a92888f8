import { AppError } from '../../../shared/contract/result';
import { backupsDir } from '../paths';
import { latestBackup } from './backups';

/** SQLite's "file is not a database" (SQLITE_NOTADB) and "database disk image is malformed" (SQLITE_CORRUPT and its kinds). */
export function isDamagedDatabaseError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

/**
 * A workspace that cannot be read any more (`workspace_damaged`): says what SQLite found, and which
 * backup to restore and how (`shiftdesk restore`; the desktop app offers it in its dialog).
 */
export function damagedWorkspaceError(dbPath: string, found: string): AppError {
  const backup = latestBackup(dbPath);
  const restore = backup
    ? `The latest backup is of ${backup.date} (${backup.path}): restore it with \`shiftdesk restore --db ${dbPath}\` (the damaged file is kept beside the workspace).`
    : `No backup of it was found in ${backupsDir(dbPath)}; restore one you made with \`shiftdesk restore --db ${dbPath} FILE\`.`;
  return new AppError('workspace_damaged', `The workspace ${dbPath} is damaged and cannot be opened (${found}). ${restore}`);
}
