import type { Migration } from './types';

/**
 * The case fields of `workflow.md` "Case" added with the case view: the item (product) the case is
 * about, its watchers (agent ids) and request participants (contact ids), the reminders rules showed
 * on it, and its linked cases (each case keeps its own side of a link: `{ caseId, kind, how }`). All
 * nullable: a case from before has none. Work items derive nothing from them.
 */
export const caseView: Migration = {
  version: 11,
  name: 'case_view',
  up(db) {
    db.exec(`
      ALTER TABLE cases ADD COLUMN item TEXT;
      ALTER TABLE cases ADD COLUMN watchers TEXT;
      ALTER TABLE cases ADD COLUMN participants TEXT;
      ALTER TABLE cases ADD COLUMN reminders TEXT;
      ALTER TABLE cases ADD COLUMN links TEXT;
    `);
  },
};
