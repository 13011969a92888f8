import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/contract/result';
import { isWritable, type WorkspaceDb } from '../db/connection';

export interface CopyOptions {
  /** Told after each step: pages copied so far of all. */
  progress?(done: number, total: number): void;
  /** Pages copied per step (default 100, about 400 KB): between steps the thread is free. */
  pagesPerStep?: number;
  /** Stops the copy at its next step (the core closing); the destination is left untouched. */
  signal?: AbortSignal;
}

export const PAGES_PER_STEP = 100;

/**
 * Copies the database of `source` to `dest` with SQLite's online backup, a step at a time, from one
 * snapshot: a read transaction held for the whole copy, so what other connections commit meanwhile
 * is not half in it (they carry on: WAL). Written beside `dest` first and renamed over it at the end,
 * so `dest` is a complete database or untouched. Returns its size in bytes.
 */
export async function copyDatabase(source: WorkspaceDb, dest: string, o: CopyOptions = {}): Promise<number> {
  if (!existsSync(dirname(dest))) throw new AppError('invalid_input', `cannot write ${dest}: the folder ${dirname(dest)} does not exist`);
  if (!isWritable(dirname(dest))) throw new AppError('invalid_input', `cannot write ${dest}: the folder ${dirname(dest)} is not writable`);
  const temp = join(dirname(dest), `.${basename(dest)}.${process.pid}.tmp`);
  const removeTemp = () => {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${temp}${suffix}`, { force: true });
  };
  removeTemp();
  source.exec('BEGIN');
  try {
    // The snapshot is taken at the first read.
    source.prepare('SELECT count(*) FROM sqlite_schema').get();
    await source.backup(temp, {
      progress: ({ totalPages, remainingPages }) => {
        if (o.signal?.aborted) throw new AppError('internal', `the copy to ${dest} was stopped`);
        o.progress?.(totalPages - remainingPages, totalPages);
        return o.pagesPerStep ?? PAGES_PER_STEP;
      },
    });
    renameSync(temp, dest);
  } catch (err) {
    removeTemp();
    throw err;
  } finally {
    if (source.inTransaction) source.exec('COMMIT');
  }
  return statSync(dest).size;
}
