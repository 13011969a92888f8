import type { Database } from 'better-sqlite3';
import type { Writes } from '../writes';
import type { SavedFilterRepository, SavedFilterRow } from './types';

/** Saved queue filters per agent (migration 004); names are unique per agent, ignoring case. */
export function savedFilterRepository(db: Database, writes: Writes): SavedFilterRepository {
  const list = db.prepare('SELECT name, filter, saved_at FROM saved_filters WHERE agent_id = ? ORDER BY name, saved_at');
  const remove = db.prepare('DELETE FROM saved_filters WHERE agent_id = ? AND name = ?');
  const insert = db.prepare('INSERT INTO saved_filters (agent_id, name, filter, saved_at) VALUES (?, ?, ?, ?)');
  const count = db.prepare('SELECT count(*) FROM saved_filters WHERE agent_id = ?').pluck();
  return {
    list: (agentId) =>
      (list.all(agentId) as { name: string; filter: string; saved_at: number }[]).map((r) => ({
        name: r.name,
        filter: JSON.parse(r.filter) as unknown,
        savedAt: r.saved_at,
      })),
    save: (agentId, row: SavedFilterRow) => {
      writes.require('saved_filters write');
      remove.run(agentId, row.name);
      insert.run(agentId, row.name, JSON.stringify(row.filter), row.savedAt);
      writes.table('saved_filters');
    },
    remove: (agentId, name) => {
      writes.require('saved_filters write');
      const removed = remove.run(agentId, name).changes > 0;
      if (removed) writes.table('saved_filters');
      return removed;
    },
    count: (agentId) => count.get(agentId) as number,
  };
}
