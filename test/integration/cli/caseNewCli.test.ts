import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliOnWorkspace } from '../../support/cliRun';

/** `shiftdesk case new --type TYPE --subject TEXT [--org ID] [--contact ID] [--priority P] [--from-interaction ID] [--json]`. */
const NOW = Date.parse('2026-03-02T15:00:00Z');

let ws: ReturnType<typeof cliOnWorkspace>;
const cli = (...argv: string[]) => ws.cli(...argv);

beforeEach(async () => {
  ws = cliOnWorkspace(NOW);
  await ws.ready;
});
afterEach(() => ws.cleanup());

async function exportedCases(): Promise<Record<string, unknown>[]> {
  return (JSON.parse((await cli('export')).stdout) as { cases: Record<string, unknown>[] }).cases;
}

describe('shiftdesk case new', () => {
  it('prints the new key, and the case has its type\'s defaults', async () => {
    const { code, stdout, stderr } = await cli('case', 'new', '--type', 'request_for_service', '--subject', 'How do I export?', '--contact', 'c1', '--priority', 'P5');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('C-1003');
    expect((await exportedCases()).find((c) => c.key === 'C-1003')).toMatchObject({
      subject: 'How do I export?',
      type: 'request_for_service',
      status: 'new',
      // o1 is a priority organization: raised to P4 by the default rule.
      priority: 'P4',
      reporterId: 'c1',
      organizationId: 'o1',
      teamId: 'support',
      needBy: '2026-03-03',
    });
  });

  it('--json prints the case; a P1 offers the escalation and acknowledgement', async () => {
    const { code, stdout } = await cli('case', 'new', '--type', 'bug', '--subject', 'Outage', '--org', 'o2', '--priority', 'p1', '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { case: { key: string; status: string; priority: string }; team: { id: string }; escalation: unknown };
    expect(out.case).toMatchObject({ key: 'C-1003', status: 'pending_development', priority: 'P1' });
    expect(out.team.id).toBe('dev');
    expect(out.escalation).toEqual({ teamId: 'dev', template: 'acknowledgement' });
    const plain = await cli('case', 'new', '--type', 'bug', '--subject', 'Outage 2', '--priority', 'P2');
    expect(plain.stdout).toBe('C-1004');
    expect(plain.stderr).toContain('escalate it to engineering');
  });

  it('from a voicemail: its subject and caller, the voicemail filed', async () => {
    const { code, stdout } = await cli('case', 'new', '--type', 'admin_task', '--from-interaction', 'i2', '--priority', 'P2');
    expect(code).toBe(0);
    const created = (await exportedCases()).find((c) => c.key === stdout)!;
    expect(created).toMatchObject({ subject: 'Call me back about the invoice', channel: 'voicemail', reporterId: 'c2', status: 'assigned' });
  });

  it('exits 2 with the reason on bad input, and writes nothing', async () => {
    const before = await exportedCases();
    const cases: [string[], string][] = [
      [['--subject', 'X'], '--type is required'],
      [['--type', 'question', '--subject', 'X'], '--type: expected one of request_for_service, admin_task, enhancement, bug, got "question"'],
      [['--type', 'bug'], '--subject TEXT is required'],
      [['--type', 'bug', '--subject', 'X', '--priority', 'urgent'], '--priority: expected P1..P6'],
      [['--type', 'admin_task', '--subject', 'X', '--priority', 'P4'], 'priority: an Admin Task offers P1 Emergency, P2 Blocker, P6 Low, not P4'],
      [['--type', 'bug', '--subject', 'X', '--contact', 'nobody'], 'reporterId: no contact with id "nobody"'],
    ];
    for (const [args, reason] of cases) {
      const { code, stderr } = await cli('case', 'new', ...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain(reason);
    }
    expect(await exportedCases()).toEqual(before);
  });
});
