import type { Migration } from './types';

/**
 * SLA alerts (`sla.md` sections 4-5): one row per work item, kind and deadline, written when the
 * alert fires, so it never fires twice (also across restarts) and the notification centre lists
 * them. `id` = `<work item id>|<kind>|<deadline>`: a moved deadline is a new alert.
 * The warning instant gets its own index, as the deadline has one, for the scheduler's next-due query.
 */
export const slaAlerts: Migration = {
  version: 3,
  name: 'sla_alerts',
  up(db) {
    db.exec(`
      CREATE TABLE alerts (
        id          TEXT PRIMARY KEY,
        item_id     TEXT NOT NULL,
        case_id     TEXT,
        key         TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('warning', 'breached')),
        sla_class   TEXT NOT NULL,
        deadline    INTEGER NOT NULL,
        due_at      INTEGER NOT NULL,
        fired_at    INTEGER NOT NULL,
        late        INTEGER NOT NULL,
        delivery    TEXT NOT NULL CHECK (delivery IN ('notified', 'grouped', 'silenced')),
        silenced_by TEXT,
        agent_id    TEXT,
        title       TEXT NOT NULL,
        body        TEXT NOT NULL,
        read_at     INTEGER
      );
      CREATE INDEX alerts_fired_at ON alerts (fired_at);
      CREATE INDEX alerts_unread ON alerts (fired_at) WHERE read_at IS NULL;
      CREATE INDEX work_items_sla_warning_at ON work_items (sla_warning_at) WHERE sla_warning_at IS NOT NULL;
    `);
  },
};
