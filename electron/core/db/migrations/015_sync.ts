import type { Migration } from './types';

/**
 * Sync with the team's help desk (issue 13, docs/sync.md). `sync_links`: which local case is which
 * remote case, the version (RT: ETag) last seen, the newest remote event held, and how far the
 * outbox has read the case's timeline. `outbox`: what the agent did on a synced case, written in the
 * same transaction as the action, delivered in order per case, kept after delivery as history.
 * `sync_pushed`: the remote events our own pushes made, which a pull must not add again.
 */
export const sync: Migration = {
  version: 15,
  name: 'sync',
  up(db) {
    db.exec(`
      CREATE TABLE sync_links (
        case_id       TEXT PRIMARY KEY REFERENCES cases (id),
        system        TEXT NOT NULL,
        remote_id     TEXT NOT NULL,
        version       TEXT,
        last_event    TEXT,
        captured_seq  INTEGER NOT NULL DEFAULT 0,
        pulled_at     INTEGER,
        UNIQUE (system, remote_id)
      );
      CREATE TABLE outbox (
        id          INTEGER PRIMARY KEY,
        case_id     TEXT NOT NULL REFERENCES cases (id),
        event_seq   INTEGER NOT NULL UNIQUE,
        change      TEXT NOT NULL CHECK (json_valid(change)),
        state       TEXT NOT NULL CHECK (state IN ('waiting', 'sent', 'conflict', 'refused', 'dismissed')),
        created_at  INTEGER NOT NULL,
        attempts    INTEGER NOT NULL DEFAULT 0,
        sent_at     INTEGER,
        problem     TEXT
      );
      CREATE INDEX outbox_open ON outbox (state, case_id, id) WHERE state IN ('waiting', 'conflict', 'refused');
      CREATE INDEX outbox_case ON outbox (case_id, id);
      CREATE TABLE sync_pushed (
        case_id   TEXT NOT NULL,
        remote_id TEXT NOT NULL,
        PRIMARY KEY (case_id, remote_id)
      ) WITHOUT ROWID;
    `);
  },
};
