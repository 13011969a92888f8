import type { Database } from 'better-sqlite3';
import type { AttentionRepository } from './types';
import { QUEUE_ORDER } from './workItemQuery';

/**
 * One agent's items in warning or breached, read from the stored SLA instants: an item is at risk
 * from its warning instant on (`sla_warning_at` <= now; the deadline never comes before it), and a
 * state never moves back while the instants stand. The window walks the assignee's index in queue
 * order (`QUEUE_ORDER`, as of now); the count uses the same filter.
 */
export function attentionRepository(db: Database): AttentionRepository {
  const where = 'assignee_id = @agent AND sla_warning_at IS NOT NULL AND sla_warning_at <= @now';
  const count = db.prepare(`SELECT count(*) FROM work_items WHERE ${where}`).pluck();
  const top = db.prepare(`SELECT id FROM work_items WHERE ${where} ORDER BY ${QUEUE_ORDER('@now')} LIMIT @limit`).pluck();
  return {
    atRisk: (agentId, now, limit) => ({
      count: count.get({ agent: agentId, now }) as number,
      ids: limit > 0 ? (top.all({ agent: agentId, now, limit }) as string[]) : [],
    }),
  };
}
