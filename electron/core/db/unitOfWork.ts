import type { Database } from 'better-sqlite3';
import type { ChangeTopic } from '../../../shared/contract/events';
import { AppError } from '../../../shared/contract/result';
import { topicsOf, type ProjectedKinds } from './topics';
import type { WriteSet, WriteTracker } from './writes';

/**
 * The one write path of the core (DESIGN.md "How data flows"): `run(fn)` is one SQLite transaction
 * that takes the write lock before `fn` reads (BEGIN IMMEDIATE, waiting up to the busy timeout for
 * another process), in which `fn` writes through the repositories, which note what they wrote. At
 * commit the projector re-derives exactly the work items those records affect, in the same
 * transaction; after commit the change topics follow from what was written and the commit is
 * announced, once, to the listeners (the core schedules its `changed` event and the alert re-plan
 * after the request). A nested `run` joins the outer unit.
 */
export interface Commit {
  topics: ChangeTopic[];
}

/** How far a long unit of work or job is: a phase a person can read ("Reading the file") and done / total in its own unit. */
export interface Progress {
  phase: string;
  done: number;
  total: number;
}

export type ReportProgress = (progress: Progress) => void;

export interface Projector {
  /** Brings the work items in line with what `writes` changed; in the caller's transaction. */
  project(writes: WriteSet, progress?: ReportProgress): ProjectedKinds;
}

export interface UnitOfWork {
  /** `imported`: the unit imports records made elsewhere (the sync outbox sends nothing of it). */
  run<T>(fn: () => T, options?: { progress?: ReportProgress; imported?: boolean }): T;
  /** A consistent read of several statements (a deferred transaction: no write lock). */
  read<T>(fn: () => T): T;
  /** Called after each commit (and for commits a worker made on the core's behalf: `announce`). */
  onCommit(listener: (commit: Commit) => void): () => void;
  /** Announces a commit made elsewhere for this core (a long job in a worker thread). */
  announce(commit: Commit): void;
  /** Inside `run`: derive the whole projection again at commit. */
  requestRebuild(): void;
}

export interface UnitOfWorkOptions {
  db: Database;
  tracker: WriteTracker;
  projector: Projector;
  /** Checked before taking the write lock: throws `busy` when a job of this core holds it (waiting would freeze the thread). */
  beforeWrite?: () => void;
  /** Inside the transaction, after the action and before the projection: records what the action means elsewhere (the sync outbox). */
  beforeCommit?: (writes: WriteSet) => void;
}

export function createUnitOfWork(o: UnitOfWorkOptions): UnitOfWork {
  const listeners = new Set<(commit: Commit) => void>();
  let progress: ReportProgress | undefined;
  const body = o.db.transaction((fn: () => unknown, writes: WriteSet) => {
    const result = fn();
    o.beforeCommit?.(writes);
    const projected = o.projector.project(writes, progress);
    return { result, projected };
  });
  const read = o.db.transaction((fn: () => unknown) => fn());

  const announce = (commit: Commit) => {
    for (const listener of [...listeners]) listener(commit);
  };

  return {
    run<T>(fn: () => T, options: { progress?: ReportProgress; imported?: boolean } = {}): T {
      if (o.tracker.current() !== null) return fn();
      o.beforeWrite?.();
      const writes = o.tracker.open();
      writes.imported = options.imported === true;
      progress = options.progress;
      let outcome: { result: unknown; projected: ProjectedKinds };
      try {
        outcome = body.immediate(fn, writes);
      } catch (err) {
        throw busyError(err) ?? err;
      } finally {
        o.tracker.close();
        progress = undefined;
      }
      const topics = topicsOf(writes, outcome.projected);
      if (topics.length > 0) announce({ topics });
      return outcome.result as T;
    },
    read: <T>(fn: () => T): T => (o.tracker.current() !== null ? fn() : (read(fn) as T)),
    onCommit(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    announce,
    requestRebuild: () => o.tracker.writes.rebuild(),
  };
}

/** SQLite's "database is locked" after the busy timeout, as the contract's `busy`. */
function busyError(err: unknown): AppError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (code !== 'SQLITE_BUSY' && code !== 'SQLITE_BUSY_SNAPSHOT' && code !== 'SQLITE_LOCKED') return null;
  return new AppError('busy', 'The workspace is busy with another program writing to it (an import?): try again in a moment');
}
