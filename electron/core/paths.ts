import { homedir } from 'node:os';
import { basename, dirname, join, posix, win32 } from 'node:path';

/** The product name Electron derives `userData` from. */
export const PRODUCT_NAME = 'Shiftdesk';
export const DB_FILE_NAME = 'workspace.db';

export interface PathEnv {
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  home?: string;
}

/**
 * The folder where Electron's `app.getPath('userData')` lives for "Shiftdesk", so the desktop,
 * browser mode and the CLI find the same workspace: `$XDG_CONFIG_HOME` or `~/.config` on Linux,
 * `~/Library/Application Support` on macOS, `%APPDATA%` on Windows. `SHIFTDESK_DATA_DIR` overrides it.
 */
export function defaultDataDir({ env = process.env, platform = process.platform, home = homedir() }: PathEnv = {}): string {
  const override = env.SHIFTDESK_DATA_DIR;
  if (override) return override;
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return posix.join(env.XDG_CONFIG_HOME || posix.join(home, '.config'), PRODUCT_NAME);
}

/** `<data dir>/workspace.db`. */
export function defaultDbPath(options: PathEnv = {}): string {
  const platform = options.platform ?? process.platform;
  return (platform === 'win32' ? win32 : posix).join(defaultDataDir(options), DB_FILE_NAME);
}

/** The folder of a workspace's automatic backups: `backups/` beside the workspace file. */
export function backupsDir(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

/**
 * The automatic backup of one local day: `backups/<workspace file's name without .db>-YYYY-MM-DD.db`
 * (`backups/workspace-2026-03-08.db`), so two workspaces in one folder never share a backup.
 */
export function dailyBackupPath(dbPath: string, localDate: string): string {
  return join(backupsDir(dbPath), `${backupStem(dbPath)}-${localDate}.db`);
}

/** The local date of a file named by `dailyBackupPath` for this workspace, or null for any other file name. */
export function dailyBackupDate(dbPath: string, fileName: string): string | null {
  const stem = backupStem(dbPath);
  if (!fileName.startsWith(`${stem}-`) || !fileName.endsWith('.db')) return null;
  const date = fileName.slice(stem.length + 1, -'.db'.length);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

function backupStem(dbPath: string): string {
  return basename(dbPath).replace(/\.db$/, '');
}
