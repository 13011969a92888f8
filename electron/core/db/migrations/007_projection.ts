import type { Migration } from './types';

/**
 * The work-item projection gets a layout of its own (decision D21). `work_items` and its label
 * and search tables hold nothing but derived rows, so they are dropped and created again; the
 * projection ledger (`projections`, beside the migration ledger) starts empty, and the next open
 * rebuilds every item from the records with the TypeScript derivation (`shared/domain/workItem.ts`).
 * What changed in the layout:
 * - `search_id` is the table's INTEGER PRIMARY KEY (the rowid itself, stable under VACUUM), so a new
 *   item's search number costs nothing (it was a `max() + 1` and a RETURNING per write);
 * - `sla_facts` (JSON): what the SLA plan reads of the item besides the settings (the case facts and
 *   the clock start), so a calendar or policy change re-plans every open item from its row alone;
 * - `alert_due_at`: the next instant an alert of the item is due and not yet recorded (warning, then
 *   breach, then none), indexed per assignee: the alert scheduler reads only what is due, and finding
 *   the next instant costs one index step, however many items are breached;
 * - `search_sig`: a digest of the indexed text, so a write that leaves the text as it was (a take, a
 *   status change) does not touch the search index;
 * - the deadline and warning-instant indexes are gone (the alert index replaces them).
 * Also here, for actions whose cost must not grow with the workspace: contacts found by email and by
 * phone digits through expression indexes, case keys ordered by length then text (the next key), and
 * the alerts of an item (what the projector reads to place its next alert, a batch at a time).
 */
export const projection: Migration = {
  version: 7,
  name: 'projection',
  up(db) {
    db.exec(`
      DROP TABLE work_items;
      DROP TABLE work_item_labels;
      DROP TABLE work_items_fts;

      CREATE TABLE projections (
        name     TEXT PRIMARY KEY,
        version  INTEGER NOT NULL,
        built_at INTEGER NOT NULL
      );

      CREATE TABLE work_items (
        search_id         INTEGER PRIMARY KEY,
        id                TEXT NOT NULL UNIQUE,
        source            TEXT NOT NULL CHECK (source IN ('case', 'interaction')),
        case_id           TEXT,
        interaction_id    TEXT,
        key               TEXT NOT NULL,
        channel           TEXT NOT NULL,
        priority          TEXT,
        urgent            INTEGER NOT NULL,
        status            TEXT,
        subject           TEXT NOT NULL,
        organization_id   TEXT,
        organization_name TEXT,
        contact_name      TEXT,
        assignee_id       TEXT,
        waiting_since     INTEGER NOT NULL,
        labels            TEXT NOT NULL,
        last_sent_at      INTEGER,
        customer_last     INTEGER NOT NULL,
        created_at        INTEGER,
        sla_facts         TEXT,
        sla_class         TEXT,
        sla_deadline      INTEGER,
        sla_clock         TEXT,
        sla_start         INTEGER,
        sla_target_ms     INTEGER,
        sla_warning_at    INTEGER,
        sort_key          TEXT NOT NULL,
        aging_key         TEXT,
        alert_due_at      INTEGER,
        search_sig        TEXT NOT NULL
      );
      CREATE INDEX work_items_order ON work_items (sort_key);
      CREATE INDEX work_items_assignee_order ON work_items (assignee_id, sort_key);
      CREATE INDEX work_items_case ON work_items (case_id);
      CREATE INDEX work_items_our_turn ON work_items (sort_key) WHERE customer_last = 1;
      CREATE INDEX work_items_aging ON work_items (aging_key) WHERE aging_key IS NOT NULL;
      CREATE INDEX work_items_organization ON work_items (organization_id, sort_key);
      CREATE INDEX work_items_facets ON work_items (channel, priority, status, organization_id, assignee_id, customer_last);
      CREATE INDEX work_items_assignee_warning ON work_items (assignee_id, sla_warning_at) WHERE sla_warning_at IS NOT NULL;
      CREATE INDEX work_items_alert_due ON work_items (assignee_id, alert_due_at) WHERE alert_due_at IS NOT NULL;

      CREATE TABLE work_item_labels (
        label   TEXT NOT NULL,
        item_id TEXT NOT NULL,
        PRIMARY KEY (label, item_id)
      ) WITHOUT ROWID;
      CREATE INDEX work_item_labels_item ON work_item_labels (item_id);

      CREATE VIRTUAL TABLE work_items_fts USING fts5(
        key, subject, body, names,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
      );

      CREATE INDEX contacts_email ON contacts (lower(email)) WHERE email IS NOT NULL;
      CREATE INDEX contacts_phone ON contacts (${PHONE_DIGITS}) WHERE phone IS NOT NULL;
      CREATE INDEX cases_key_order ON cases (length(key), key);
      CREATE INDEX alerts_item ON alerts (item_id, kind, deadline);
    `);
  },
};

/** SQL: the last 10 digits of a contact's phone (the characters people type between them removed). */
export const PHONE_DIGITS = `substr(${["' '", "'-'", "'('", "')'", "'+'", "'.'", "'/'"].reduce((expr, ch) => `replace(${expr}, ${ch}, '')`, 'phone')}, -10)`;
