import type { Migration } from './types';

/**
 * Urgency apart from priority (`sla.md` section 2). A case's `urgent` flag becomes its `urgency`
 * (`none` | `urgent` | `emergency`; a flagged case reads as `urgent`, as the interchange format reads
 * the older `urgent: true`). Work items keep what the queue order and the plan need of it: the case's
 * type and the urgency set (`case_type`, `set_urgency`, facts), the urgency in force (`urgency`,
 * planned: the priority's implied urgency is a lead setting), and whether the item's organization is
 * a priority organization (`priority_organization`, `queue.md` Order). The projection is derived:
 * its rows are dropped here and rebuilt on the next open (the work-item rules version moved to 2).
 * Interactions keep their `urgent` flag (a call or chat flagged urgent).
 */
export const urgency: Migration = {
  version: 8,
  name: 'urgency',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN urgency TEXT NOT NULL DEFAULT 'none' CHECK (urgency IN ('none', 'urgent', 'emergency'));
      UPDATE cases SET urgency = 'urgent' WHERE urgent = 1;
      ALTER TABLE cases DROP COLUMN urgent;

      DELETE FROM work_items;
      DELETE FROM work_item_labels;
      INSERT INTO work_items_fts (work_items_fts) VALUES ('delete-all');
      DELETE FROM projections;
      ALTER TABLE work_items DROP COLUMN urgent;
      ALTER TABLE work_items ADD COLUMN case_type TEXT NOT NULL DEFAULT 'request_for_service';
      ALTER TABLE work_items ADD COLUMN set_urgency TEXT NOT NULL DEFAULT 'none';
      ALTER TABLE work_items ADD COLUMN urgency TEXT NOT NULL DEFAULT 'none';
      ALTER TABLE work_items ADD COLUMN priority_organization INTEGER NOT NULL DEFAULT 0;
    `);
  },
};
