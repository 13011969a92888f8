import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/createCore';
import { openWorkspaceDb } from '../../../electron/core/db/connection';
import { MIGRATIONS, type Migration } from '../../../electron/core/db/migrations/index';
import { memoryPrefs } from '../../../electron/core/prefs';
import { AppError } from '../../../shared/contract/result';
import { createFakeClock } from '../../support/fakeClock';
import { makeTempDir } from '../../support/tempDir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
/** The ledger a new database gets: every known migration, applied at `at`. */
const known = (at: number) => MIGRATIONS.map((m) => ({ version: m.version, name: m.name, applied_at: at }));
const NEXT = MIGRATIONS.length + 1;
const ledger = (db: Database.Database) => db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all();

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the database to be refused');
}

describe('migrations', () => {
  it('creates the schema and records each migration with the injected time', () => {
    const clock = createFakeClock(Date.UTC(2026, 2, 2, 8, 0));
    const db = openWorkspaceDb(temp.path('w.db'), clock);
    expect(ledger(db)).toEqual(known(Date.UTC(2026, 2, 2, 8, 0)));
    expect(ledger(db)[0]).toEqual({ version: 1, name: 'initial', applied_at: Date.UTC(2026, 2, 2, 8, 0) });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('creates the data folder of a new workspace', () => {
    const db = openWorkspaceDb(temp.path('Shiftdesk/nested/workspace.db'), createFakeClock());
    expect(ledger(db)).toHaveLength(MIGRATIONS.length);
    db.close();
  });

  it('reopening is a no-op that keeps the data and the ledger', () => {
    const path = temp.path('w.db');
    const first = openWorkspaceDb(path, createFakeClock(1000));
    first.prepare(`INSERT INTO settings (key, value) VALUES ('onboarded', 'true')`).run();
    first.close();
    const again = openWorkspaceDb(path, createFakeClock(9999));
    expect(ledger(again)).toEqual(known(1000));
    expect(again.prepare('SELECT value FROM settings').pluck().get()).toBe('true');
    again.close();
  });

  it('runs the migrations a newer build adds on top of an older file', () => {
    const path = temp.path('w.db');
    openWorkspaceDb(path, createFakeClock(1000)).close();
    const next: Migration = { version: NEXT, name: 'add_notes', up: (db) => db.exec('CREATE TABLE notes (id TEXT PRIMARY KEY)') };
    const db = openWorkspaceDb(path, createFakeClock(2000), { migrations: [...MIGRATIONS, next] });
    expect(ledger(db)).toEqual([...known(1000), { version: NEXT, name: 'add_notes', applied_at: 2000 }]);
    db.close();
  });

  it('runs each migration in its own transaction: a failing one leaves nothing behind', () => {
    const path = temp.path('w.db');
    const broken: Migration = {
      version: NEXT,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (id TEXT)');
        throw new Error('boom');
      },
    };
    expect(() => openWorkspaceDb(path, createFakeClock(1000), { migrations: [...MIGRATIONS, broken] })).toThrow('boom');
    const db = new Database(path, { readonly: true });
    expect(ledger(db)).toEqual(known(1000));
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
  });

  it('refuses a database written by a newer Shiftdesk, naming the unknown migration, and leaves its bytes untouched', () => {
    const path = temp.path('w.db');
    openWorkspaceDb(path, createFakeClock(1000)).close();
    const raw = new Database(path);
    raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future_feature', 2000)").run(NEXT);
    raw.pragma('journal_mode = DELETE'); // checkpoint everything into the main file
    raw.close();
    const before = sha(path);
    const filesBefore = readdirSync(temp.dir).sort();

    const err = refusal(() => createCore({ dbPath: path, clock: createFakeClock(), prefs: memoryPrefs() }));
    expect(err.code).toBe('workspace_incompatible');
    expect(err.message).toContain(`migration ${NEXT} "future_feature"`);
    expect(err.message).toContain('does not know');
    expect(err.message).toContain('The file was not changed');
    expect(sha(path)).toBe(before);
    expect(readdirSync(temp.dir).sort()).toEqual(filesBefore);
  });

  it('leaves a refused database in WAL mode byte-for-byte untouched too', () => {
    const path = temp.path('w.db');
    openWorkspaceDb(path, createFakeClock(1000)).close();
    const raw = new Database(path);
    raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future_feature', 2000)").run(NEXT);
    raw.close();
    const probe = new Database(path, { readonly: true });
    expect(probe.pragma('journal_mode', { simple: true })).toBe('wal');
    probe.close();
    const before = sha(path);
    expect(refusal(() => openWorkspaceDb(path, createFakeClock())).code).toBe('workspace_incompatible');
    expect(sha(path)).toBe(before);
  });

  it('refuses a database whose migration has another name at the same number', () => {
    const path = temp.path('w.db');
    openWorkspaceDb(path, createFakeClock(1000)).close();
    const raw = new Database(path);
    raw.prepare("UPDATE schema_migrations SET name = 'forked' WHERE version = 1").run();
    raw.close();
    const err = refusal(() => openWorkspaceDb(path, createFakeClock()));
    expect(err.message).toContain('migration 1 "forked" where this version of Shiftdesk expects migration 1 "initial"');
  });

  it('refuses a file that is not a SQLite database, unchanged', () => {
    const path = temp.path('notes.db');
    writeFileSync(path, 'these are my notes, not a database\n'.repeat(200));
    const before = sha(path);
    const err = refusal(() => openWorkspaceDb(path, createFakeClock()));
    expect(err.code).toBe('workspace_damaged');
    expect(err.message).toMatch(/is damaged and cannot be opened \(file is not a database\)/);
    expect(sha(path)).toBe(before);
  });

  it('refuses a SQLite database of another application', () => {
    const path = temp.path('other.db');
    const other = new Database(path);
    other.exec('CREATE TABLE recipes (id INTEGER PRIMARY KEY)');
    other.close();
    const before = sha(path);
    expect(refusal(() => openWorkspaceDb(path, createFakeClock())).message).toContain('not a Shiftdesk workspace');
    expect(sha(path)).toBe(before);
  });

  it('keeps the timeline append-only', () => {
    const db = openWorkspaceDb(temp.path('w.db'), createFakeClock());
    db.exec(`INSERT INTO cases (id, key, subject, description, type, status, priority, channel, created_at)
             VALUES ('k1', 'C-1', 's', '', 'bug', 'new', 'P3', 'email', 0)`);
    db.exec(`INSERT INTO case_events (case_id, at, kind, fingerprint) VALUES ('k1', 1, 'inbound', 'f1')`);
    expect(() => db.exec(`UPDATE case_events SET body = 'changed'`)).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM case_events')).toThrow(/append-only/);
    db.close();
  });
});

/**
 * The shipped schema. A failing test here means a column was dropped, renamed or retyped, which
 * would break every workspace already on disk: add a new numbered migration instead, and extend
 * this snapshot with the new columns.
 */
const SHIPPED_SCHEMA: Record<string, string[]> = {
  alerts: [
    'id TEXT', 'item_id TEXT', 'case_id TEXT', 'key TEXT', 'kind TEXT', 'sla_class TEXT', 'deadline INTEGER', 'due_at INTEGER', 'fired_at INTEGER',
    'late INTEGER', 'delivery TEXT', 'silenced_by TEXT', 'agent_id TEXT', 'title TEXT', 'body TEXT', 'read_at INTEGER',
  ],
  // Migration 013: the audit list and the daily checklists.
  audit: ['seq INTEGER', 'at INTEGER', 'by_id TEXT', 'action TEXT', 'subject TEXT', 'detail TEXT'],
  checklist_days: ['agent_id TEXT', 'day TEXT', 'items TEXT'],
  // Migration 015: the help-desk sync (links, the outbox, what our pushes made there).
  sync_links: ['case_id TEXT', 'system TEXT', 'remote_id TEXT', 'version TEXT', 'last_event TEXT', 'captured_seq INTEGER', 'pulled_at INTEGER'],
  outbox: ['id INTEGER', 'case_id TEXT', 'event_seq INTEGER', 'change TEXT', 'state TEXT', 'created_at INTEGER', 'attempts INTEGER', 'sent_at INTEGER', 'problem TEXT'],
  sync_pushed: ['case_id TEXT', 'remote_id TEXT'],
  agents: ['ord INTEGER', 'id TEXT', 'name TEXT', 'email TEXT', 'role TEXT', 'time_zone TEXT', 'status TEXT', 'schedule TEXT', 'extra TEXT'],
  case_events: ['seq INTEGER', 'case_id TEXT', 'at INTEGER', 'kind TEXT', 'by_id TEXT', 'body TEXT', 'from_value TEXT', 'to_value TEXT', 'extra TEXT', 'fingerprint TEXT'],
  cases: [
    'ord INTEGER', 'id TEXT', 'key TEXT', 'subject TEXT', 'description TEXT', 'type TEXT', 'status TEXT', 'priority TEXT', 'channel TEXT',
    'channels TEXT', 'organization_id TEXT', 'reporter_id TEXT', 'assignee_id TEXT', 'labels TEXT', 'created_at INTEGER',
    'agreed_update_at INTEGER', 'extra TEXT',
    // Migration 008: the `urgent` flag became the case's urgency (flagged cases read as urgent).
    'urgency TEXT',
    // Migration 010: the team, need-by and resolved dates, and the intake fields.
    'team_id TEXT', 'need_by TEXT', 'resolved_at INTEGER', 'from_partner INTEGER', 'internal INTEGER', 'possible_testimonial INTEGER',
    'case_source TEXT', 'admin_task_type TEXT', 'item TEXT', 'watchers TEXT', 'participants TEXT', 'reminders TEXT', 'links TEXT',
  ],
  contacts: ['ord INTEGER', 'id TEXT', 'name TEXT', 'email TEXT', 'phone TEXT', 'organization_id TEXT', 'extra TEXT'],
  interactions: [
    'ord INTEGER', 'id TEXT', 'channel TEXT', 'state TEXT', 'since INTEGER', 'contact_id TEXT', 'case_id TEXT', 'priority TEXT', 'urgent INTEGER',
    'assignee_id TEXT', 'subject TEXT', 'body TEXT', 'extra TEXT',
  ],
  organizations: ['ord INTEGER', 'id TEXT', 'name TEXT', 'priority INTEGER', 'plan TEXT', 'licenses INTEGER', 'extra TEXT'],
  projections: ['name TEXT', 'version INTEGER', 'built_at INTEGER'],
  saved_filters: ['agent_id TEXT', 'name TEXT', 'filter TEXT', 'saved_at INTEGER'],
  schema_migrations: ['version INTEGER', 'name TEXT', 'applied_at INTEGER'],
  settings: ['key TEXT', 'value TEXT'],
  sweep_seen: ['item_id TEXT', 'warning INTEGER'],
  sweeps: [
    'id INTEGER', 'at INTEGER', 'due_at INTEGER', 'agent_id TEXT', 'agent_status TEXT', 'unassigned INTEGER', 'new_count INTEGER', 'warning INTEGER',
    'breached INTEGER', 'new_keys TEXT', 'warning_keys TEXT', 'outcome TEXT', 'silenced_by TEXT', 'title TEXT', 'body TEXT',
  ],
  work_item_labels: ['label TEXT', 'item_id TEXT'],
  // Migration 007: the work-item projection in a layout of its own. It holds only derived rows, so
  // unlike the record tables it may be dropped and created again; the projection ledger then makes
  // the next open rebuild it (decision D21).
  work_items: [
    'search_id INTEGER', 'id TEXT', 'source TEXT', 'case_id TEXT', 'interaction_id TEXT', 'key TEXT', 'channel TEXT', 'priority TEXT',
    'status TEXT', 'subject TEXT', 'organization_id TEXT', 'organization_name TEXT', 'contact_name TEXT', 'assignee_id TEXT',
    'waiting_since INTEGER', 'labels TEXT', 'last_sent_at INTEGER', 'customer_last INTEGER', 'created_at INTEGER', 'sla_facts TEXT',
    'sla_class TEXT', 'sla_deadline INTEGER', 'sla_clock TEXT', 'sla_start INTEGER', 'sla_target_ms INTEGER', 'sla_warning_at INTEGER',
    'sort_key TEXT', 'aging_key TEXT', 'alert_due_at INTEGER', 'search_sig TEXT',
    // Migration 008: urgency apart from priority, and priority organizations in the order.
    'case_type TEXT', 'set_urgency TEXT', 'urgency TEXT', 'priority_organization INTEGER',
  ],
  // Migration 004: the FTS5 search index and its shadow tables (SQLite's own layout).
  work_items_fts: ['key ', 'subject ', 'body ', 'names '],
  work_items_fts_config: ['k ', 'v '],
  work_items_fts_data: ['id INTEGER', 'block BLOB'],
  work_items_fts_docsize: ['id INTEGER', 'sz BLOB', 'origin INTEGER'],
  work_items_fts_idx: ['segid ', 'term ', 'pgno '],
};

describe('schema snapshot', () => {
  it('has exactly the shipped tables and columns', () => {
    const db = openWorkspaceDb(temp.path('w.db'), createFakeClock());
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const actual = Object.fromEntries(
      tables.map((t) => [t, (db.pragma(`table_info(${t})`) as { name: string; type: string }[]).map((c) => `${c.name} ${c.type}`)]),
    );
    db.close();
    expect(actual).toEqual(SHIPPED_SCHEMA);
  });
});
