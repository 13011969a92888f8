import { CHANGE_TOPICS, type ChangeTopic } from '../../shared/contract/events';
import { createDispatch } from '../../shared/contract/dispatch';
import type { Notification } from '../../shared/contract/models';
import { buildSampleShift } from '../../resources/sample-shift/index';
import { createAlertScheduler } from './alerts/scheduler';
import { openWorkspaceDb } from './db/connection';
import { createSqliteRepositories } from './db/repositories/sqlite';
import { createEmitter } from './emitter';
import { watchExternalChanges } from './externalChanges';
import type { Core, CoreOptions } from './ports';
import { createHandlers } from './services/index';
import { createSlaContext } from './services/slaContext';
import { intakeEndpointSettings } from './services/intakeEndpoint';
import { createSweepScheduler, type SweepScheduler } from './sweep/scheduler';

/**
 * The Electron-free core on one workspace database. Start-up order:
 * 1. open the file (refusing an incompatible one untouched) and run pending migrations;
 * 2. repositories over the connection; 3. the event emitter; 4. the services behind one
 * validating dispatcher; 5. the watch for commits made by other processes; 6. the SLA alert scheduler;
 * 7. the unassigned sweep.
 * Throws `AppError('workspace_incompatible')` when the file belongs to a newer Shiftdesk.
 */
export function createCore(options: CoreOptions): Core {
  const { dbPath, clock, prefs } = options;
  const db = openWorkspaceDb(dbPath, clock);
  const repos = createSqliteRepositories(db);
  const emitter = createEmitter();
  const sla = createSlaContext(repos, clock);
  const emit = (topics: ChangeTopic[]) => emitter.emit('changed', { topics });
  let sweep: SweepScheduler | null = null; // step 7
  const handlers = createHandlers({
    repos,
    clock,
    prefs,
    dbPath,
    sla,
    emit,
    publish: (event, payload) => emitter.emit(event, payload),
    sampleShift: options.sampleShift ?? buildSampleShift,
    sweepIntervalChanged: () => sweep?.replan(),
  });
  const dispatch = createDispatch(handlers, (method, err) => console.error(`shiftdesk: ${method} failed unexpectedly`, err));
  const watch =
    options.watchExternalChanges === false
      ? null
      : watchExternalChanges(db, clock, options.externalChangePollMs ?? 500, () =>
          emitter.emit('changed', { topics: [...CHANGE_TOPICS] }),
        );

  // Every notification goes to the face's notifier (desktop) and out as the `notify` event (browser mode).
  const notify = (notification: Notification) => {
    options.notifier?.notify(notification);
    emitter.emit('notify', notification);
  };

  // 6. SLA alerts: planned now (alerts that came due while the app was closed fire at once, late),
  //    again after every change but its own and the sweep's, on resume and at its periodic check.
  const alerts =
    options.alerts === false
      ? null
      : createAlertScheduler({
          repos,
          clock,
          prefs,
          sla,
          recorded: () => emit(['alerts']),
          notify,
        });
  const stopReplanning = alerts
    ? emitter.on('changed', ({ topics }) => {
        if (topics.some((t) => t !== 'alerts' && t !== 'sweep')) alerts.replan();
      })
    : null;
  alerts?.replan();

  // 7. The unassigned sweep (sla.md section 7): due one interval after the last recorded sweep; a
  //    missed one runs now, at start and on resume; re-planned when the interval changes. Not on other
  //    changes: a new workspace gets its first sweep at the periodic check, not inside its import.
  if ((options.sweep ?? options.alerts) !== false) {
    sweep = createSweepScheduler({ repos, clock, prefs, recorded: () => emit(['sweep']), notify });
  }
  sweep?.replan();

  let closed = false;
  return {
    dispatch,
    handlers,
    on: (event, listener) => emitter.on(event, listener),
    dbPath,
    intake: intakeEndpointSettings(repos),
    resumed: () => {
      alerts?.replan();
      sweep?.replan();
    },
    close() {
      if (closed) return;
      closed = true;
      stopReplanning?.();
      alerts?.stop();
      sweep?.stop();
      watch?.cancel();
      emitter.clear();
      db.close();
    },
  };
}
