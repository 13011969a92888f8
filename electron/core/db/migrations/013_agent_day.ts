import type { Migration } from './types';

/**
 * The agent's day and the lead's handoff (`workflow.md` "The agent's day", "Roles and the handoff
 * view"): the audit list of lead-only and status actions (who, when, what, on what), and one daily
 * checklist per agent per local day (its items with when and how each was ticked), kept as history.
 */
export const agentDay: Migration = {
  version: 13,
  name: 'agent_day',
  up(db) {
    db.exec(`
      CREATE TABLE audit (
        seq     INTEGER PRIMARY KEY,
        at      INTEGER NOT NULL,
        by_id   TEXT,
        action  TEXT NOT NULL,
        subject TEXT,
        detail  TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_at ON audit (at);
      CREATE TABLE checklist_days (
        agent_id TEXT NOT NULL,
        day      TEXT NOT NULL,
        items    TEXT NOT NULL,
        PRIMARY KEY (agent_id, day)
      );
    `);
  },
};
