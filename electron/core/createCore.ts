import { CHANGE_TOPICS } from '../../shared/contract/events';
import { createDispatch } from '../../shared/contract/dispatch';
import { buildSampleShift } from '../../resources/sample-shift/index';
import { openWorkspaceDb } from './db/connection';
import { createSqliteRepositories } from './db/repositories/sqlite';
import { createEmitter } from './emitter';
import { watchExternalChanges } from './externalChanges';
import type { Core, CoreOptions } from './ports';
import { createHandlers } from './services/index';
import { createSlaContext } from './services/slaContext';

/**
 * The Electron-free core on one workspace database. Start-up order:
 * 1. open the file (refusing an incompatible one untouched) and run pending migrations;
 * 2. repositories over the connection; 3. the event emitter; 4. the services behind one
 * validating dispatcher; 5. the watch for commits made by other processes.
 * Throws `AppError('workspace_incompatible')` when the file belongs to a newer Shiftdesk.
 */
export function createCore(options: CoreOptions): Core {
  const { dbPath, clock, prefs } = options;
  const db = openWorkspaceDb(dbPath, clock);
  const repos = createSqliteRepositories(db);
  const emitter = createEmitter();
  const handlers = createHandlers({
    repos,
    clock,
    prefs,
    dbPath,
    sla: createSlaContext(repos, clock),
    emit: (topics) => emitter.emit('changed', { topics }),
    sampleShift: options.sampleShift ?? buildSampleShift,
  });
  const dispatch = createDispatch(handlers, (method, err) => console.error(`shiftdesk: ${method} failed unexpectedly`, err));
  const watch =
    options.watchExternalChanges === false
      ? null
      : watchExternalChanges(db, clock, options.externalChangePollMs ?? 500, () =>
          emitter.emit('changed', { topics: [...CHANGE_TOPICS] }),
        );

  let closed = false;
  return {
    dispatch,
    handlers,
    on: (event, listener) => emitter.on(event, listener),
    dbPath,
    close() {
      if (closed) return;
      closed = true;
      watch?.cancel();
      emitter.clear();
      db.close();
    },
  };
}
