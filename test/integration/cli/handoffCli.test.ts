import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoffSheet } from '../../../shared/contract/handoff';
import { cliOnWorkspace } from '../../support/cliRun';
import { HANDOFF_NOW, handoffWorkspace } from '../../support/handoffFixture';

/** `shiftdesk handoff --agent ID --from DATE --to DATE [--at INSTANT] [--json]` (docs/cli.md, docs/handoff.md). */
let ws: ReturnType<typeof cliOnWorkspace>;
const cli = (...argv: string[]) => ws.cli(...argv);

beforeEach(async () => {
  ws = cliOnWorkspace(Date.parse(HANDOFF_NOW), handoffWorkspace());
  await ws.ready;
});
afterEach(() => ws.cleanup());

describe('shiftdesk handoff', () => {
  it("prints every open case of the agent and every deadline inside the leave, in the agent's zone", async () => {
    const out = await cli('handoff', '--agent', 'a1', '--from', '2026-03-09', '--to', '2026-03-13');
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(out.stdout).toMatch(/^Handoff of Luis Ortega, on leave 2026-03-09 to 2026-03-13 \(Europe\/London\): 3 open cases/);
    // C-101's first response: Tuesday 10:00 in Chicago is 15:00 in London.
    expect(out.stdout).toContain('C-101  Cannot log in  (Assigned, P4)  SLA at the start: ok, first_response due Tue 10 Mar 15:00');
    expect(out.stdout).toMatch(/Closes \(7 days after resolution\)\s+Mon {2}9 Mar 14:00/);
    expect(out.stdout).toContain('Deadlines during the leave (6)');
    expect(out.stdout).toMatch(/Fri 13 Mar \(day\)\s+C-103\s+Need-by date/);
    expect(out.stdout).toMatch(/Ben Ode\s+0 open\s+40 h {2}not available: On leave now/);
    expect(out.stdout).toContain('[ ] Call diversion set');
    expect(out.stdout).not.toContain('C-104'); // closed
  });

  it('--json answers what handoff.sheet answers; --at moves the clock', async () => {
    const out = await cli('handoff', '--agent', 'a1', '--from', '2026-03-09', '--to', '2026-03-13', '--json', '--at', '2026-03-07T12:00:00Z');
    const sheet = JSON.parse(out.stdout) as HandoffSheet;
    expect(sheet.at).toBe('2026-03-07T12:00:00Z');
    expect(sheet.cases.map((c) => c.key).sort()).toEqual(['C-101', 'C-102', 'C-103']);
    expect(sheet.email.subject).toBe('Handoff: Luis Ortega, on leave 2026-03-09 to 2026-03-13 (3 cases)');
  });

  it('refuses with exit 2 and the reason: a missing option, a leave that ends before it starts, an unknown agent, a bad date', async () => {
    expect((await cli('handoff', '--from', '2026-03-09', '--to', '2026-03-13')).stderr).toContain('handoff: --agent ID is required');
    expect((await cli('handoff', '--agent', 'a1', '--from', '2026-03-09')).stderr).toContain('--from DATE and --to DATE are required');
    const backwards = await cli('handoff', '--agent', 'a1', '--from', '2026-03-13', '--to', '2026-03-09');
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('--to: the leave ends (2026-03-09) before it starts (2026-03-13)');
    const unknown = await cli('handoff', '--agent', 'zz', '--from', '2026-03-09', '--to', '2026-03-13');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--agent: no agent with id "zz"');
    const bad = await cli('handoff', '--agent', 'a1', '--from', 'monday', '--to', '2026-03-13');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('from');
  });
});
