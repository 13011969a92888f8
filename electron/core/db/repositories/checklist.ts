import type { Database } from 'better-sqlite3';
import type { ChecklistDayItem } from '../../../../shared/domain/checklist';
import type { Writes } from '../writes';

/** One agent's checklist of one local day (migration 013): its items with when and how each was ticked. */
export interface ChecklistDayRow {
  agentId: string;
  /** The agent's local date, YYYY-MM-DD. */
  day: string;
  items: ChecklistDayItem[];
}

/** What the observed facts of the auto-ticks read (`../../checklist/autoTick.ts`). */
export interface ChecklistFactCounts {
  chatsWaiting: number;
  voicemailsWaiting: number;
  emailsWaiting: number;
}

export interface ChecklistRepository {
  get(agentId: string, day: string): ChecklistDayRow | undefined;
  /** Inserts or replaces the day's items. */
  put(row: ChecklistDayRow): void;
  /** The agent's days from `from` to `to` (inclusive), oldest first. */
  range(agentId: string, from: string, to: string): ChecklistDayRow[];
  /** The agent's latest day before `day`, if any. */
  before(agentId: string, day: string): ChecklistDayRow | undefined;
  /** Every day of every agent (export), by agent then day. */
  all(): ChecklistDayRow[];
  count(): number;
  /** Waiting interactions per channel (work items of source interaction are the waiting ones). */
  waiting(): ChecklistFactCounts;
  /** Open cases assigned to the agent whose customer wrote last (the agent's part of Our turn). */
  ourTurnOf(agentId: string): number;
}

interface Row {
  agent_id: string;
  day: string;
  items: string;
}
const fromRow = (r: Row): ChecklistDayRow => ({ agentId: r.agent_id, day: r.day, items: JSON.parse(r.items) as ChecklistDayItem[] });

export function checklistRepository(db: Database, writes: Writes): ChecklistRepository {
  const get = db.prepare('SELECT * FROM checklist_days WHERE agent_id = ? AND day = ?');
  const put = db.prepare('INSERT INTO checklist_days (agent_id, day, items) VALUES (?, ?, ?) ON CONFLICT (agent_id, day) DO UPDATE SET items = excluded.items');
  const range = db.prepare('SELECT * FROM checklist_days WHERE agent_id = ? AND day >= ? AND day <= ? ORDER BY day');
  const before = db.prepare('SELECT * FROM checklist_days WHERE agent_id = ? AND day < ? ORDER BY day DESC LIMIT 1');
  const all = db.prepare('SELECT * FROM checklist_days ORDER BY agent_id, day');
  const count = db.prepare('SELECT count(*) FROM checklist_days').pluck();
  const waiting = db.prepare("SELECT channel, count(*) AS n FROM work_items WHERE source = 'interaction' AND channel IN ('chat', 'voicemail', 'email') GROUP BY channel");
  const ourTurn = db.prepare("SELECT count(*) FROM work_items WHERE source = 'case' AND customer_last = 1 AND assignee_id = ?").pluck();
  return {
    get: (agentId, day) => {
      const r = get.get(agentId, day) as Row | undefined;
      return r ? fromRow(r) : undefined;
    },
    put: (row) => {
      writes.require('checklist write');
      put.run(row.agentId, row.day, JSON.stringify(row.items));
      writes.table('checklist_days');
    },
    range: (agentId, from, to) => (range.all(agentId, from, to) as Row[]).map(fromRow),
    before: (agentId, day) => {
      const r = before.get(agentId, day) as Row | undefined;
      return r ? fromRow(r) : undefined;
    },
    all: () => (all.all() as Row[]).map(fromRow),
    count: () => count.get() as number,
    waiting: () => {
      const counts: ChecklistFactCounts = { chatsWaiting: 0, voicemailsWaiting: 0, emailsWaiting: 0 };
      for (const r of waiting.all() as { channel: string; n: number }[]) {
        if (r.channel === 'chat') counts.chatsWaiting = r.n;
        if (r.channel === 'voicemail') counts.voicemailsWaiting = r.n;
        if (r.channel === 'email') counts.emailsWaiting = r.n;
      }
      return counts;
    },
    ourTurnOf: (agentId) => ourTurn.get(agentId) as number,
  };
}
