import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspaceDb } from '../../../electron/core/db/connection';
import { MIGRATIONS } from '../../../electron/core/db/migrations/index';
import { workItemRepository } from '../../../electron/core/db/repositories/workItems';
import { choosePlan, inOrderRange, workItemSql, type WorkItemPlan } from '../../../electron/core/db/repositories/workItemQuery';
import { queueOrderRanges } from '../../../shared/domain/queueOrder';
import type { WorkItemQuery } from '../../../electron/core/db/repositories/types';
import { ftsQuery } from '../../../shared/domain/searchQuery';
import { generateWorkspace } from '../../bench/generateWorkspace';
import { createFakeClock } from '../../support/fakeClock';
import { openTestCore, type TestCore } from '../../support/testCore';

const NOW = Date.parse('2026-03-03T16:00:00Z');
const opened: TestCore[] = [];
afterEach(() => {
  for (const t of opened.splice(0)) t.cleanup();
});

async function generated(cases: number): Promise<TestCore> {
  const t = openTestCore({ clock: createFakeClock(NOW), alerts: false, watchExternalChanges: false });
  opened.push(t);
  await t.call('workspace.import', { content: JSON.stringify(generateWorkspace({ cases, seed: 3, now: NOW })) });
  return t;
}

const VIEWS: [string, WorkItemQuery['scope'], string][] = [
  ['all', { all: true }, 'work_items_order'],
  ['my', { assigneeId: 'a1' }, 'work_items_assignee_order'],
  ['unassigned', { assigneeId: null }, 'work_items_assignee_order'],
  ['our-turn', { ourTurn: true }, 'work_items_our_turn'],
  ['aging', { aging: true }, 'work_items_aging'],
];

describe('views come from SQLite through indexes', () => {
  it.each(VIEWS)('%s: its window walks %s in order, with no sort and no table scan', async (_view, scope, index) => {
    const t = await generated(1500);
    const db = new Database(t.dbPath, { readonly: true });
    try {
      const { where, aging, params } = workItemSql({ scope });
      const plan = (sql: string, ...more: unknown[]) =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params, ...more) as { detail: string }[]).map((p) => p.detail).join(' | ');
      // Aging by its key; every other view range by range of the queue order (breached first as of now).
      const windows = aging
        ? [plan(`SELECT * FROM work_items ${where} ORDER BY aging_key LIMIT 100`)]
        : queueOrderRanges(NOW).map((range) => plan(`SELECT * FROM work_items ${inOrderRange(where)} ORDER BY sort_key LIMIT 100`, ...range));
      for (const window of windows) {
        expect(window).toContain(`INDEX ${index}`);
        expect(window).not.toContain('TEMP B-TREE');
      }
      expect(plan(`SELECT count(*) FROM work_items ${where}`)).toMatch(/USING (COVERING )?INDEX/);
    } finally {
      db.close();
    }
  });
});

describe('a search or label filter, by lookup or by walking the view', () => {
  const ids = (db: Database.Database, query: WorkItemQuery, plan: WorkItemPlan, offset = 0) =>
    workItemRepository(db).list(query, offset, 100, NOW, plan).map((i) => i.id);

  it('gives the same window either way', async () => {
    const t = await generated(1500);
    const db = new Database(t.dbPath, { readonly: true });
    try {
      const queries: WorkItemQuery[] = [
        ...VIEWS.map(([, scope]) => ({ scope, match: ftsQuery('h')! })),
        ...VIEWS.map(([, scope]) => ({ scope, match: ftsQuery('homeowner p')!, label: ['EB', 'billing'] })),
        { scope: { all: true }, label: ['cancellation'] },
        { scope: { aging: true }, match: ftsQuery('c-100')!, channel: ['email'] },
      ];
      for (const query of queries) {
        for (const offset of [0, 150]) {
          const lookup = ids(db, query, 'lookup', offset);
          expect(ids(db, query, 'walk', offset)).toEqual(lookup);
        }
      }
      expect(ids(db, queries[0]!, 'walk').length).toBe(100);
    } finally {
      db.close();
    }
  });

  it('walks the view\'s own index without sorting when many items match, and looks up when few do', async () => {
    const t = await generated(1500);
    const db = new Database(t.dbPath, { readonly: true });
    try {
      for (const [, scope, index] of VIEWS) {
        const { where, aging, params } = workItemSql({ scope, match: ftsQuery('h')! }, 'walk');
        const sql = aging ? `${where} ORDER BY aging_key` : `${inOrderRange(where)} ORDER BY sort_key`;
        const range = aging ? [] : queueOrderRanges(NOW)[3]!;
        const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT * FROM work_items ${sql} LIMIT 100`).all(...params, ...range) as { detail: string }[]).map((p) => p.detail).join(' | ');
        expect(plan).toContain(`INDEX ${index}`);
        expect(plan).not.toContain('TEMP B-TREE');
      }
    } finally {
      db.close();
    }
    // 5,000 of 20,000 match: a first window walks about 400 entries rather than sorting 5,000; 50 match: look them up.
    expect(choosePlan(5000, 20_000, 0, 100)).toBe('walk');
    expect(choosePlan(50, 20_000, 0, 100)).toBe('lookup');
    expect(choosePlan(5000, 20_000, 4900, 100)).toBe('lookup');
  });
});

describe('a workspace written before the queue views', () => {
  it('opens a workspace written before it with its queue views ready', async () => {
    const path = `${opened.length}-old.db`;
    const dir = openTestCore({ alerts: false });
    opened.push(dir);
    const file = dir.dbPath.replace(/workspace\.db$/, path);
    const old = openWorkspaceDb(file, createFakeClock(), { migrations: MIGRATIONS.slice(0, 3) });
    old.exec(`
      INSERT INTO agents (id, name, email, role, time_zone, status) VALUES ('a1', 'Agent One', 'a1@example.com', 'agent', 'UTC', 'available');
      INSERT INTO organizations (id, name, priority) VALUES ('o1', 'Acme Solar', 0);
      INSERT INTO cases (id, key, subject, description, type, status, priority, channel, organization_id, labels, created_at, urgent)
        VALUES ('k1', 'C-1', 'Label printer jams', 'It jams.', 'bug', 'new', 'P4', 'email', 'o1', '["EB"]', 1000, 0);
      INSERT INTO case_events (case_id, at, kind, by_id, body, fingerprint) VALUES ('k1', 1000, 'inbound', NULL, 'Paper everywhere', 'f1');
      INSERT INTO work_items (id, source, case_id, key, channel, priority, urgent, status, subject, organization_name, waiting_since, sort_key)
        VALUES ('case:k1', 'case', 'k1', 'C-1', 'email', 'P4', 0, 'new', 'Label printer jams', 'Acme Solar', 1000, '3099');
    `);
    old.close();
    const t = openTestCore({ dbPath: file, alerts: false });
    opened.push(t);
    expect(await t.call('queue.counts')).toMatchObject({ 'our-turn': 1, aging: 1, all: 1 });
    const page = await t.call('queue.list', { view: 'our-turn', filter: { text: 'paper', label: ['EB'], organizationId: ['o1'] } });
    expect(page.items.map((i) => [i.key, i.ourTurn, i.labels, i.organizationId])).toEqual([['C-1', true, ['EB'], 'o1']]);
  });
});
