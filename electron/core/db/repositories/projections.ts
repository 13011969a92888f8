import type { Database } from 'better-sqlite3';
import type { Writes } from '../writes';
import type { ProjectionLedger } from './types';

/** The projection ledger (migration 007), beside the migration ledger: which rules built each projection. */
export function projectionLedger(db: Database, writes: Writes): ProjectionLedger {
  const get = db.prepare('SELECT version FROM projections WHERE name = ?').pluck();
  const set = db.prepare(
    'INSERT INTO projections (name, version, built_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET version = excluded.version, built_at = excluded.built_at',
  );
  return {
    version: (name) => (get.get(name) as number | undefined) ?? null,
    record: (name, version, at) => {
      writes.require('projections write');
      set.run(name, version, at);
    },
  };
}
