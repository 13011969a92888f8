/** The public surface of the Electron-free core, for the desktop, browser mode, the CLI and tests. */
export { createCore } from './createCore';
export type { Core, CoreOptions, Listener, Notifier, NotifyRequest, Preferences } from './ports';
export { systemClock } from './systemClock';
export { jsonFilePrefs, memoryPrefs } from './prefs';
export { DB_FILE_NAME, PRODUCT_NAME, defaultDataDir, defaultDbPath, type PathEnv } from './paths';
export { checkWorkspaceFile, openWorkspaceDb, type WorkspaceDb } from './db/connection';
export { MIGRATIONS } from './db/migrations/index';
export {
  acquireWorkspaceLock,
  processIsAlive,
  readWorkspaceLock,
  workspaceLockPath,
  type InstanceKind,
  type LockHolder,
  type LockInfo,
  type LockOptions,
  type LockResult,
  type WorkspaceLock,
} from './instanceLock';
