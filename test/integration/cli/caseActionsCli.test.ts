import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliOnWorkspace } from '../../support/cliRun';

/** `shiftdesk case show|reply|note|status KEY ... [--by AGENT] [--json]` (issue 11, first steps). */
const NOW = Date.parse('2026-03-03T16:00:00Z');

let ws: ReturnType<typeof cliOnWorkspace>;
const cli = (...argv: string[]) => ws.cli(...argv);

beforeEach(async () => {
  ws = cliOnWorkspace(NOW);
  await ws.ready;
});
afterEach(() => ws.cleanup());

describe('shiftdesk case', () => {
  it('replies, notes and moves a case found by its key, in the name of --by, and show prints the timeline', async () => {
    const reply = await cli('case', 'reply', 'C-1001', '--body', 'Fixed the SSO setting: please try again.', '--by', 'a2');
    expect(reply).toMatchObject({ code: 0, stderr: '' });
    expect(reply.stdout).toMatch(/^C-1001: public reply recorded \(send it from your help desk: Shiftdesk does not send mail yet\) · SLA: open due /);
    expect((await cli('case', 'note', 'c-1001', '--body', 'HO Phone: 555-555-0147')).stdout).toMatch(/^C-1001: internal note added · SLA: open due /);
    const moved = await cli('case', 'status', 'C-1001', 'pending_input');
    expect(moved.stdout).toMatch(/^C-1001: status Assigned -> Pending Input · SLA: pending_customer due /);

    const shown = await cli('case', 'show', 'C-1001');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('C-1001 · Cannot log in');
    expect(shown.stdout).toContain('Public reply by Agent Two\n    Fixed the SSO setting: please try again.');
    expect(shown.stdout).toContain('Internal note by Agent One\n    HO Phone: 555-555-0147');
    expect(shown.stdout).toContain('Status change by Agent One assigned -> pending_input');
    const json = JSON.parse((await cli('case', 'show', 'C-1001', '--json')).stdout) as { status: string; timeline: unknown[] };
    expect(json.status).toBe('pending_input');
  });

  it('refuses with exit 2 and the reason, changing nothing: a move off the table, an empty reply, an unknown key, a bad status', async () => {
    const before = (await cli('case', 'show', 'C-1001', '--json')).stdout;
    const off = await cli('case', 'status', 'C-1001', 'closed');
    expect(off.code).toBe(2);
    expect(off.stderr).toContain('Assigned -> Closed is not a move an agent makes by hand: resolve it and send the resolution email');
    expect((await cli('case', 'reply', 'C-1001', '--body', '  ')).stderr).toContain('body: is empty: write the message first');
    expect((await cli('case', 'reply', 'C-1001')).code).toBe(2);
    expect((await cli('case', 'note', 'C-77', '--body', 'x')).stderr).toContain('no case with key "C-77"');
    const bad = await cli('case', 'status', 'C-1001', 'done');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('status: expected one of new, assigned');
    expect((await cli('case', 'reply', 'C-1001', '--body', 'x', '--by', 'nobody')).stderr).toContain('--by: no agent with id "nobody"');
    expect((await cli('case', 'show', 'C-1001', '--json')).stdout).toBe(before);
  });
});

describe('shiftdesk case reply --template', () => {
  it('fills a template from the case; a blank left is refused with the draft; the resolution email moves a Resolved case on', async () => {
    const ack = await cli('case', 'reply', 'C-1001', '--template', 'acknowledgement');
    expect(ack.code).toBe(0);
    const shown = (await cli('case', 'show', 'C-1001')).stdout;
    expect(shown).toContain('C-1001');
    expect(shown).toMatch(/Public reply by Agent One\n {4}.*Pat/);

    const blank = await cli('case', 'reply', 'C-1001', '--template', 'check-in-still-working');
    expect(blank.code).toBe(2);
    expect(blank.stderr).toContain('--template check-in-still-working: fill in item (shown as […]), then record the text with --body');
    expect((await cli('case', 'reply', 'C-1001', '--template', 'thank-you')).stderr).toContain('template: expected one of check-in-quick');

    expect((await cli('case', 'reply', 'C-1001', '--template', 'resolution', '--body', 'Fixed.')).stderr).toContain('resolve it first');
    await cli('case', 'status', 'C-1001', 'resolved');
    const resolution = await cli('case', 'reply', 'C-1001', '--template', 'resolution', '--body', 'We fixed the SSO setting; your login works again.');
    expect(resolution.code).toBe(0);
    expect(resolution.stdout).toMatch(/public reply recorded .* · status Resolved -> Pending Closure · SLA: no update timer runs$/);
  });
});
