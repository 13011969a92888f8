import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/result';
import type { Clock } from '../../../shared/time/clock';
import { damagedWorkspaceError, isDamagedDatabaseError } from '../backup/damaged';
import { hasLedger, ledgerMismatch, migrate, MIGRATIONS, readLedger, type Migration } from './migrations/index';

export type WorkspaceDb = Database.Database;

export interface OpenOptions {
  /** The migrations this build knows (tests pass a longer or shorter list). */
  migrations?: readonly Migration[];
  busyTimeoutMs?: number;
}

function incompatible(path: string, reason: string): AppError {
  return new AppError(
    'workspace_incompatible',
    `Cannot open the workspace ${path}: ${reason}. The file was not changed.`,
  );
}

/** The answer to any write on a workspace opened read-only (the store checks it before every unit of work). */
export function readOnlyError(path: string): AppError {
  return new AppError(
    'workspace_read_only',
    `This workspace is read-only (${path}): nothing in it can be changed. Make the file and its folder writable to change it.`,
  );
}

/** Whether this process may write `path`, and anyone may: a file or folder without any write permission bit counts as read-only, even for root. */
export function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
  } catch {
    return false;
  }
  return (statSync(path).mode & 0o222) !== 0;
}

/**
 * An existing workspace that must be opened read-only: the file, or its folder (where SQLite keeps
 * the `-wal` and `-shm` files beside it), is not writable.
 */
export function isReadOnlyWorkspace(path: string): boolean {
  return existsSync(path) && (!isWritable(path) || !isWritable(dirname(path)));
}

/**
 * A read-only connection to an existing workspace. SQLite reads a WAL database only with its `-shm`
 * file beside it, which it cannot create in a read-only folder: there the file is read whole into
 * memory instead (a copy: nothing is written anywhere), unless its `-wal` holds changes not yet in
 * the file, which only SQLite with a writable folder can read.
 */
export function openForReading(path: string): WorkspaceDb {
  if (isWritable(dirname(path))) return new Database(path, { readonly: true, fileMustExist: true });
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new AppError(
      'workspace_read_only',
      `Cannot read the workspace ${path}: its folder is read-only and ${wal} holds changes not yet written into the file (the program that made them did not close). Open it once where its folder is writable.`,
    );
  }
  const bytes = readFileSync(path);
  // Bytes 18-19 say "WAL" (2): an in-memory database reads only the rollback journal's (1).
  if (bytes.length >= 20 && bytes[18] === 2 && bytes[19] === 2) bytes[18] = bytes[19] = 1;
  return new Database(bytes, { readonly: true });
}

/** Checks an open connection: a Shiftdesk workspace (or an empty database) whose ledger is a prefix of `known`. */
function inspect(db: WorkspaceDb, path: string, known: readonly Migration[]): void {
  if (!hasLedger(db)) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").get() as { n: number };
    if (tables.n > 0) throw incompatible(path, 'it is a SQLite database but not a Shiftdesk workspace (no migration ledger)');
    return;
  }
  const reason = ledgerMismatch(readLedger(db), known);
  if (reason) throw incompatible(path, reason);
}

/** Any failure to read it: damaged (not a database, or malformed: `workspace_damaged`, naming the latest backup), or unreadable. */
function openFailure(path: string, err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (isDamagedDatabaseError(err)) return damagedWorkspaceError(path, (err as Error).message);
  return incompatible(path, `it is not a readable SQLite database (${(err as Error).message})`);
}

/**
 * Checks an existing file without writing to it: opened read-only, it must be a SQLite database
 * whose migration ledger is a prefix of `known`. Throws `workspace_incompatible` otherwise, and
 * `workspace_damaged` when it is not a database (any more) or is malformed.
 */
export function checkWorkspaceFile(path: string, known: readonly Migration[] = MIGRATIONS): void {
  if (!existsSync(path) || statSync(path).size === 0) return;
  let db: WorkspaceDb | undefined;
  try {
    db = openForReading(path);
    inspect(db, path, known);
  } catch (err) {
    throw openFailure(path, err);
  } finally {
    db?.close();
  }
}

/**
 * Opens (creating when missing) the workspace database: checks it read-only first, then opens it
 * read-write with WAL, foreign keys and a busy timeout, and runs the pending migrations
 * (`applied_at` read from `clock`). A workspace that is not writable (`isReadOnlyWorkspace`) is opened
 * read-only instead, when it needs no migration (its `readonly` is then true).
 */
export function openWorkspaceDb(path: string, clock: Pick<Clock, 'now'>, options: OpenOptions = {}): WorkspaceDb {
  const known = options.migrations ?? MIGRATIONS;
  if (isReadOnlyWorkspace(path)) return openReadOnly(path, known);
  checkWorkspaceFile(path, known);
  // First run of the CLI or browser mode: the data folder may not exist yet.
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -65536'); // 64 MB: a 100k-case import stays in memory instead of thrashing the indexes
    migrate(db, () => clock.now(), known);
    // A newer Shiftdesk may have migrated the file between the check and now.
    const reason = ledgerMismatch(readLedger(db), known);
    if (reason) throw incompatible(path, reason);
    return db;
  } catch (err) {
    db.close();
    throw isDamagedDatabaseError(err) ? openFailure(path, err) : err;
  }
}

/** A read-only workspace: read as it is; one that would need a migration (or creating) is refused, since that writes. */
function openReadOnly(path: string, known: readonly Migration[]): WorkspaceDb {
  let db: WorkspaceDb | undefined;
  try {
    db = openForReading(path);
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -65536');
    inspect(db, path, known);
    const applied = readLedger(db).length;
    if (applied < known.length) {
      const what = applied === 0 ? 'it is not a Shiftdesk workspace yet (an empty file)' : 'it was made by an older Shiftdesk and needs upgrading';
      throw new AppError(
        'workspace_read_only',
        `Cannot open the workspace ${path}: ${what}, which writes to it, but it is read-only. Make the file and its folder writable and open it again. The file was not changed.`,
      );
    }
    return db;
  } catch (err) {
    db?.close();
    throw openFailure(path, err);
  }
}
