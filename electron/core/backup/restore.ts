import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/result';
import type { Clock } from '../../../shared/time/clock';
import { checkWorkspaceFile, isWritable, openForReading, type WorkspaceDb } from '../db/connection';
import { hasLedger } from '../db/migrations/index';
import { processIsAlive, readWorkspaceLock } from '../instanceLock';
import { backupsDir } from '../paths';
import { latestBackup } from './backups';
import { copyDatabase, type CopyOptions } from './copyDatabase';
import { isDamagedDatabaseError } from './damaged';

export interface RestoreOptions extends CopyOptions {
  /** The backup to restore; default the newest automatic one (`backups/` beside the workspace). */
  from?: string;
  /** Stamps the name the replaced workspace is kept under. */
  clock: Pick<Clock, 'now'>;
}

export interface RestoreResult {
  /** The backup that is the workspace now. */
  restored: string;
  /** Where the workspace it replaced was moved (with its `-wal`), or null when there was none. */
  keptAs: string | null;
}

/**
 * Puts a backup in place of the workspace at `dbPath` (a damaged one, or one to roll back): the
 * backup is checked first (a whole `quick_check`, and a workspace this build can open), then copied
 * beside the workspace; the workspace it replaces is never deleted but moved aside as
 * `<workspace>.before-restore-<UTC stamp>`. Refused while another app instance (the desktop app or
 * browser mode of another process) has the workspace open.
 */
export async function restoreWorkspace(dbPath: string, o: RestoreOptions): Promise<RestoreResult> {
  const holder = readWorkspaceLock(dbPath);
  if (holder !== null && holder !== 'invalid' && holder.pid !== process.pid && processIsAlive(holder.pid)) {
    const app = holder.kind === 'desktop' ? 'the desktop app' : 'browser mode';
    throw new AppError('conflict', `the workspace ${dbPath} is open in ${app} (process ${holder.pid}): quit it first, then restore`);
  }
  const from = o.from ?? latestBackup(dbPath)?.path;
  if (from === undefined) {
    throw new AppError('not_found', `no backup of ${dbPath} was found in ${backupsDir(dbPath)}: name the file to restore (shiftdesk restore FILE)`);
  }
  if (!existsSync(from)) throw new AppError('invalid_input', `cannot restore ${from}: there is no such file`);
  const source = openBackup(from);
  const temp = `${dbPath}.restoring`;
  try {
    await copyDatabase(source, temp, o);
  } finally {
    source.close();
  }
  const keptAs = existsSync(dbPath) ? `${dbPath}.before-restore-${stamp(o.clock.now())}` : null;
  if (keptAs !== null) {
    renameSync(dbPath, keptAs);
    // Commits not yet in the file go with it (an empty -wal is nothing to keep).
    if (existsSync(`${dbPath}-wal`) && statSync(`${dbPath}-wal`).size > 0) renameSync(`${dbPath}-wal`, `${keptAs}-wal`);
  }
  rmSync(`${dbPath}-shm`, { force: true });
  rmSync(`${dbPath}-wal`, { force: true });
  renameSync(temp, dbPath);
  return { restored: from, keptAs };
}

/** The backup, read-only, once it is known to be whole and a workspace this build opens. */
function openBackup(path: string): WorkspaceDb {
  let db: WorkspaceDb | undefined;
  try {
    // Only read; read-write where it may be, so that closing it leaves no -wal and -shm beside the backup.
    db = isWritable(path) && isWritable(dirname(path)) ? new Database(path, { fileMustExist: true }) : openForReading(path);
    const result = db.pragma('quick_check', { simple: true }) as string;
    if (result !== 'ok') throw new AppError('invalid_input', `cannot restore ${path}: it is damaged too (${result})`);
    if (!hasLedger(db)) throw new AppError('invalid_input', `cannot restore ${path}: it is not a Shiftdesk workspace`);
    // Made by a newer Shiftdesk: refused as at open.
    checkWorkspaceFile(path);
    return db;
  } catch (err) {
    db?.close();
    if (isDamagedDatabaseError(err)) throw new AppError('invalid_input', `cannot restore ${path}: it is damaged too (${(err as Error).message})`);
    throw err;
  }
}

/** `20260308-141500` (UTC), for the name the replaced workspace is kept under. */
function stamp(at: number): string {
  return new Date(at).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}
