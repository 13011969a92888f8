import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { runCliCaptured } from '../../support/cliRun';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smallWorkspace } from '../../support/workspaceFixture';

const NOW = Date.parse('2026-03-05T16:00:00Z');
let dir: string;
async function cli(...argv: string[]) {
  return runCliCaptured(argv, { dbPath: join(dir, 'workspace.db'), now: NOW });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shiftdesk-cli-views-'));
  const file = join(dir, 'ws.json');
  writeFileSync(file, JSON.stringify(smallWorkspace()));
  expect((await cli('import', file)).code).toBe(0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('shiftdesk queue --view our-turn | aging', () => {
  it('lists the cases waiting on us', async () => {
    // As of Tuesday 10:00 Chicago: C-999 (first response due Monday) is breached, so it goes before
    // C-1001 although C-1001's organization is a priority organization (queue.md Order).
    const result = await cli('queue', '--view', 'our-turn', '--json', '--at', '2026-03-03T16:00:00Z');
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed).toMatchObject({ view: 'our-turn', total: 2 });
    expect(parsed.items.map((i: { key: string; ourTurn: boolean; priorityOrganization: boolean; sla: { state: string } }) => [i.key, i.ourTurn, i.priorityOrganization, i.sla.state])).toEqual([
      ['C-999', true, false, 'breached'],
      ['C-1001', true, true, 'ok'],
    ]);
  });

  it('lists open cases by last sent to customer with the days, never-sent first', async () => {
    const json = JSON.parse((await cli('queue', '--view', 'aging', '--json')).stdout);
    expect(json.items.map((i: { key: string; lastSentAt: string | null; lastSentDays: number | null }) => [i.key, i.lastSentAt, i.lastSentDays])).toEqual([
      ['C-999', null, null],
      ['C-1001', '2026-03-02T15:00:00Z', 3],
    ]);
    const lines = (await cli('queue', '--view', 'aging')).stdout.split('\n');
    expect(lines[0]).toMatch(/KEY\s+LAST SENT\s+CHANNEL/);
    expect(lines[1]).toMatch(/C-999\s+never\s+Email/);
    expect(lines[2]).toMatch(/C-1001\s+3 days\s+Email/);
  });

  it('names every view when --view is wrong', async () => {
    const result = await cli('queue', '--view', 'waiting');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--view: expected one of my, unassigned, our-turn, aging, all, got "waiting"');
  });
});
