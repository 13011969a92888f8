import type { Database } from 'better-sqlite3';
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
 * Rows already in `work_items` are filled in here with the same rules the core applies on every
 * rebuild (`electron/core/services/workItems.ts`); a test checks the two agree.
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
    backfillQueueViews(db);
  },
};

/** Longest message text indexed per item (characters); the rest of a very long timeline is not searched. */
export const SEARCH_BODY_MAX = 20_000;

/**
 * Fills the view columns, labels and search index of the work items already stored, with the
 * rules of `deriveCaseItem` / `deriveInteractionItem` written in SQL. Exported for the test that
 * checks both give the same rows.
 */
export function backfillQueueViews(db: Database): void {
  db.exec(`
    UPDATE work_items SET
      organization_id = CASE WHEN source = 'case'
        THEN (SELECT c.organization_id FROM cases c WHERE c.id = work_items.case_id)
        ELSE coalesce(
          (SELECT p.organization_id FROM interactions x JOIN contacts p ON p.id = x.contact_id WHERE x.id = work_items.interaction_id),
          (SELECT c.organization_id FROM cases c WHERE c.id = work_items.case_id))
        END,
      labels = coalesce((SELECT c.labels FROM cases c WHERE c.id = work_items.case_id), '[]'),
      last_sent_at = CASE WHEN source = 'case'
        THEN (SELECT max(e.at) FROM case_events e WHERE e.case_id = work_items.case_id AND e.kind = 'public_reply' AND e.by_id IS NOT NULL)
        END;

    UPDATE work_items SET
      customer_last = CASE WHEN source = 'case' AND (last_sent_at IS NULL OR EXISTS (
          SELECT 1 FROM case_events e WHERE e.case_id = work_items.case_id AND e.kind = 'inbound' AND e.at > work_items.last_sent_at))
        THEN 1 ELSE 0 END,
      aging_key = CASE WHEN source = 'case' THEN
        (CASE WHEN last_sent_at IS NULL
          THEN '0' || printf('%015d', max(0, (SELECT c.created_at FROM cases c WHERE c.id = work_items.case_id)))
          ELSE '1' || printf('%015d', max(0, last_sent_at)) END) || sort_key
        END;

    DELETE FROM work_item_labels;
    INSERT INTO work_item_labels (label, item_id)
      SELECT DISTINCT j.value, w.id FROM work_items w, json_each(w.labels) j WHERE j.type = 'text';

    UPDATE work_items SET search_id = n.number
      FROM (SELECT id, row_number() OVER (ORDER BY sort_key) AS number FROM work_items) n WHERE n.id = work_items.id;
    INSERT INTO work_items_fts (work_items_fts) VALUES ('delete-all');
    INSERT INTO work_items_fts (rowid, key, subject, body, names)
      SELECT w.search_id, w.key, w.subject,
        substr(CASE WHEN w.source = 'case'
          THEN concat_ws(char(10),
            (SELECT c.description FROM cases c WHERE c.id = w.case_id),
            (SELECT group_concat(e.body, char(10)) FROM (SELECT body FROM case_events WHERE case_id = w.case_id AND body IS NOT NULL ORDER BY at, seq) e))
          ELSE coalesce((SELECT x.body FROM interactions x WHERE x.id = w.interaction_id), '') END, 1, ${SEARCH_BODY_MAX}),
        concat_ws(' ', w.contact_name, w.organization_name)
      FROM work_items w;
  `);
}
