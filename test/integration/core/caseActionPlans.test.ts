/**
 * Opening a case, replying and changing its status must not scan all cases or every timeline entry
 * (issue: "none of them scans all cases"): every statement the core runs for these actions, from the
 * call to its commit announced (work items, rules, alerts), is recorded and its query plan read with
 * EXPLAIN QUERY PLAN on the same workspace. A full scan of `cases` or `case_events` (plain, or of a
 * whole index) fails the test and names the statement.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryPrefs } from '../../../electron/core/prefs';
import { generateWorkspace } from '../../bench/generateWorkspace';
import { createFakeClock } from '../../support/fakeClock';
import { openTestCore, type TestCore } from '../../support/testCore';

const NOW = Date.parse('2026-03-03T16:00:00Z');
/** The tables that grow with the workspace: a statement must reach their rows by key or index. */
const BIG_TABLES = ['cases', 'case_events'];

interface Ran {
  sql: string;
  params: unknown[];
}

type Method = (this: Database.Statement, ...params: unknown[]) => unknown;
/** Records every statement run (its SQL and parameters) while `recording` is on. */
function recordStatements(): { start(): void; stop(): Ran[]; restore(): void } {
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<'run' | 'get' | 'all' | 'iterate', Method>;
  probe.close();
  let ran: Ran[] | null = null;
  const originals = (['run', 'get', 'all', 'iterate'] as const).map((name) => [name, proto[name]] as const);
  for (const [name, original] of originals) {
    proto[name] = function (this: Database.Statement, ...params: unknown[]) {
      if (ran && !this.source.startsWith('EXPLAIN')) ran.push({ sql: this.source, params });
      return original.apply(this, params);
    };
  }
  return {
    start: () => void (ran = []),
    stop: () => {
      const out = ran ?? [];
      ran = null;
      return out;
    },
    restore: () => {
      for (const [name, original] of originals) proto[name] = original;
    },
  };
}

const opened: TestCore[] = [];
let recorder: ReturnType<typeof recordStatements> | null = null;
afterEach(() => {
  recorder?.restore();
  recorder = null;
  for (const t of opened.splice(0)) t.cleanup();
});

const planOf = (db: Database.Database, { sql, params }: Ran) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((p) => p.detail).join(' | ');

/** The plan's full scans of a big table ("SCAN cases", "SCAN case_events USING INDEX ..."). */
function fullScans(db: Database.Database, statement: Ran): string[] {
  return planOf(db, statement)
    .split(' | ')
    .filter((detail) => BIG_TABLES.some((table) => new RegExp(`^SCAN ${table}\\b`).test(detail)));
}

describe('case actions reach a case and its timeline by key, never by scanning', () => {
  it('opening a case with 200 timeline entries, a reply and status changes scan neither cases nor case_events', async () => {
    const t = openTestCore({ clock: createFakeClock(NOW), prefs: memoryPrefs({ 'session.agentId': 'a2' }), watchExternalChanges: false });
    opened.push(t);
    await t.call('workspace.import', { content: JSON.stringify(generateWorkspace({ cases: 1500, seed: 5, now: NOW })) });
    const read = new Database(t.dbPath, { readonly: true });
    try {
      const { id } = read.prepare(`SELECT id FROM cases WHERE status = 'assigned' ORDER BY ord LIMIT 1`).get() as { id: string };
      const have = (read.prepare('SELECT count(*) AS n FROM case_events WHERE case_id = ?').get(id) as { n: number }).n;
      for (let i = have; i < 200; i++) await t.call('cases.note', { id, body: `Checked step ${i}` });

      recorder = recordStatements();
      const statements: [string, Ran[]][] = [];
      const measure = async (what: string, run: () => Promise<unknown>) => {
        recorder!.start();
        await run();
        statements.push([what, recorder!.stop()]);
      };
      await measure('cases.get', async () => expect((await t.call('cases.get', { id })).timeline).toHaveLength(200));
      await measure('cases.reply', () => t.call('cases.reply', { id, body: 'We are looking into it.' }));
      await measure('cases.setStatus pending_input', () => t.call('cases.setStatus', { id, status: 'pending_input' }));
      await measure('cases.setStatus assigned', () => t.call('cases.setStatus', { id, status: 'assigned' }));
      recorder.restore();

      const scans: string[] = [];
      for (const [what, ran] of statements) {
        expect(ran.length, `${what} ran no statement (nothing recorded?)`).toBeGreaterThan(0);
        for (const statement of ran) {
          for (const scan of fullScans(read, statement)) scans.push(`${what}: ${scan}: ${statement.sql.replace(/\s+/g, ' ').trim()}`);
        }
      }
      // DEBUG_PLANS=1 prints every statement with its plan.
      if (process.env.DEBUG_PLANS) for (const [what, ran] of statements) for (const s of ran) console.log(`${what}: ${planOf(read, s)} <- ${s.sql.replace(/\s+/g, ' ').trim()}`);
      expect(scans).toEqual([]);
      // The check itself sees a scan: a search by subject reads every case.
      expect(fullScans(read, { sql: 'SELECT id FROM cases WHERE subject = ?', params: ['x'] })).toEqual(['SCAN cases']);
      // The reads touch the case's own timeline through its index.
      const forCase = statements[0]![1].filter((s) => /FROM case_events/i.test(s.sql));
      expect(forCase.length).toBeGreaterThan(0);
    } finally {
      read.close();
    }
  });
});
