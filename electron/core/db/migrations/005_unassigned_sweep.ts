import type { Migration } from './types';

/**
 * The unassigned sweep (`sla.md` section 7, `docs/sla.md` "The unassigned sweep", decision D15):
 * - `sweeps`: one row per sweep, in the order they ran (`id`), also the ones the agent's status
 *   silenced: when it was due and when it ran, the device agent and their status, the counts
 *   (unassigned, new, in warning, breached), the keys of the new and newly-in-warning items (the first
 *   50 of each), the outcome and the notification text;
 * - `sweep_seen`: the unassigned items as the last sweep that reached the agent (not silenced) saw
 *   them, with whether each was already in warning: what "new" and "newly in warning" compare with.
 */
export const unassignedSweep: Migration = {
  version: 5,
  name: 'unassigned_sweep',
  up(db) {
    db.exec(`
      CREATE TABLE sweeps (
        id           INTEGER PRIMARY KEY,
        at           INTEGER NOT NULL,
        due_at       INTEGER NOT NULL,
        agent_id     TEXT,
        agent_status TEXT,
        unassigned   INTEGER NOT NULL,
        new_count    INTEGER NOT NULL,
        warning      INTEGER NOT NULL,
        breached     INTEGER NOT NULL,
        new_keys     TEXT NOT NULL CHECK (json_valid(new_keys)),
        warning_keys TEXT NOT NULL CHECK (json_valid(warning_keys)),
        outcome      TEXT NOT NULL CHECK (outcome IN ('notified', 'nothing_new', 'silenced')),
        silenced_by  TEXT,
        title        TEXT,
        body         TEXT
      );
      CREATE TABLE sweep_seen (
        item_id TEXT PRIMARY KEY,
        warning INTEGER NOT NULL
      ) WITHOUT ROWID;
    `);
  },
};
