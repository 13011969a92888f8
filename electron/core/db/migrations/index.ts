import type { Database } from 'better-sqlite3';
import { initial } from './001_initial';
import { slaPlan } from './002_sla_plan';
import { slaAlerts } from './003_sla_alerts';
import { queueViews } from './004_queue_views';
import { unassignedSweep } from './005_unassigned_sweep';
import { atRiskIndex } from './006_at_risk_index';
import { projection } from './007_projection';
import { urgency } from './008_urgency';
import { chatOutcomes } from './009_chat_outcomes';
import { caseFields } from './010_case_fields';
import { caseView } from './011_case_view';
import { closure } from './012_closure';
import { agentDay } from './013_agent_day';
import { splitApprovals } from './014_split_approvals';
import { sync } from './015_sync';
import { syncCreate } from './016_sync_create';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration this build knows, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [initial, slaPlan, slaAlerts, queueViews, unassignedSweep, atRiskIndex, projection, urgency, chatOutcomes, caseFields, caseView, closure, agentDay, splitApprovals, sync, syncCreate];

export interface AppliedMigration {
  version: number;
  name: string;
}

const LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  applied_at INTEGER NOT NULL
)`;

export function hasLedger(db: Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
}

export function readLedger(db: Database): AppliedMigration[] {
  if (!hasLedger(db)) return [];
  return db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as AppliedMigration[];
}

/**
 * Why a database cannot be opened by this build, or null when its applied migrations are a
 * prefix of the known ones (same numbers and names, in order).
 */
export function ledgerMismatch(applied: readonly AppliedMigration[], known: readonly Migration[] = MIGRATIONS): string | null {
  for (let i = 0; i < applied.length; i++) {
    const a = applied[i]!;
    const k = known[i];
    const label = `migration ${a.version} "${a.name}"`;
    if (!k) return `it has ${label}, which this version of Shiftdesk does not know (it knows up to ${known.at(-1)?.version ?? 0}); it was probably written by a newer Shiftdesk`;
    if (k.version !== a.version || k.name !== a.name) {
      return `it has ${label} where this version of Shiftdesk expects migration ${k.version} "${k.name}"`;
    }
  }
  return null;
}

/** Runs the pending migrations, each in its own immediate transaction, recording each in the ledger. */
export function migrate(db: Database, now: () => number, known: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(LEDGER);
  const ran: number[] = [];
  for (const m of known) {
    const apply = db.transaction(() => {
      // Another process may have applied it while we waited for the write lock.
      if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version)) return false;
      m.up(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, now());
      return true;
    });
    if (apply.immediate()) ran.push(m.version);
  }
  return ran;
}
