import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliOnWorkspace } from '../../support/cliRun';

/** `shiftdesk status --agent ID STATUS [--by AGENT] [--json]` (docs/roles.md): a1 Agent One is an agent, a2 Agent Two a lead. */
const NOW = Date.parse('2026-03-03T16:00:00Z');

let ws: ReturnType<typeof cliOnWorkspace>;
const cli = (...argv: string[]) => ws.cli(...argv);
const statusOf = async (id: string) => (JSON.parse((await cli('export')).stdout) as { agents: { id: string; status: string }[] }).agents.find((a) => a.id === id)!.status;

beforeEach(async () => {
  ws = cliOnWorkspace(NOW);
  await ws.ready;
});
afterEach(() => ws.cleanup());

describe('shiftdesk status', () => {
  it("sets an agent's own status, and a lead sets a colleague's, each recorded in the audit list", async () => {
    const own = await cli('status', '--agent', 'a1', 'in-a-meeting', '--by', 'a1');
    expect(own).toMatchObject({ code: 0, stderr: '', stdout: 'Agent One (a1) is now In a meeting (was Available).' });
    const lead = await cli('status', '--agent', 'a1', 'on_leave', '--by', 'a2', '--json');
    expect(JSON.parse(lead.stdout)).toMatchObject({ id: 'a1', status: 'on_leave' });
    expect(await statusOf('a1')).toBe('on_leave');
    const audit = (JSON.parse((await cli('export')).stdout) as { audit?: { by: string; action: string; subject: string }[] }).audit;
    expect(audit?.filter((e) => e.action === 'agent.status').map((e) => [e.by, e.subject])).toEqual([
      ['a1', 'a1'],
      ['a2', 'a1'],
    ]);
  });

  it("refuses an agent setting a colleague's status, and bad input, changing nothing", async () => {
    const refused = await cli('status', '--agent', 'a2', 'unavailable', '--by', 'a1');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('an agent sets only their own status');
    expect(await statusOf('a2')).toBe('available');
    const bad = await cli('status', '--agent', 'a1', 'napping', '--by', 'a1');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('status: expected one of available, in_a_meeting, unavailable, on_leave, got "napping"');
    expect((await cli('status', 'available')).stderr).toContain('--agent ID is required');
    expect((await cli('status', '--agent', 'zz', 'available')).stderr).toContain('--agent: no agent with id "zz"');
    expect(await statusOf('a1')).toBe('available');
  });
});
