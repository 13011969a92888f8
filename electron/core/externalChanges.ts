import type { Database } from 'better-sqlite3';
import type { Clock, TimerHandle } from '../../shared/time/clock';

/**
 * Notices commits made through *other* connections to the same file (the CLI importing while a
 * window is open): SQLite's `PRAGMA data_version` changes exactly then, never for this
 * connection's own commits. Polled on the injected clock.
 */
export function watchExternalChanges(db: Database, clock: Clock, periodMs: number, onChange: () => void): TimerHandle {
  const read = db.prepare('PRAGMA data_version').pluck();
  let last = read.get() as number;
  return clock.setInterval(() => {
    if (!db.open) return;
    const now = read.get() as number;
    if (now !== last) {
      last = now;
      onChange();
    }
  }, periodMs);
}
