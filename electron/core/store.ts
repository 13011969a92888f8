import type { Clock } from '../../shared/time/clock';
import { openWorkspaceDb, readOnlyError, type WorkspaceDb } from './db/connection';
import { createSqliteRepositories } from './db/repositories/sqlite';
import type { Repositories } from './db/repositories/types';
import { createUnitOfWork, type UnitOfWork } from './db/unitOfWork';
import { createWriteTracker, type Writes } from './db/writes';
import { createProjector } from './projection/projector';
import { createSlaContext, type SlaContext } from './services/slaContext';
import { captureOutbox } from './sync/capture';

/**
 * One connection to a workspace and everything that writes through it: the repositories (which note
 * their writes), the SLA setup, the projector and the unit of work. The core's main thread opens one;
 * the job worker opens its own on the same file, behind the same interfaces.
 */
export interface Store {
  db: WorkspaceDb;
  repos: Repositories;
  uow: UnitOfWork;
  sla: SlaContext;
  /** The repositories' side of the unit of work (device preferences note their writes through it too). */
  writes: Writes;
  /** The workspace was opened read-only (its file or folder is not writable): every unit of work is refused. */
  readOnly: boolean;
  close(): void;
}

export interface StoreOptions {
  dbPath: string;
  clock: Pick<Clock, 'now'>;
  /** Checked before a unit of work takes the write lock (the core refuses while its own job holds it). */
  beforeWrite?: () => void;
  /**
   * Foreign keys on (the default). The job worker turns them off: an import checks every reference
   * itself (`shared/interchange/reader.ts`), and SQLite checking them again cost as much as the rest
   * of writing 100,000 cases.
   */
  foreignKeys?: boolean;
}

export function openStore(o: StoreOptions): Store {
  const db = openWorkspaceDb(o.dbPath, o.clock);
  if (o.foreignKeys === false) db.pragma('foreign_keys = OFF');
  const tracker = createWriteTracker();
  const repos = createSqliteRepositories(db, tracker.writes);
  const sla = createSlaContext(repos, o.clock);
  const projector = createProjector({ repos, setup: () => sla.setup(), clock: o.clock });
  const readOnly = db.readonly;
  const beforeWrite = () => {
    if (readOnly) throw readOnlyError(o.dbPath);
    o.beforeWrite?.();
  };
  const uow = createUnitOfWork({ db, tracker, projector, beforeWrite, beforeCommit: (writes) => captureOutbox(repos, writes, o.clock.now()) });
  return { db, repos, uow, sla, writes: tracker.writes, readOnly, close: () => db.close() };
}
