import type { Database } from 'better-sqlite3';
import type { Writes } from '../writes';
import type { EventRepository, StoredEvent } from './types';

interface EventRow {
  seq: number;
  case_id: string;
  at: number;
  kind: StoredEvent['kind'];
  by_id: string | null;
  body: string | null;
  from_value: string | null;
  to_value: string | null;
  extra: string;
}

const COLUMNS = 'seq, case_id, at, kind, by_id, body, from_value, to_value, extra';

function fromRow(row: EventRow): StoredEvent {
  return {
    seq: row.seq,
    caseId: row.case_id,
    at: row.at,
    kind: row.kind,
    by: row.by_id,
    body: row.body,
    from: row.from_value,
    to: row.to_value,
    extra: JSON.parse(row.extra) as StoredEvent['extra'],
  };
}

export function eventRepository(db: Database, writes: Writes): EventRepository {
  const append = db.prepare(
    `INSERT INTO case_events (case_id, at, kind, by_id, body, from_value, to_value, extra, fingerprint)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING`,
  );
  const forCase = db.prepare(`SELECT ${COLUMNS} FROM case_events WHERE case_id = ? ORDER BY at, seq`);
  const after = db.prepare(`SELECT ${COLUMNS} FROM case_events WHERE case_id = ? AND seq > ? ORDER BY seq`);
  const list = db.prepare(`SELECT ${COLUMNS} FROM case_events ORDER BY seq`);
  const count = db.prepare('SELECT count(*) FROM case_events').pluck();
  const timelines = db.prepare(`SELECT ${COLUMNS} FROM case_events WHERE case_id IN (SELECT value FROM json_each(?)) ORDER BY case_id, at, seq`);
  return {
    append: (e, fingerprint) => {
      writes.require('case_events write');
      const appended = append.run(e.caseId, e.at, e.kind, e.by, e.body, e.from, e.to, JSON.stringify(e.extra), fingerprint).changes > 0;
      if (appended) writes.timeline(e.caseId);
      return appended;
    },
    timelines: (caseIds) => {
      const out = new Map<string, StoredEvent[]>();
      if (caseIds.length === 0) return out;
      for (const row of timelines.iterate(JSON.stringify(caseIds)) as IterableIterator<EventRow>) {
        const event = fromRow(row);
        const list = out.get(event.caseId);
        if (list) list.push(event);
        else out.set(event.caseId, [event]);
      }
      return out;
    },
    *iterate() {
      for (const row of list.iterate() as IterableIterator<EventRow>) yield fromRow(row);
    },
    forCase: (caseId) => (forCase.all(caseId) as EventRow[]).map(fromRow),
    after: (caseId, seq) => (after.all(caseId, seq) as EventRow[]).map(fromRow),
    list: () => (list.all() as EventRow[]).map(fromRow),
    count: () => count.get() as number,
  };
}
