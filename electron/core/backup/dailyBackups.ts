import { existsSync, mkdirSync } from 'node:fs';
import type { Clock, TimerHandle } from '../../../shared/time/clock';
import { HOUR, MINUTE } from '../../../shared/time/instant';
import { backupsDir, dailyBackupPath } from '../paths';
import { backupWorkspace } from './backupWorkspace';
import { pruneBackups } from './backups';

/**
 * The automatic backups of the workspace the desktop app or browser mode keeps open: at most one per
 * local day, `backups/<workspace>-YYYY-MM-DD.db` beside it, the `keep` newest kept (a week). A check
 * a minute after start and every hour makes today's unless its file exists; the copy is SQLite's
 * online backup a few hundred kilobytes at a time (`copyDatabase`), so the thread stays free for the
 * window meanwhile, and the app goes on writing.
 */
export interface DailyBackups {
  /** Starts today's backup now unless it exists or one is being made. */
  check(): void;
  /** Resolves once no backup is being made. */
  idle(): Promise<void>;
  /** Stops the checks; a backup being made is abandoned (its file never appears). */
  stop(): Promise<void>;
}

export interface DailyBackupsOptions {
  dbPath: string;
  clock: Clock;
  /** The time zone whose days count: the team calendar's. */
  timeZone(): string;
  /** How many daily backups to keep (default 7). */
  keep?: number;
  /** Period of the check (default an hour). */
  checkEveryMs?: number;
  /** The first check, after start (default a minute: the app's start comes first). */
  firstCheckAfterMs?: number;
  /** A backup that failed (a full disk): it is tried again at the next check. */
  onError(err: unknown): void;
}

export const BACKUPS_KEPT = 7;

export function createDailyBackups(o: DailyBackupsOptions): DailyBackups {
  let making: Promise<void> | null = null;
  let stopped = false;
  const abort = new AbortController();

  const check = () => {
    if (stopped || making !== null) return;
    const dest = dailyBackupPath(o.dbPath, localDate(o.clock.now(), o.timeZone()));
    if (existsSync(dest)) return;
    making = (async () => {
      mkdirSync(backupsDir(o.dbPath), { recursive: true });
      await backupWorkspace(o.dbPath, dest, { signal: abort.signal });
      pruneBackups(o.dbPath, o.keep ?? BACKUPS_KEPT);
    })()
      .catch((err: unknown) => {
        if (!stopped) o.onError(err);
      })
      .finally(() => {
        making = null;
      });
  };

  const timers: TimerHandle[] = [
    o.clock.setTimeout(check, o.firstCheckAfterMs ?? MINUTE),
    o.clock.setInterval(check, o.checkEveryMs ?? HOUR),
  ];
  return {
    check,
    idle: async () => {
      await making;
    },
    async stop() {
      stopped = true;
      for (const t of timers) t.cancel();
      abort.abort();
      await making;
    },
  };
}

/** `YYYY-MM-DD`: the calendar date of `at` in `timeZone`. */
export function localDate(at: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
