import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../shared/contract/result';
import { checkWorkspaceFile, openForReading } from '../db/connection';
import { copyDatabase, type CopyOptions } from './copyDatabase';

/**
 * An online, consistent copy of the workspace at `dbPath` in `dest` (`shiftdesk backup FILE`, the
 * daily backups): on a connection of its own, so the app, the command line or the job worker may
 * write meanwhile; a damaged or foreign file is refused as at open. Returns the copy's size in bytes.
 */
export async function backupWorkspace(dbPath: string, dest: string, o: CopyOptions = {}): Promise<number> {
  if (!existsSync(dbPath)) throw new AppError('not_found', `there is no workspace at ${dbPath}`);
  if (sameFile(dbPath, dest)) throw new AppError('invalid_input', `${dest} is the workspace itself: name another file for its backup`);
  checkWorkspaceFile(dbPath);
  const source = openForReading(dbPath);
  try {
    source.pragma('busy_timeout = 5000');
    return await copyDatabase(source, dest, o);
  } finally {
    source.close();
  }
}

function sameFile(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
}
