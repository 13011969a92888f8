import type { Database } from 'better-sqlite3';
import type { Writes } from '../writes';
import type { AlertRepository, AlertRow } from './types';

interface Row {
  id: string;
  item_id: string;
  case_id: string | null;
  key: string;
  kind: AlertRow['kind'];
  sla_class: AlertRow['slaClass'];
  deadline: number;
  due_at: number;
  fired_at: number;
  late: number;
  delivery: AlertRow['delivery'];
  silenced_by: AlertRow['silencedBy'];
  agent_id: string | null;
  title: string;
  body: string;
  read_at: number | null;
}

const COLUMNS = [
  'id', 'item_id', 'case_id', 'key', 'kind', 'sla_class', 'deadline', 'due_at', 'fired_at', 'late', 'delivery',
  'silenced_by', 'agent_id', 'title', 'body', 'read_at',
] as const;

function fromRow(r: Row): AlertRow {
  return {
    id: r.id,
    itemId: r.item_id,
    caseId: r.case_id,
    key: r.key,
    kind: r.kind,
    slaClass: r.sla_class,
    deadline: r.deadline,
    dueAt: r.due_at,
    firedAt: r.fired_at,
    late: r.late === 1,
    delivery: r.delivery,
    silencedBy: r.silenced_by,
    agentId: r.agent_id,
    title: r.title,
    body: r.body,
    readAt: r.read_at,
  };
}

/** Fired SLA alerts: the record that makes each fire once, and the notification centre's list. */
export function alertRepository(db: Database, writes: Writes): AlertRepository {
  const insert = db.prepare(`INSERT OR IGNORE INTO alerts (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`);
  const latest = db.prepare(`SELECT ${COLUMNS.join(', ')} FROM alerts ORDER BY fired_at DESC, rowid DESC LIMIT ?`);
  const byId = db.prepare(`SELECT ${COLUMNS.join(', ')} FROM alerts WHERE id = ?`);
  const unread = db.prepare('SELECT count(*) FROM alerts WHERE read_at IS NULL').pluck();
  const readOne = db.prepare('UPDATE alerts SET read_at = ? WHERE id = ? AND read_at IS NULL');
  const readAll = db.prepare('UPDATE alerts SET read_at = ? WHERE read_at IS NULL');
  const has = db.prepare('SELECT 1 FROM alerts WHERE id = ?').pluck();
  const any = db.prepare('SELECT 1 FROM alerts LIMIT 1').pluck();
  const countAll = db.prepare('SELECT count(*) FROM alerts').pluck();
  const all = db.prepare(`SELECT ${COLUMNS.join(', ')} FROM alerts ORDER BY fired_at, rowid`);
  const ofItems = db.prepare('SELECT item_id, kind, deadline FROM alerts WHERE item_id IN (SELECT value FROM json_each(?))');
  const markRead = (ids: readonly string[] | null, at: number) =>
    ids === null ? readAll.run(at).changes : ids.reduce((n, id) => n + readOne.run(at, id).changes, 0);
  return {
    has: (id) => has.get(id) !== undefined,
    any: () => any.get() !== undefined,
    ofItems: (itemIds) => {
      const out = new Map<string, Set<string>>();
      if (itemIds.length === 0) return out;
      for (const r of ofItems.all(JSON.stringify(itemIds)) as { item_id: string; kind: string; deadline: number }[]) {
        let set = out.get(r.item_id);
        if (!set) out.set(r.item_id, (set = new Set()));
        set.add(`${r.kind}|${r.deadline}`);
      }
      return out;
    },
    insert: (a) => {
      writes.require('alerts write');
      const inserted =
        insert.run({
        id: a.id,
        item_id: a.itemId,
        case_id: a.caseId,
        key: a.key,
        kind: a.kind,
        sla_class: a.slaClass,
        deadline: a.deadline,
        due_at: a.dueAt,
        fired_at: a.firedAt,
        late: a.late ? 1 : 0,
        delivery: a.delivery,
        silenced_by: a.silencedBy,
        agent_id: a.agentId,
        title: a.title,
        body: a.body,
        read_at: a.readAt,
      }).changes > 0;
      if (inserted) writes.alerted(a.itemId);
      return inserted;
    },
    latest: (limit) => (latest.all(limit) as Row[]).map(fromRow),
    byIds: (ids) => ids.flatMap((id) => (byId.all(id) as Row[]).map(fromRow)),
    unreadCount: () => unread.get() as number,
    markRead: (ids, at) => {
      writes.require('alerts write');
      const changed = markRead(ids, at);
      if (changed > 0) writes.table('alerts');
      return changed;
    },
    count: () => countAll.get() as number,
    *iterate() {
      for (const r of all.iterate() as IterableIterator<Row>) yield fromRow(r);
    },
  };
}
