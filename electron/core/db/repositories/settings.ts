import type { Database } from 'better-sqlite3';
import type { Writes } from '../writes';
import type { SettingsRepository } from './types';

/** Workspace settings (calendar, onboarded flag, ...): one JSON value per key. */
export function settingsRepository(db: Database, writes: Writes): SettingsRepository {
  const get = db.prepare('SELECT value FROM settings WHERE key = ?').pluck();
  const set = db.prepare(
    `INSERT INTO settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE settings.value IS NOT excluded.value`,
  );
  return {
    get: <T>(key: string) => {
      const value = get.get(key) as string | undefined;
      return value === undefined ? undefined : (JSON.parse(value) as T);
    },
    set: (key, value) => {
      writes.require('settings write');
      const changed = set.run(key, JSON.stringify(value)).changes > 0;
      if (changed) writes.setting(key);
      return changed;
    },
  };
}
