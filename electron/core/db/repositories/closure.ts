import type { Database, Statement } from 'better-sqlite3';
import type { Extra } from '../../../../shared/interchange/schema';

/** A Pending Closure case as the closure scheduler reads it. Instants are epoch ms. */
export interface PendingClosureRow {
  id: string;
  resolvedAt: number;
}

/** A chat filed into a case: when it began, and its `extra` (where its outcomes are kept). */
export interface CaseChatRow {
  caseId: string;
  since: number;
  extra: Extra;
}

/**
 * The reads of closure and testimonial follow-ups (`sla.md` 6), all through the partial index
 * `cases_pending_closure` (migration 012) or `interactions_case`: never a scan of every case.
 * Cases without a resolution email instant (imported from before it was kept) are not read: they
 * have no closure timer.
 */
export interface ClosureRepository {
  /**
   * Pending Closure cases with a resolution email instant, in its order (then by id), after the
   * cursor (`null`: from the oldest), at most `limit`: page on with the last row as the cursor.
   */
  pendingAfter(after: { resolvedAt: number; id: string } | null, limit: number): PendingClosureRow[];
  /** The chats filed into these cases, oldest first. */
  chatsOf(caseIds: readonly string[]): CaseChatRow[];
}

const CHUNK = 500;

/** The page read (a seek on the partial index `cases_pending_closure`, in its order; test/integration/core/closure.test.ts checks the plan). */
export const PENDING_AFTER_SQL =
  "SELECT id, resolved_at AS resolvedAt FROM cases WHERE status = 'pending_closure' AND (resolved_at, id) > (?, ?) ORDER BY resolved_at, id LIMIT ?";

export function closureRepository(db: Database): ClosureRepository {
  const pendingAfter = db.prepare(PENDING_AFTER_SQL);
  const chats = new Map<number, Statement<string[]>>();
  const chatsStatement = (n: number) => {
    let stmt = chats.get(n);
    if (!stmt) {
      stmt = db.prepare<string[]>(
        `SELECT case_id AS caseId, since, extra FROM interactions WHERE case_id IN (${Array(n).fill('?').join(', ')}) AND channel = 'chat' ORDER BY since, ord`,
      );
      chats.set(n, stmt);
    }
    return stmt;
  };
  return {
    pendingAfter(after, limit) {
      const at = after?.resolvedAt ?? Number.MIN_SAFE_INTEGER;
      return pendingAfter.all(at, after?.id ?? '', limit) as PendingClosureRow[];
    },
    chatsOf(caseIds) {
      const rows: CaseChatRow[] = [];
      for (let i = 0; i < caseIds.length; i += CHUNK) {
        const part = caseIds.slice(i, i + CHUNK);
        for (const r of chatsStatement(part.length).all(...part) as { caseId: string; since: number; extra: string }[]) {
          rows.push({ ...r, extra: JSON.parse(r.extra) as Extra });
        }
      }
      return rows;
    },
  };
}
