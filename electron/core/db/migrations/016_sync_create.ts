import type { Migration } from './types';

/**
 * Cases made here on a connected workspace are created in the help desk (docs/sync.md "What is
 * sent"): until the help desk has confirmed the creation, the case is linked without a remote id
 * (`remote_id` NULL; SQLite's UNIQUE lets several be NULL). The table is rebuilt to drop NOT NULL.
 */
export const syncCreate: Migration = {
  version: 16,
  name: 'sync_create',
  up(db) {
    db.exec(`
      CREATE TABLE sync_links_new (
        case_id       TEXT PRIMARY KEY REFERENCES cases (id),
        system        TEXT NOT NULL,
        remote_id     TEXT,
        version       TEXT,
        last_event    TEXT,
        captured_seq  INTEGER NOT NULL DEFAULT 0,
        pulled_at     INTEGER,
        UNIQUE (system, remote_id)
      );
      INSERT INTO sync_links_new SELECT case_id, system, remote_id, version, last_event, captured_seq, pulled_at FROM sync_links;
      DROP TABLE sync_links;
      ALTER TABLE sync_links_new RENAME TO sync_links;
    `);
  },
};
