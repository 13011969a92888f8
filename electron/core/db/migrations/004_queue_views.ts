import type { Migration } from './types';

/**
 * The queue views, filters, search and saved filters (`docs/queue.md`, decision D17):
 * - work item columns the views filter and order by: the organization, the labels (JSON, with one
 *   row per label in `work_item_labels` for the label filter), support's last human public reply,
 *   whether the customer wrote last (Our turn) and the Aging sort key (`shared/domain/queueViews.ts`);
 * - `work_items_fts`, a contentless FTS5 index over key, subject, message text and contact and
 *   organization names. Its rowid is the work item's `search_id`, a number of its own (not the
 *   implicit rowid, which VACUUM may renumber), with a unique index for the joins of a search;
 * - `work_items_facets`, a narrow index over the filtered columns, so counting a filtered view
 *   reads it instead of the wide rows;
 * - `saved_filters`, per agent and name.
 * Rows already in `work_items` used to be filled in here by an SQL copy of the derivation rules; the
 * copy is gone (decision D21): migration 007 recreates the projection and the next open rebuilds it
 * from the TypeScript rules, the only ones.
 */
export const queueViews: Migration = {
  version: 4,
  name: 'queue_views',
  up(db) {
    db.exec(`
      ALTER TABLE work_items ADD COLUMN organization_id TEXT;
      ALTER TABLE work_items ADD COLUMN labels TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE work_items ADD COLUMN last_sent_at INTEGER;
      ALTER TABLE work_items ADD COLUMN customer_last INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE work_items ADD COLUMN aging_key TEXT;
      ALTER TABLE work_items ADD COLUMN search_id INTEGER;
      CREATE INDEX work_items_our_turn ON work_items (sort_key) WHERE customer_last = 1;
      CREATE INDEX work_items_aging ON work_items (aging_key) WHERE aging_key IS NOT NULL;
      CREATE INDEX work_items_organization ON work_items (organization_id, sort_key);
      CREATE INDEX work_items_facets ON work_items (channel, priority, status, organization_id, assignee_id, customer_last);
      CREATE UNIQUE INDEX work_items_search ON work_items (search_id);

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

      CREATE TABLE saved_filters (
        agent_id TEXT NOT NULL,
        name     TEXT NOT NULL COLLATE NOCASE,
        filter   TEXT NOT NULL CHECK (json_valid(filter)),
        saved_at INTEGER NOT NULL,
        PRIMARY KEY (agent_id, name)
      );
    `);
  },
};
