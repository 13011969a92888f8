import { CHANGE_TOPICS, type ChangeTopic } from '../../shared/contract/events';
import { createDispatch } from '../../shared/contract/dispatch';
import { AppError } from '../../shared/contract/result';
import type { Notification } from '../../shared/contract/models';
import { WORK_ITEM_RULES_VERSION } from '../../shared/domain/workItem';
import { buildSampleShift } from '../../resources/sample-shift/index';
import { createAfterCommit } from './afterCommit';
import { createAlertScheduler } from './alerts/scheduler';
import { createDailyBackups } from './backup/dailyBackups';
import { createEmitter } from './emitter';
import { watchExternalChanges } from './externalChanges';
import { createJobHost } from './jobs/host';
import type { Core, CoreOptions, Preferences } from './ports';
import { WORK_ITEMS_PROJECTION } from './projection/projector';
import { createHandlers } from './services/index';
import { intakeEndpointSettings } from './services/intakeEndpoint';
import { openStore } from './store';
import { createSweepScheduler, type SweepScheduler } from './sweep/scheduler';
import { createClosureScheduler } from './closure/scheduler';
import { createScheduleScheduler } from './schedule/scheduler';
import { adoptSweepPreference } from './sweep/findSweep';
import { createChecklistWatcher } from './checklist/autoTick';
import type { Writes } from './db/writes';
import { createSyncEngine, type ConnectorFactory } from './sync/engine';
import { fileSecretStore } from './sync/secrets';
import { createRtConnector } from './sync/rt/connector';

/**
 * The Electron-free core on one workspace database. Start-up order:
 * 1. open the file (refusing an incompatible one untouched), run pending migrations, and build the
 *    store on it: repositories, SLA setup, projector, unit of work;
 * 2. the job host (long jobs in a worker thread) and the event emitter;
 * 3. what follows each commit: the alert re-plan, then one `changed` event, after the request;
 * 4. the services behind one validating dispatcher (a write refused as `busy` while a job holds the
 *    workspace runs again when the job is done);
 * 5. the watch for commits made by other processes;
 * 6. the SLA alert scheduler; 7. the unassigned sweep;
 * 8. a projection built by older rules is rebuilt (a job; `ready()` resolves when it is done);
 * 9. the daily backups (when asked for: the desktop app and browser mode).
 * Throws `AppError('workspace_incompatible')` when the file belongs to a newer Shiftdesk,
 * `workspace_damaged` (naming the latest backup) when it is not a readable database any more. A file
 * or folder that is not writable is opened read-only: reads and exports work, every write answers
 * `workspace_read_only`, and nothing runs that would write (alerts, the sweep, backups).
 */
export function createCore(options: CoreOptions): Core {
  const { dbPath, clock } = options;
  // 1-2. The job host guards the store's writes; the store is built first.
  let guardWrite = () => {};
  const store = openStore({ dbPath, clock, beforeWrite: () => guardWrite() });
  const { repos, uow, sla, readOnly } = store;
  const prefs = announcedPrefs(options.prefs, store.writes);
  const emitter = createEmitter();
  const jobs = createJobHost({
    store,
    dbPath,
    clock,
    worker: options.worker ?? null,
    ...(options.inlineBelow !== undefined && { inlineBelow: options.inlineBelow }),
    progress: (event) => emitter.emit('progress', event),
  });
  guardWrite = () => jobs.guardWrite();

  // 3. After each commit (this thread's, the worker's, another process's): re-plan, then announce.
  let replanAlerts = () => {};
  let replanClosure = () => {};
  let replanSchedule = () => {};
  // The checklists' auto-ticks (checklist/autoTick.ts): what this core's commits could have changed.
  const checklist = readOnly ? null : createChecklistWatcher({ repos, uow, clock });
  const afterCommit = createAfterCommit({
    replan: () => {
      checklist?.run();
      replanAlerts();
      replanClosure();
      replanSchedule();
    },
    emit: (topics) => emitter.emit('changed', { topics }),
    quiet: ['alerts', 'sweep', 'checklist'],
  });
  const stopCommits = uow.onCommit((commit) => afterCommit.add(commit.topics));

  // 4. (with the help-desk sync's engine, which the sync service drives and step 7d schedules)
  let sweep: SweepScheduler | null = null; // step 7
  const secrets = options.secrets ?? fileSecretStore(`${dbPath}.rt-token`);
  const syncConnector: ConnectorFactory = options.syncConnector ?? rtConnectorFor;
  const syncRuns = (options.sync ?? options.alerts) !== false && !readOnly;
  const syncEngine = readOnly ? undefined : createSyncEngine({ repos, uow, clock, secrets, connector: syncConnector, schedule: syncRuns, ...(options.onSyncSlice && { onSlice: options.onSyncSlice }) });
  const handlers = createHandlers({
    repos,
    uow,
    jobs,
    clock,
    prefs,
    dbPath,
    sla,
    publish: (event, payload) => emitter.emit(event, payload),
    sampleShift: options.sampleShift ?? buildSampleShift,
    sweepIntervalChanged: () => sweep?.replan(),
    ...(syncEngine && { sync: syncEngine }),
    secrets,
  });
  const dispatch = createDispatch(handlers, {
    onUnexpected: (method, err) => console.error(`shiftdesk: ${method} failed unexpectedly`, err),
    // A write that found the workspace held by this core's own job runs again once the job is done.
    whenBusy: async () => {
      if (jobs.current() === null) return false;
      await jobs.idle();
      return true;
    },
  });

  // 5.
  const watch =
    options.watchExternalChanges === false
      ? null
      : watchExternalChanges(store.db, clock, options.externalChangePollMs ?? 500, () => afterCommit.add(CHANGE_TOPICS as readonly ChangeTopic[]));

  // Every notification goes to the face's notifier (desktop) and out as the `notify` event (browser mode).
  const notify = (notification: Notification) => {
    options.notifier?.notify(notification);
    emitter.emit('notify', notification);
  };

  // 6. SLA alerts: planned now (alerts that came due while the app was closed fire at once, late),
  //    again after every commit but its own and the sweep's, on resume and at its periodic check.
  const alerts = options.alerts === false || readOnly ? null : createAlertScheduler({ repos, uow, clock, prefs, sla, notify });
  replanAlerts = () => alerts?.replan();
  alerts?.replan();

  // 7. The unassigned sweep (sla.md section 7): due one interval after the last recorded sweep; a
  //    missed one runs now, at start and on resume; re-planned when the interval changes. Not on other
  //    changes: a new workspace gets its first sweep at the periodic check, not inside its import.
  if ((options.sweep ?? options.alerts) !== false && !readOnly) {
    // The interval became a workspace setting (issue 12): this device's old preference is adopted once.
    // (Not fatal: until it is, the interval is read from the preference.)
    try {
      uow.run(() => adoptSweepPreference(repos, prefs, clock.now()));
    } catch (err) {
      console.error('shiftdesk: keeping the sweep interval as a workspace setting failed; trying at the next start', err);
    }
    sweep = createSweepScheduler({ repos, uow, clock, prefs, notify });
  }
  sweep?.replan();

  // 7b. The closure timer (sla.md section 6): cases due to close while the app was closed close now;
  //     then at the next due instant, and re-planned after every commit (a resolution email, an answer).
  const closure =
    (options.closure ?? options.alerts) !== false && !readOnly ? createClosureScheduler({ repos, uow, clock, timeZone: () => sla.timeZone() }) : null;
  replanClosure = () => closure?.replan();
  closure?.replan();

  // 7c. Schedule reminders and SLA upkeep blocks (docs/schedules.md): the device agent's next one,
  //     re-planned after every commit (a schedule or status changed) and on wake.
  const schedule =
    (options.schedule ?? options.alerts) !== false && !readOnly ? createScheduleScheduler({ repos, uow, clock, prefs, notify }) : null;
  replanSchedule = () => schedule?.replan();
  schedule?.replan();

  // 7d. The help-desk sync (docs/sync.md): a pass now when connected, then at the pull interval (or
  //     the backoff while offline), at once on resume, and soon after a commit that queued a change.
  if (syncRuns && syncEngine) {
    syncEngine.start();
    uow.onCommit((commit) => {
      if (commit.topics.includes('sync')) clock.setTimeout(() => syncEngine.kick(), 0);
    });
  }

  // 8. Work items derived by older rules (or never): derived again from the records (a read-only
  //    workspace cannot be: its queue is refused, its records still export).
  const current = repos.projections.version(WORK_ITEMS_PROJECTION) === WORK_ITEM_RULES_VERSION;
  const ready = current
    ? Promise.resolve()
    : readOnly
      ? Promise.reject(staleReadOnlyQueue(dbPath))
      : jobs.run('rebuild', {}, repos.cases.count() + repos.interactions.count()).then(
          () => undefined,
          (err: unknown) => {
            if (!closed) console.error('shiftdesk: rebuilding the queue failed', err);
          },
        );
  ready.catch(() => {}); // read by whoever awaits `ready()`; never an unhandled rejection

  // 9. Daily backups beside the workspace, the team calendar's days (`backup/dailyBackups.ts`).
  const backups =
    options.backups === true && !readOnly
      ? createDailyBackups({
          dbPath,
          clock,
          timeZone: () => sla.timeZone(),
          onError: (err) => console.error('shiftdesk: the daily backup failed; trying again at the next check', err),
        })
      : null;

  let closed = false;
  return {
    dispatch,
    handlers,
    on: (event, listener) => emitter.on(event, listener),
    dbPath,
    intake: intakeEndpointSettings(repos, uow),
    resumed: () => {
      if (syncRuns && syncEngine) void syncEngine.now().catch((err: unknown) => console.error('shiftdesk: sync after resume failed', err));
      alerts?.replan();
      sweep?.replan();
      closure?.replan();
      schedule?.replan();
      backups?.check();
    },
    ready: () => ready,
    settled: () => afterCommit.settled(),
    readOnly,
    sync: {
      pass: () => (syncEngine ? syncEngine.pass() : Promise.reject(new AppError('workspace_read_only', 'a read-only workspace does not sync'))),
      idle: () => syncEngine?.idle() ?? Promise.resolve(null),
    },
    backupsIdle: () => backups?.idle() ?? Promise.resolve(),
    importFile: async (path) => (await jobs.run('import', { path }, Number.MAX_SAFE_INTEGER)).summary,
    exportFile: async (path) => ({ bytes: (await jobs.run('export', { path }, Number.MAX_SAFE_INTEGER)).bytes }),
    close() {
      if (closed) return Promise.resolve();
      closed = true;
      stopCommits();
      afterCommit.stop();
      alerts?.stop();
      sweep?.stop();
      closure?.stop();
      schedule?.stop();
      syncEngine?.stop();
      checklist?.stop();
      watch?.cancel();
      emitter.clear();
      // The worker's connection goes with it (a job cut short rolls back); this one closes now. A
      // backup being made is abandoned (its own connection closes when it stops).
      const stopped = Promise.all([jobs.close(), backups?.stop()]).then(() => undefined);
      store.close();
      return stopped;
    },
  };
}

/** The Request Tracker connector for a connection (the default `syncConnector`). */
const rtConnectorFor: ConnectorFactory = (c, token) => createRtConnector({ url: c.url, token, queues: c.queues, mapping: c.mapping });

/** The device preferences as the core sees them: setting one is a write of the open unit of work (announced with its topic). */
function announcedPrefs(prefs: Preferences, writes: Writes): Preferences {
  return {
    get: (key) => prefs.get(key),
    set(key, value) {
      writes.require(`preference ${key}`);
      prefs.set(key, value);
      writes.pref(key);
    },
  };
}

/** A read-only workspace whose queue was derived by older rules: deriving it again would write. */
function staleReadOnlyQueue(dbPath: string): AppError {
  return new AppError(
    'workspace_read_only',
    `The queue of ${dbPath} was built by an older Shiftdesk and must be built again, which writes to the workspace, but it is read-only. Make the file and its folder writable and open it again (its records still export).`,
  );
}
