import type { Database } from 'better-sqlite3';
import type { Extra } from '../../../../shared/interchange/schema';

/** An open case whose split waits for a lead's approval: its approval is in `extra.splitApproval`. */
export interface PendingSplitRow {
  id: string;
  key: string;
  subject: string;
  extra: Extra;
}

export interface SplitApprovalRepository {
  /** The open cases whose split waits for a lead, oldest request first (then by id), at most `limit`. */
  pending(limit: number): PendingSplitRow[];
}

/** The read (a walk of the partial index `cases_split_pending`, migration 014, in its order; test/integration/core/splitsWaiting.test.ts checks the plan). */
export const PENDING_SPLITS_SQL = `SELECT id, key, subject, extra FROM cases
  WHERE json_extract(extra, '$.splitApproval.state') = 'pending' AND status <> 'closed'
  ORDER BY json_extract(extra, '$.splitApproval.requestedAt'), id LIMIT ?`;

export function splitApprovalRepository(db: Database): SplitApprovalRepository {
  const pending = db.prepare(PENDING_SPLITS_SQL);
  return {
    pending: (limit) =>
      (pending.all(limit) as { id: string; key: string; subject: string; extra: string }[]).map((r) => ({ id: r.id, key: r.key, subject: r.subject, extra: JSON.parse(r.extra) as Extra })),
  };
}
