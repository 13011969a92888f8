import type { Migration } from './types';

/**
 * The SLA plan of each work item (`sla.md` sections 3-4): besides class, deadline and clock, the
 * clock start, the target and the instant the state turns to warning, so the state and the
 * remaining time on the target's own clock are computed on read from stored instants.
 */
export const slaPlan: Migration = {
  version: 2,
  name: 'sla_plan',
  up(db) {
    db.exec(`
      ALTER TABLE work_items ADD COLUMN sla_start INTEGER;
      ALTER TABLE work_items ADD COLUMN sla_target_ms INTEGER;
      ALTER TABLE work_items ADD COLUMN sla_warning_at INTEGER;
      CREATE INDEX work_items_sla_deadline ON work_items (sla_deadline) WHERE sla_deadline IS NOT NULL;
    `);
  },
};
