import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, memoryPrefs } from '../../../electron/core/index';
import type { MethodName } from '../../../shared/contract/index';
import { runCliCaptured } from '../../support/cliRun';
import { createFakeClock } from '../../support/fakeClock';
import { makeTempDir } from '../../support/tempDir';
import { smallWorkspace } from '../../support/workspaceFixture';

/** `shiftdesk report chats --day DATE [--agent ID] [--json]` (issue 11 item 8); the team works in America/Chicago. */
const NOW = Date.parse('2026-03-04T15:00:00Z');

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
const cli = (...argv: string[]) => runCliCaptured([...argv, '--db', dbPath], { dbPath, now: NOW });

/** Tuesday 2026-03-03 in Chicago: a1 had a happy chat and one that ended on a blocker; a2 an unhappy one. */
beforeEach(async () => {
  temp = makeTempDir();
  dbPath = temp.path('workspace.db');
  const prefs = memoryPrefs();
  const core = createCore({ dbPath, clock: createFakeClock(NOW), prefs, alerts: false, sweep: false, watchExternalChanges: false });
  const call = async (method: MethodName, payload: object) => {
    const r = await core.dispatch(method, payload);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as { id: string };
  };
  await call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  const chat = async (agentId: string, since: string) => {
    await call('session.setAgent', { agentId });
    return (await call('interactions.log', { channel: 'chat', contact: { name: 'Pat Doe' }, subject: 'Chat', since })).id;
  };
  const happy = await chat('a1', '2026-03-03T14:00:00Z');
  const blocker = await chat('a1', '2026-03-03T20:00:00Z');
  const unhappy = await chat('a2', '2026-03-03T21:00:00Z');
  await call('session.setAgent', { agentId: 'a1' });
  await call('chats.setOutcome', { interactionId: happy, outcome: 1 });
  await call('chats.setOutcome', { interactionId: blocker, outcome: 3 });
  await call('chats.setOutcome', { interactionId: blocker, outcome: 5 });
  await call('session.setAgent', { agentId: 'a2' });
  await call('chats.setOutcome', { interactionId: unhappy, outcome: 2, note: 'Wanted a refund' });
  await core.close();
});
afterEach(() => temp.cleanup());

describe('shiftdesk report chats', () => {
  it('prints the day\'s chats by outcome, one line per agent and the team\'s', async () => {
    const { code, stdout, stderr } = await cli('report', 'chats', '--day', '2026-03-03');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Chats on 2026-03-03 (America/Chicago), by outcome',
        'agent      1 Happy  2 Unhappy  3 Feature request  4 Workaround  5 No workaround  no outcome  total',
        'Agent One        1          0                  0             0                1           0      2',
        'Agent Two        0          1                  0             0                0           0      1',
        'Team             1          1                  0             0                1           0      3',
      ].join('\n'),
    );
  });

  it('gives one agent and the team as JSON with --agent and --json', async () => {
    const { code, stdout } = await cli('report', 'chats', '--day', '2026-03-03', '--agent', 'a2', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      day: '2026-03-03',
      timeZone: 'America/Chicago',
      agents: [{ agent: { id: 'a2', name: 'Agent Two' }, counts: { byOutcome: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 }, none: 0, total: 1 } }],
      team: { byOutcome: { 1: 1, 2: 1, 3: 0, 4: 0, 5: 1 }, none: 0, total: 3 },
    });
  });

  it('says so on a day without chats', async () => {
    const { code, stdout } = await cli('report', 'chats', '--day', '2026-03-02');
    expect(code).toBe(0);
    // i3 of the fixture began that day, without an outcome and nobody's.
    expect(stdout).toContain('(nobody took it)');
    expect((await cli('report', 'chats', '--day', '2026-01-05')).stdout).toBe('Chats on 2026-01-05 (America/Chicago), by outcome: no chats that day.');
  });

  it('exits 2 with the reason on a missing or bad day, an unknown agent or report', async () => {
    const missing = await cli('report', 'chats');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('report chats: --day DATE is required');
    const bad = await cli('report', 'chats', '--day', '2026-02-30');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('day: expected a date YYYY-MM-DD, got "2026-02-30"');
    const agent = await cli('report', 'chats', '--day', '2026-03-03', '--agent', 'zz');
    expect(agent.code).toBe(2);
    expect(agent.stderr).toBe('shiftdesk: reports.chats: agentId: no agent with id "zz"');
    const other = await cli('report', 'calls', '--day', '2026-03-03');
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('report: expected "chats", got "calls"');
  });
});
