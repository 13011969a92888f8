import type { Migration } from './types';

/**
 * The first workspace schema. Instants are INTEGER epoch ms; lists and maps are JSON text.
 * Record tables keep their import order in `ord` and every unknown key of the imported record
 * in `extra` (JSON), which export writes back.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      );

      CREATE TABLE agents (
        ord       INTEGER PRIMARY KEY,
        id        TEXT NOT NULL UNIQUE,
        name      TEXT NOT NULL,
        email     TEXT NOT NULL,
        role      TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        status    TEXT NOT NULL,
        schedule  TEXT NOT NULL DEFAULT '{}',
        extra     TEXT NOT NULL DEFAULT '{}'
      );

      CREATE TABLE organizations (
        ord      INTEGER PRIMARY KEY,
        id       TEXT NOT NULL UNIQUE,
        name     TEXT NOT NULL,
        priority INTEGER NOT NULL,
        plan     TEXT,
        licenses INTEGER,
        extra    TEXT NOT NULL DEFAULT '{}'
      );

      CREATE TABLE contacts (
        ord             INTEGER PRIMARY KEY,
        id              TEXT NOT NULL UNIQUE,
        name            TEXT NOT NULL,
        email           TEXT,
        phone           TEXT,
        organization_id TEXT REFERENCES organizations (id),
        extra           TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX contacts_organization ON contacts (organization_id);

      CREATE TABLE cases (
        ord              INTEGER PRIMARY KEY,
        id               TEXT NOT NULL UNIQUE,
        key              TEXT NOT NULL UNIQUE,
        subject          TEXT NOT NULL,
        description      TEXT NOT NULL,
        type             TEXT NOT NULL,
        status           TEXT NOT NULL,
        priority         TEXT NOT NULL,
        channel          TEXT NOT NULL,
        channels         TEXT NOT NULL DEFAULT '[]',
        organization_id  TEXT REFERENCES organizations (id),
        reporter_id      TEXT REFERENCES contacts (id),
        assignee_id      TEXT REFERENCES agents (id),
        labels           TEXT NOT NULL DEFAULT '[]',
        created_at       INTEGER NOT NULL,
        urgent           INTEGER NOT NULL,
        agreed_update_at INTEGER,
        extra            TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX cases_organization ON cases (organization_id);
      CREATE INDEX cases_reporter ON cases (reporter_id);
      CREATE INDEX cases_assignee ON cases (assignee_id);

      -- The append-only timeline: rows are never changed or removed.
      CREATE TABLE case_events (
        seq         INTEGER PRIMARY KEY,
        case_id     TEXT NOT NULL REFERENCES cases (id),
        at          INTEGER NOT NULL,
        kind        TEXT NOT NULL,
        by_id       TEXT,
        body        TEXT,
        from_value  TEXT,
        to_value    TEXT,
        extra       TEXT NOT NULL DEFAULT '{}',
        fingerprint TEXT NOT NULL UNIQUE
      );
      CREATE INDEX case_events_case ON case_events (case_id, at, seq);
      CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
        BEGIN SELECT RAISE(ABORT, 'case_events is append-only: events cannot be changed'); END;
      CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
        BEGIN SELECT RAISE(ABORT, 'case_events is append-only: events cannot be deleted'); END;

      CREATE TABLE interactions (
        ord         INTEGER PRIMARY KEY,
        id          TEXT NOT NULL UNIQUE,
        channel     TEXT NOT NULL,
        state       TEXT NOT NULL,
        since       INTEGER NOT NULL,
        contact_id  TEXT REFERENCES contacts (id),
        case_id     TEXT REFERENCES cases (id),
        priority    TEXT,
        urgent      INTEGER NOT NULL,
        assignee_id TEXT REFERENCES agents (id),
        subject     TEXT,
        body        TEXT,
        extra       TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX interactions_contact ON interactions (contact_id);
      CREATE INDEX interactions_case ON interactions (case_id);

      -- Derived: one row per open case and per waiting interaction, rebuilt when its inputs change.
      -- sort_key = queueSortKey(...) of shared/domain/queueOrder.ts: SQLite orders by it, never by its own rules.
      CREATE TABLE work_items (
        id                TEXT PRIMARY KEY,
        source            TEXT NOT NULL CHECK (source IN ('case', 'interaction')),
        case_id           TEXT,
        interaction_id    TEXT,
        key               TEXT NOT NULL,
        channel           TEXT NOT NULL,
        priority          TEXT,
        urgent            INTEGER NOT NULL,
        status            TEXT,
        subject           TEXT NOT NULL,
        organization_name TEXT,
        contact_name      TEXT,
        assignee_id       TEXT,
        waiting_since     INTEGER NOT NULL,
        sla_class         TEXT,
        sla_deadline      INTEGER,
        sla_clock         TEXT,
        sort_key          TEXT NOT NULL
      );
      CREATE INDEX work_items_order ON work_items (sort_key);
      CREATE INDEX work_items_assignee_order ON work_items (assignee_id, sort_key);
      CREATE INDEX work_items_case ON work_items (case_id);
      CREATE INDEX work_items_interaction ON work_items (interaction_id);
    `);
  },
};
