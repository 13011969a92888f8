import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/result';
import type { Clock } from '../../../shared/time/clock';
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

/**
 * Checks an existing file without writing to it: opened read-only, it must be a SQLite database
 * whose migration ledger is a prefix of `known`. Throws `workspace_incompatible` otherwise.
 */
export function checkWorkspaceFile(path: string, known: readonly Migration[] = MIGRATIONS): void {
  if (!existsSync(path) || statSync(path).size === 0) return;
  let db: WorkspaceDb | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    if (!hasLedger(db)) {
      const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").get() as { n: number };
      if (tables.n > 0) throw incompatible(path, 'it is a SQLite database but not a Shiftdesk workspace (no migration ledger)');
      return;
    }
    const reason = ledgerMismatch(readLedger(db), known);
    if (reason) throw incompatible(path, reason);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw incompatible(path, `it is not a readable SQLite database (${(err as Error).message})`);
  } finally {
    db?.close();
  }
}

/**
 * Opens (creating when missing) the workspace database: checks it read-only first, then opens it
 * read-write with WAL, foreign keys and a busy timeout, and runs the pending migrations
 * (`applied_at` read from `clock`).
 */
export function openWorkspaceDb(path: string, clock: Pick<Clock, 'now'>, options: OpenOptions = {}): WorkspaceDb {
  const known = options.migrations ?? MIGRATIONS;
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
    throw err;
  }
}
