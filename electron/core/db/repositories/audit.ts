import type { Database } from 'better-sqlite3';
import type { Writes } from '../writes';

/** One recorded action: who did what, on what, when (instants are epoch ms). */
export interface AuditRow {
  seq: number;
  at: number;
  /** The agent who acted; null for the app itself. */
  by: string | null;
  /** What was done: `case.reassign`, `agent.status`, `handoff.approve`, `settings.sla`... */
  action: string;
  /** What it was done to (a case id, an agent id), or null. */
  subject: string | null;
  detail: Record<string, unknown>;
}

export interface AuditRepository {
  append(row: Omit<AuditRow, 'seq'>): void;
  /** The newest first, at most `limit`, before `beforeSeq` when given (paging back). */
  list(limit: number, beforeSeq?: number): AuditRow[];
  /** Every row, oldest first (export). */
  all(): AuditRow[];
}

interface Row {
  seq: number;
  at: number;
  by_id: string | null;
  action: string;
  subject: string | null;
  detail: string;
}
const fromRow = (r: Row): AuditRow => ({ seq: r.seq, at: r.at, by: r.by_id, action: r.action, subject: r.subject, detail: JSON.parse(r.detail) as Record<string, unknown> });

/** The audit list (migration 013): append-only, like a timeline. */
export function auditRepository(db: Database, writes: Writes): AuditRepository {
  const insert = db.prepare('INSERT INTO audit (at, by_id, action, subject, detail) VALUES (?, ?, ?, ?, ?)');
  const newest = db.prepare('SELECT * FROM audit WHERE seq < ? ORDER BY seq DESC LIMIT ?');
  const all = db.prepare('SELECT * FROM audit ORDER BY seq');
  return {
    append: (row) => {
      writes.require('audit write');
      insert.run(row.at, row.by, row.action, row.subject, JSON.stringify(row.detail));
      writes.table('audit');
    },
    list: (limit, beforeSeq) => (newest.all(beforeSeq ?? Number.MAX_SAFE_INTEGER, limit) as Row[]).map(fromRow),
    all: () => (all.all() as Row[]).map(fromRow),
  };
}
