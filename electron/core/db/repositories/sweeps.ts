import type { Database } from 'better-sqlite3';
import type { AgentStatus, Channel } from '../../../../shared/domain/vocab';
import type { SweepOutcome } from '../../../../shared/domain/sweep';
import type { Writes } from '../writes';
import type { WorkItemRow } from './types';

/** A row of the `sweeps` table (migration 005). Instants are epoch ms. */
export interface SweepRow {
  id: number;
  at: number;
  dueAt: number;
  agentId: string | null;
  agentStatus: AgentStatus | null;
  unassigned: number;
  newCount: number;
  warning: number;
  breached: number;
  newKeys: string[];
  warningKeys: string[];
  outcome: SweepOutcome;
  silencedBy: AgentStatus | null;
  title: string | null;
  body: string | null;
}

/** What a sweep says about one item. */
export type SweepItem = Pick<WorkItemRow, 'id' | 'source' | 'key' | 'channel' | 'subject' | 'contactName' | 'organizationName' | 'waitingSince'>;

/** The unassigned queue at `now`, compared with what the last sweep that reached the agent saw. */
export interface UnassignedLook {
  unassigned: number;
  /** In warning (deadline not passed yet) and breached. */
  warning: number;
  breached: number;
  /** Not seen by that sweep; the longest waiting of them since when; the first `limit` in queue order. */
  newCount: number;
  oldestNewSince: number | null;
  newItems: SweepItem[];
  /** Seen by that sweep while not at risk, in warning now; the first `limit` in queue order. */
  newlyWarningCount: number;
  newlyWarningItems: SweepItem[];
}

export interface SweepRepository {
  look(now: number, limit: number): UnassignedLook;
  /**
   * Records a sweep; with `seen`, the unassigned items as they are at `row.at` become what the next
   * sweep compares with (in the caller's unit of work). Returns the new row's id.
   */
  record(row: Omit<SweepRow, 'id'>, seen: boolean): number;
  /** The sweep recorded last (by recording order, not by `at`: the clock may have been set back). */
  latest(): SweepRow | undefined;
  /** The latest sweeps, newest first. */
  list(limit: number): SweepRow[];
  get(id: number): SweepRow | undefined;
}

interface Row {
  id: number;
  at: number;
  due_at: number;
  agent_id: string | null;
  agent_status: AgentStatus | null;
  unassigned: number;
  new_count: number;
  warning: number;
  breached: number;
  new_keys: string;
  warning_keys: string;
  outcome: SweepOutcome;
  silenced_by: AgentStatus | null;
  title: string | null;
  body: string | null;
}

interface ItemRow {
  id: string;
  source: WorkItemRow['source'];
  key: string;
  channel: Channel;
  subject: string;
  contact_name: string | null;
  organization_name: string | null;
  waiting_since: number;
}

const COLUMNS = [
  'at', 'due_at', 'agent_id', 'agent_status', 'unassigned', 'new_count', 'warning', 'breached', 'new_keys', 'warning_keys',
  'outcome', 'silenced_by', 'title', 'body',
] as const;

function fromRow(r: Row): SweepRow {
  return {
    id: r.id,
    at: r.at,
    dueAt: r.due_at,
    agentId: r.agent_id,
    agentStatus: r.agent_status,
    unassigned: r.unassigned,
    newCount: r.new_count,
    warning: r.warning,
    breached: r.breached,
    newKeys: JSON.parse(r.new_keys) as string[],
    warningKeys: JSON.parse(r.warning_keys) as string[],
    outcome: r.outcome,
    silencedBy: r.silenced_by,
    title: r.title,
    body: r.body,
  };
}

const fromItem = (r: ItemRow): SweepItem => ({
  id: r.id,
  source: r.source,
  key: r.key,
  channel: r.channel,
  subject: r.subject,
  contactName: r.contact_name,
  organizationName: r.organization_name,
  waitingSince: r.waiting_since,
});

/**
 * What the sweep looks at: unassigned work items but live calls and chats (they ring and flash on
 * their own; a summary every 15 minutes would only be stale). A work item's state is read from its
 * stored SLA instants, as the alert scheduler does: warning from `sla_warning_at` until the deadline.
 */
const UNASSIGNED = `w.assignee_id IS NULL AND NOT (w.source = 'interaction' AND w.channel IN ('phone', 'chat'))`;
const IN_WARNING = 'w.sla_warning_at <= @now AND w.sla_deadline > @now';
const ITEM = 'w.id, w.source, w.key, w.channel, w.subject, w.contact_name, w.organization_name, w.waiting_since';

/** Sweeps and what the last one reaching the agent saw (`sweep_seen`). */
export function sweepRepository(db: Database, writes: Writes): SweepRepository {
  const from = `FROM work_items w LEFT JOIN sweep_seen s ON s.item_id = w.id WHERE ${UNASSIGNED}`;
  const newlyWarning = `s.item_id IS NOT NULL AND s.warning = 0 AND ${IN_WARNING}`;
  const totals = db.prepare(
    `SELECT count(*) AS unassigned,
       coalesce(sum(${IN_WARNING}), 0) AS warning,
       coalesce(sum(w.sla_deadline <= @now), 0) AS breached,
       coalesce(sum(s.item_id IS NULL), 0) AS new_count,
       min(CASE WHEN s.item_id IS NULL THEN w.waiting_since END) AS oldest_new,
       coalesce(sum(${newlyWarning}), 0) AS newly_warning
     ${from}`,
  );
  const newItems = db.prepare(`SELECT ${ITEM} ${from} AND s.item_id IS NULL ORDER BY w.sort_key LIMIT @limit`);
  const warningItems = db.prepare(`SELECT ${ITEM} ${from} AND ${newlyWarning} ORDER BY w.sort_key LIMIT @limit`);
  const clearSeen = db.prepare('DELETE FROM sweep_seen');
  const fillSeen = db.prepare(
    `INSERT INTO sweep_seen (item_id, warning)
       SELECT w.id, coalesce(w.sla_warning_at <= @now, 0) FROM work_items w WHERE ${UNASSIGNED}`,
  );
  const insert = db.prepare(`INSERT INTO sweeps (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`);
  const select = `SELECT id, ${COLUMNS.join(', ')} FROM sweeps`;
  const latest = db.prepare(`${select} ORDER BY id DESC LIMIT 1`);
  const list = db.prepare(`${select} ORDER BY id DESC LIMIT ?`);
  const byId = db.prepare(`${select} WHERE id = ?`);

  return {
    look(now, limit) {
      const t = totals.get({ now }) as {
        unassigned: number;
        warning: number;
        breached: number;
        new_count: number;
        oldest_new: number | null;
        newly_warning: number;
      };
      return {
        unassigned: t.unassigned,
        warning: t.warning,
        breached: t.breached,
        newCount: t.new_count,
        oldestNewSince: t.oldest_new,
        newItems: t.new_count > 0 ? (newItems.all({ now, limit }) as ItemRow[]).map(fromItem) : [],
        newlyWarningCount: t.newly_warning,
        newlyWarningItems: t.newly_warning > 0 ? (warningItems.all({ now, limit }) as ItemRow[]).map(fromItem) : [],
      };
    },
    record(row, seen) {
      writes.require('sweeps write');
      const id = Number(
        insert.run({
          at: row.at,
          due_at: row.dueAt,
          agent_id: row.agentId,
          agent_status: row.agentStatus,
          unassigned: row.unassigned,
          new_count: row.newCount,
          warning: row.warning,
          breached: row.breached,
          new_keys: JSON.stringify(row.newKeys),
          warning_keys: JSON.stringify(row.warningKeys),
          outcome: row.outcome,
          silenced_by: row.silencedBy,
          title: row.title,
          body: row.body,
        }).lastInsertRowid,
      );
      if (seen) {
        clearSeen.run();
        fillSeen.run({ now: row.at });
      }
      writes.table('sweeps');
      return id;
    },
    latest: () => {
      const row = latest.get() as Row | undefined;
      return row ? fromRow(row) : undefined;
    },
    list: (limit) => (list.all(limit) as Row[]).map(fromRow),
    get: (id) => {
      const row = byId.get(id) as Row | undefined;
      return row ? fromRow(row) : undefined;
    },
  };
}
