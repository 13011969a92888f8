import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_INPUT_DEPTH } from '../../../shared/contract/inputShape';
import { runCliCaptured } from '../../support/cliRun';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';
import { deepPath, DEPTHS, nestedText, storedState } from './hostile';

/**
 * Workspace files built to break the import (issue 10): each is refused as a whole, the error names
 * the record and field (`cases[0].notes[0]...: nested more than 64 levels deep`), the command line
 * exits 2 with that reason and no stack trace, and nothing stored changed. The same file goes through
 * `workspace.import` (the app's import) and `shiftdesk import FILE` (the command line).
 */
let t: TestCore;
let before: string;
const NOW = Date.parse('2026-03-02T17:00:00Z');

beforeEach(async () => {
  t = openTestCore();
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  before = await storedState(t);
});
afterEach(() => t.cleanup());

/** The small workspace's JSON with `marker` (a string value in it) replaced by raw JSON text. */
function fileWith(change: (file: ReturnType<typeof smallWorkspace>) => void, raw = ''): string {
  const file = smallWorkspace();
  change(file);
  return JSON.stringify(file).replace('"@RAW@"', raw);
}

const RAW = '@RAW@';
const closedWeek = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

const hostileFiles: [string, string, string][] = [
  ...DEPTHS.map((depth): [string, string, string] => [
    `an unknown key of a case nested ${depth} levels deep`,
    fileWith((f) => Object.assign(f.cases[0]!, { notes: RAW }), nestedText(depth)),
    `${deepPath('cases[0].notes')}: nested more than 64 levels deep`,
  ]),
  [
    'an unknown top-level key nested 100,000 levels deep',
    fileWith((f) => Object.assign(f, { exportNotes: RAW }), nestedText(100_000)),
    `exportNotes${'[0]'.repeat(MAX_INPUT_DEPTH)}: nested more than 64 levels deep`,
  ],
  ['a known field nested 5,000 levels deep', fileWith((f) => Object.assign(f.cases[1]!, { priority: RAW }), nestedText(5_000)), deepPath('cases[1].priority')],
  ['a key named __proto__ in a case', fileWith((f) => Object.assign(f.cases[0]!, { x: RAW }), '1,"__proto__":{"urgent":true}'), 'cases[0].__proto__: a key named "__proto__"'],
  ['a key named __proto__ inside a kept unknown value', fileWith((f) => Object.assign(f.agents[0]!, { crm: RAW }), '{"__proto__":{"id":"x"}}'), 'agents[0].crm.__proto__'],
  ['a top-level key named __proto__', fileWith((f) => Object.assign(f, { x: RAW }), '1,"__proto__":{"format":"x"}'), '__proto__: a key named "__proto__"'],
  ['a calendar closed every weekday', fileWith((f) => (f.calendar.week = closedWeek)), 'calendar.week: no open time'],
  [
    'a calendar open only on one date',
    fileWith((f) => Object.assign(f.calendar, { week: {}, overrides: [{ date: '2026-03-10', windows: [['09:00', '17:00']] }] })),
    'calendar.week: no open time',
  ],
];

describe('importing a hostile workspace file', () => {
  it.each(hostileFiles)('refuses %s, naming where, and stores nothing', async (_what, content, named) => {
    const answer = await t.core.dispatch('workspace.import', { content });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining(named) } });
    expect((await storedState(t)) === before, 'what the workspace stores changed').toBe(true);
  });

  it.each(hostileFiles)('shiftdesk import: %s exits 2 with the reason and no stack trace', async (_what, content, named) => {
    const file = t.dbPath.replace(/workspace\.db$/, 'hostile.json');
    writeFileSync(file, content);
    // The core logs an unexpected failure with its stack to the same terminal.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const cli = await runCliCaptured(['import', file], { dbPath: t.dbPath, now: NOW });
    logged.mockRestore();
    expect(cli.stderr).toContain(named);
    expect(cli.stderr).not.toMatch(/^\s+at /m);
    expect(logged).not.toHaveBeenCalled();
    expect(cli.code).toBe(2);
    expect((await storedState(t)) === before, 'what the workspace stores changed').toBe(true);
  });

  it('answers any value in any field of any record with an import or issues that each name a path, storing nothing when refused', async () => {
    const records = Object.entries(smallWorkspace()).flatMap(([table, list]) =>
      Array.isArray(list) ? list.flatMap((record: Record<string, unknown>, index) => Object.keys(record).map((field) => ({ table, index, field }))) : [],
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...records), fc.jsonValue({ maxDepth: 4 }), async ({ table, index, field }, value) => {
        const stored = await storedState(t);
        const file = smallWorkspace() as unknown as Record<string, Record<string, unknown>[]>;
        file[table]![index]![field] = value;
        const answer = await t.core.dispatch('workspace.import', { content: JSON.stringify(file) });
        if (answer.ok) return;
        expect(answer.error.code).toBe('invalid_input');
        // One issue a line, each `path: message`, the path starting at a record or a top-level key.
        for (const line of answer.error.message.split('\n').filter((l) => !l.startsWith('... and'))) {
          expect(line).toMatch(/^[a-zA-Z_]+(\[\d+\])?[.[\w\]]*: \S/);
        }
        expect((await storedState(t)) === stored, 'a refused file changed what is stored').toBe(true);
      }),
      { seed: 10, numRuns: 100 },
    );
  });
});
