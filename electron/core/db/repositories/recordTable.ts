import type { Database, Statement } from 'better-sqlite3';
import type { Extra } from '../../../../shared/interchange/schema';
import type { RecordTableName, Writes } from '../writes';

/**
 * One mechanism for every imported record table: a column list maps record fields to SQLite
 * columns (text, integer, boolean as 0/1, JSON), unknown keys live in `extra`, rows keep their
 * import order in `ord`, and an upsert reports whether it changed anything (and notes the change in
 * the open unit of work).
 */
export type ColumnKind = 'text' | 'int' | 'bool' | 'json';

export interface Column<R> {
  field: Exclude<keyof R, 'extra'> & string;
  column: string;
  kind: ColumnKind;
}

export interface RecordTable<R extends { id: string; extra: Extra }> {
  /** Inserts or updates by id; true when the row is new or different, false when identical. */
  upsert(record: R): boolean;
  get(id: string): R | undefined;
  has(id: string): boolean;
  /** Every record, in import order. */
  list(): R[];
  /** Every record, in import order, read a row at a time (export of a large workspace). */
  iterate(): IterableIterator<R>;
  count(): number;
  /** Ids of the records whose `column` holds one of `values` (e.g. cases of some organizations). */
  idsWhere(column: Column<R>['column'], values: readonly string[]): string[];
}

type Row = Record<string, unknown>;

function toSql(kind: ColumnKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (kind === 'bool') return value ? 1 : 0;
  if (kind === 'json') return JSON.stringify(value);
  return value;
}

function fromSql(kind: ColumnKind, value: unknown): unknown {
  if (value === null) return null;
  if (kind === 'bool') return value === 1;
  if (kind === 'json') return JSON.parse(value as string) as unknown;
  return value;
}

/** Caches prepared statements by SQL text. */
export function statementCache(db: Database): (sql: string) => Statement {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
}

export function recordTable<R extends { id: string; extra: Extra }>(
  db: Database,
  table: RecordTableName,
  columns: readonly Column<R>[],
  writes: Writes,
): RecordTable<R> {
  const all = [{ field: 'id', column: 'id', kind: 'text' } as const, ...columns, { field: 'extra', column: 'extra', kind: 'json' } as const];
  const names = all.map((c) => c.column);
  const updatable = names.filter((n) => n !== 'id');
  const upsertStmt = db.prepare(
    `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})
     ON CONFLICT (id) DO UPDATE SET ${updatable.map((n) => `${n} = excluded.${n}`).join(', ')}
     WHERE ${updatable.map((n) => `${table}.${n} IS NOT excluded.${n}`).join(' OR ')}`,
  );
  const select = `SELECT ${names.join(', ')} FROM ${table}`;
  const getStmt = db.prepare(`${select} WHERE id = ?`);
  const hasStmt = db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck();
  const listStmt = db.prepare(`${select} ORDER BY ord`);
  const countStmt = db.prepare(`SELECT count(*) FROM ${table}`).pluck();
  const cached = statementCache(db);

  const fromRow = (row: Row): R => {
    const out: Row = {};
    for (const c of all) out[c.field] = fromSql(c.kind, row[c.column]);
    return out as R;
  };

  return {
    upsert: (record) => {
      writes.require(`${table} write`);
      const rec = record as unknown as Row;
      // A case made in this unit of work (the sync outbox creates it in the help desk): looked up
      // before the write, and only when the unit keeps them (not in an import).
      if (table === 'cases') writes.created(record.id, () => hasStmt.get(record.id) === undefined);
      const changed = upsertStmt.run(all.map((c) => toSql(c.kind, rec[c.field]))).changes > 0;
      if (changed) writes.record(table, record.id);
      return changed;
    },
    get: (id) => {
      const row = getStmt.get(id) as Row | undefined;
      return row ? fromRow(row) : undefined;
    },
    has: (id) => hasStmt.get(id) !== undefined,
    list: () => (listStmt.all() as Row[]).map(fromRow),
    *iterate() {
      for (const row of listStmt.iterate() as IterableIterator<Row>) yield fromRow(row);
    },
    count: () => countStmt.get() as number,
    idsWhere: (column, values) => {
      if (!columns.some((c) => c.column === column)) throw new Error(`${table}.idsWhere: unknown column ${column}`);
      if (values.length === 0) return [];
      if (values.length === 1) return cached(`SELECT id FROM ${table} WHERE ${column} = ? ORDER BY ord`).pluck().all(values[0]) as string[];
      // json_each takes any number of values in one bound parameter.
      const stmt = cached(`SELECT id FROM ${table} WHERE ${column} IN (SELECT value FROM json_each(?)) ORDER BY ord`).pluck();
      return stmt.all(JSON.stringify(values)) as string[];
    },
  };
}
