import type { Migration } from './types';

/**
 * The case fields of `workflow.md` "Case" added with case creation: the team a case is assigned to
 * (`team_id`, besides or instead of an agent), its need-by date (`need_by`, a local date), its resolved
 * date (`resolved_at`), and the intake fields (from a partner, internal or external, possible
 * testimonial, case source, admin task type). All nullable: a case from before reads as unknown (and
 * not a possible testimonial). Work items derive nothing from them, so the projection stays as it is.
 */
export const caseFields: Migration = {
  version: 10,
  name: 'case_fields',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN team_id TEXT;
      ALTER TABLE cases ADD COLUMN need_by TEXT;
      ALTER TABLE cases ADD COLUMN resolved_at INTEGER;
      ALTER TABLE cases ADD COLUMN from_partner INTEGER;
      ALTER TABLE cases ADD COLUMN internal INTEGER;
      ALTER TABLE cases ADD COLUMN possible_testimonial INTEGER;
      ALTER TABLE cases ADD COLUMN case_source TEXT;
      ALTER TABLE cases ADD COLUMN admin_task_type TEXT;
    `);
  },
};
