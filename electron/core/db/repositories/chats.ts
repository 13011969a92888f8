import type { Database } from 'better-sqlite3';
import type { Extra } from '../../../../shared/interchange/schema';

/** A chat as the daily report reads it. Instants are epoch ms. */
export interface ChatRow {
  id: string;
  since: number;
  assigneeId: string | null;
  extra: Extra;
}

export interface ChatRepository {
  /** The chats that began in [start, end), oldest first (through `interactions_channel_since`, migration 009). */
  between(start: number, end: number): ChatRow[];
}

export function chatRepository(db: Database): ChatRepository {
  const between = db.prepare(
    "SELECT id, since, assignee_id AS assigneeId, extra FROM interactions WHERE channel = 'chat' AND since >= ? AND since < ? ORDER BY since, ord",
  );
  return {
    between: (start, end) =>
      (between.all(start, end) as { id: string; since: number; assigneeId: string | null; extra: string }[]).map((r) => ({
        ...r,
        extra: JSON.parse(r.extra) as Extra,
      })),
  };
}
