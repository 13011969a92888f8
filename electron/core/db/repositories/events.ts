import type { Database } from 'better-sqlite3';
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

export function eventRepository(db: Database): EventRepository {
  const append = db.prepare(
    `INSERT INTO case_events (case_id, at, kind, by_id, body, from_value, to_value, extra, fingerprint)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING`,
  );
  const forCase = db.prepare(`SELECT ${COLUMNS} FROM case_events WHERE case_id = ? ORDER BY at, seq`);
  const list = db.prepare(`SELECT ${COLUMNS} FROM case_events ORDER BY seq`);
  const count = db.prepare('SELECT count(*) FROM case_events').pluck();
  return {
    append: (e, fingerprint) =>
      append.run(e.caseId, e.at, e.kind, e.by, e.body, e.from, e.to, JSON.stringify(e.extra), fingerprint).changes > 0,
    forCase: (caseId) => (forCase.all(caseId) as EventRow[]).map(fromRow),
    list: () => (list.all() as EventRow[]).map(fromRow),
    count: () => count.get() as number,
  };
}
