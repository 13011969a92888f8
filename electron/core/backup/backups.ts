import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupsDir, dailyBackupDate } from '../paths';

/** One automatic backup of a workspace: its file and the local day it was made. */
export interface BackupFile {
  path: string;
  /** `YYYY-MM-DD`, the local day of the backup (from its name). */
  date: string;
}

/** The automatic backups of the workspace at `dbPath` (`backups/` beside it), newest first. */
export function listBackups(dbPath: string): BackupFile[] {
  const dir = backupsDir(dbPath);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    const date = dailyBackupDate(dbPath, name);
    if (date !== null) found.push({ path: join(dir, name), date });
  }
  return found.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The newest automatic backup, or null when there is none. */
export function latestBackup(dbPath: string): BackupFile | null {
  return listBackups(dbPath)[0] ?? null;
}

/** Deletes all but the `keep` newest automatic backups; returns the ones deleted. */
export function pruneBackups(dbPath: string, keep: number): BackupFile[] {
  const old = listBackups(dbPath).slice(keep);
  for (const b of old) for (const suffix of ['', '-wal', '-shm']) rmSync(`${b.path}${suffix}`, { force: true });
  return old;
}
