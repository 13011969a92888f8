import type { EventName, EventPayload } from '../../shared/contract/index';
import type { Dispatch } from '../../shared/contract/dispatch';
import type { Handlers } from '../../shared/contract/index';
import type { Clock } from '../../shared/time/clock';
import type { Notification } from '../../shared/contract/models';
import type { IntakeEndpointPort } from './services/intakeEndpoint';
import type { WorkerSpec } from './jobs/host';
import type { ImportSummary } from '../../shared/contract/models';
import type { ConnectorFactory, PassSummary } from './sync/engine';
import type { SecretStore } from './sync/secrets';

/**
 * The core's ports: what each face hands to `createCore` and what it gets back.
 * The core never imports Electron; the OS is reached only through these interfaces.
 */

/** Device preferences (DESIGN.md "Settings split"): electron-store on the desktop, a JSON file in browser mode, memory in the CLI. */
export interface Preferences {
  get<T = unknown>(key: string): T | undefined;
  set(key: string, value: unknown): void;
}

/** A notification to show (the contract's `Notification`): each face shows it its own way. */
export type NotifyRequest = Notification;

export interface Notifier {
  notify(request: NotifyRequest): void;
}

export interface CoreOptions {
  /** The workspace database file (created when missing). */
  dbPath: string;
  clock: Clock;
  prefs: Preferences;
  /** Shows SLA notifications (the desktop's OS notifications); every notification is also sent as the `notify` event. */
  notifier?: Notifier;
  /** Run the SLA alert scheduler (default on; the CLI, which only reads and imports, turns it off). */
  alerts?: boolean;
  /** Run the unassigned sweep (`sla.md` section 7; default: as `alerts`). The CLI's `sweep` is a dry run without it. */
  sweep?: boolean;
  /** Run the closure timer (`sla.md` section 6; default: as `alerts`). The CLI's `tick` runs `closure.run` instead. */
  closure?: boolean;
  /** Run the schedule reminders and SLA upkeep blocks (`docs/schedules.md`; default: as `alerts`). */
  schedule?: boolean;
  /**
   * Watch the database for commits made by other processes (the CLI on the same file) and emit
   * `changed` for them: a periodic `PRAGMA data_version` check on the injected clock. Default on.
   */
  watchExternalChanges?: boolean;
  /** Period of that check in ms (default 500). */
  externalChangePollMs?: number;
  /**
   * The sample shift for `workspace.loadSample`: a raw interchange file with its times placed
   * around `now`. Defaults to `buildSampleShift` of resources/sample-shift.
   */
  sampleShift?: (now: number) => unknown;
  /**
   * The job worker's module (`out/main/worker.js` beside the face's entry; in tests the TypeScript
   * source with `execArgv: ['--import', 'tsx']`). Without it every long job runs on this thread.
   */
  worker?: WorkerSpec | null;
  /** Jobs of fewer records than this run on this thread even with a worker (default 2,000). */
  inlineBelow?: number;
  /**
   * Make the daily backups (`backups/` beside the workspace, a week kept; `backup/dailyBackups.ts`).
   * Default off: the desktop app and browser mode, which keep a workspace open all day, turn it on.
   */
  backups?: boolean;
  /**
   * Where the help desk's token is kept (docs/sync.md): the desktop passes Electron safeStorage; the
   * default is a file beside the workspace readable only by its owner (`<workspace>.rt-token`).
   */
  secrets?: SecretStore;
  /** Makes the help-desk connector (default: Request Tracker over REST2). Tests wrap its fetch to lose answers. */
  syncConnector?: ConnectorFactory;
  /** Run the sync with the team's help desk on a schedule while connected (default: as `alerts`). The CLI's `sync --once` runs one pass instead. */
  sync?: boolean;
  /** Told how long each slice of a sync pull held the thread, in ms (the benchmark). */
  onSyncSlice?: (ms: number, cases: number) => void;
}

export type Listener<E extends EventName> = (payload: EventPayload<E>) => void;

export interface Core {
  /** Validates and runs one contract method; never throws. */
  dispatch: Dispatch;
  /** The typed handlers behind `dispatch` (for direct calls in the CLI and tests; inputs are not re-validated). */
  handlers: Handlers;
  /** Subscribes to a contract event; returns its unsubscribe function. */
  on<E extends EventName>(event: E, listener: Listener<E>): () => void;
  /** The machine woke from sleep (or anything else happened that the core cannot see): re-plan SLA alerts now. */
  resumed(): void;
  /** The database file this core runs on. */
  readonly dbPath: string;
  /** The workspace was opened read-only (its file or folder is not writable): every write answers `workspace_read_only`. */
  readonly readOnly: boolean;
  /** Resolves once no daily backup is being made. */
  backupsIdle(): Promise<void>;
  /** The local intake endpoint's token and port, and where a face reports it running (`electron/intake`). */
  readonly intake: IntakeEndpointPort;
  /** Resolves once the work items are derived by this build's rules (a rebuild after an upgrade). */
  ready(): Promise<void>;
  /** Resolves once every commit so far was announced (`changed`) and its alerts re-planned. */
  settled(): Promise<void>;
  /** Imports a workspace file from disk, read a megabyte at a time (the command line). */
  importFile(path: string): Promise<ImportSummary>;
  /** Writes the whole workspace to a file, complete or not at all (the command line). */
  exportFile(path: string): Promise<{ bytes: number }>;
  /** The help-desk sync: one pass (pull, then send) and when it is idle (the CLI, tests). */
  readonly sync: { pass(): Promise<PassSummary>; idle(): Promise<unknown> };
  /** Closes the database at once; the promise resolves when the job worker has stopped too. */
  close(): Promise<void>;
}
