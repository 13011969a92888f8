import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliOnWorkspace } from '../../support/cliRun';

/** `shiftdesk case link KEY OTHER --kind ...` and `case split KEY --type TYPE --subject TEXT [--as needs-config]` (docs/cli.md). */
const NOW = Date.parse('2026-03-03T16:00:00Z');

let ws: ReturnType<typeof cliOnWorkspace>;
const cli = (...argv: string[]) => ws.cli(...argv);

beforeEach(async () => {
  ws = cliOnWorkspace(NOW);
  await ws.ready;
});
afterEach(() => ws.cleanup());

describe('shiftdesk case link and split', () => {
  it('links by key; a configuration case linked by hand prints its reminder; show lists the links', async () => {
    const linked = await cli('case', 'link', 'C-1001', 'C-999', '--kind', 'needs-config');
    expect(linked).toMatchObject({ code: 0, stderr: '' });
    expect(linked.stdout).toBe(
      'C-1001: linked: Needs config C-999\nC-999 reminds: Linked as "needs config" by hand, so no rule raised it: set its priority to at least P4 High yourself.',
    );
    const shown = (await cli('case', 'show', 'C-999')).stdout;
    expect(shown).toContain('Linked cases:\n  Configuration case for C-1001 · Cannot log in (Assigned), linked by hand');
    expect(shown).toContain('Rules fired:');
  });

  it('splits a second request into a new case and prints its key first, with the rules that fired', async () => {
    const split = await cli('case', 'split', 'C-999', '--type', 'request_for_service', '--subject', 'Configure invoices', '--as', 'needs-config');
    expect(split.code).toBe(0);
    const [key, line, rule] = split.stdout.split('\n');
    expect(key).toMatch(/^C-\d+$/);
    expect(line).toBe(`C-999: needs config from ${key} (P4)`);
    expect(rule).toContain('Created from a "needs config" link: priority raised to at least P4 High');
    expect((await cli('case', 'show', key!)).stdout).toContain('Configuration case for C-999');
  });

  it('refuses with exit 2 and changes nothing: a link to itself, a bad kind, a split of a closed case', async () => {
    const before = (await cli('export')).stdout;
    const self = await cli('case', 'link', 'C-1001', 'C-1001', '--kind', 'related');
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('a case cannot be linked to itself');
    const kind = await cli('case', 'link', 'C-1001', 'C-999', '--kind', 'sibling');
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('--kind: expected needs-config, related or child, got "sibling"');
    const closed = await cli('case', 'split', 'C-1002', '--type', 'bug', '--subject', 'Again');
    expect(closed.code).toBe(2);
    expect(closed.stderr).toContain('C-1002 is closed');
    expect((await cli('export')).stdout).toBe(before);
  });
});
