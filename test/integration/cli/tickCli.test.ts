import { afterEach, describe, expect, it } from 'vitest';
import { cliOnWorkspace } from '../../support/cliRun';
import { smallWorkspace } from '../../support/workspaceFixture';

/**
 * `shiftdesk tick [--at INSTANT] [--json]`: what the app's closure timer would have done by then (sla.md 6).
 * C-1001 got its resolution email at 2026-03-03T17:00Z (11:00 in Chicago), C-1010 too and is marked
 * possible testimonial; Chicago moves to daylight time on 2026-03-08, so both are due 2026-03-10T16:00Z.
 */
function workspace() {
  const raw = smallWorkspace();
  Object.assign(raw.cases[0]!, { status: 'pending_closure', resolvedAt: '2026-03-03T17:00:00Z' });
  raw.cases.push({ id: 'k4', key: 'C-1010', subject: 'Report export', type: 'request_for_service', status: 'pending_closure', priority: 'P4', channel: 'email', organizationId: 'o1', reporterId: 'c1', assigneeId: 'a1', createdAt: '2026-03-01T09:00:00Z', resolvedAt: '2026-03-03T17:00:00Z', possibleTestimonial: true } as never);
  return raw;
}

let cleanup = () => {};
afterEach(() => cleanup());

describe('shiftdesk tick', () => {
  it('closes nothing before the due instant, then closes the case once and lists the follow-up due', async () => {
    const w = cliOnWorkspace(Date.parse('2026-03-04T00:00:00Z'), workspace());
    cleanup = w.cleanup;
    await w.ready;

    const early = await w.cli('tick', '--at', '2026-03-10T15:59:00Z');
    expect(early).toMatchObject({ code: 0, stderr: '' });
    expect(early.stdout).toBe(['As of 2026-03-10T15:59:00Z', 'Closed nothing: no case came due to close.', 'Testimonial follow-ups due: none.'].join('\n'));

    const due = await w.cli('tick', '--at', '2026-03-10T16:00:00Z');
    expect(due.code).toBe(0);
    expect(due.stdout).toBe(
      [
        'As of 2026-03-10T16:00:00Z',
        'Closed 1 case due to close (7 days after the resolution email):',
        '  C-1001  Cannot log in  (resolution email 2026-03-03T17:00:00Z, due 2026-03-10T16:00:00Z)',
        'Testimonial follow-ups due (1; not closed: an agent sends a request or none):',
        '  C-1010  Report export · Acme Solar · Pat Doe  (due 2026-03-10T16:00:00Z) · Marked possible testimonial',
      ].join('\n'),
    );

    // Run again later: nothing is closed twice; the closure is on C-1001's timeline once.
    const again = await w.cli('tick', '--at', '2026-03-12T09:00:00Z', '--json');
    const json = JSON.parse(again.stdout) as { closed: unknown[]; followUps: { key: string }[] };
    expect(json.closed).toEqual([]);
    expect(json.followUps.map((f) => f.key)).toEqual(['C-1010']);
    const shown = JSON.parse((await w.cli('case', 'show', 'C-1001', '--json')).stdout) as { status: string; timeline: { kind: string; to: string | null }[] };
    expect(shown.status).toBe('closed');
    expect(shown.timeline.filter((e) => e.kind === 'status' && e.to === 'closed')).toHaveLength(1);
  });

  it('refuses a bad --at and an extra argument (exit 2)', async () => {
    const w = cliOnWorkspace(Date.parse('2026-03-04T00:00:00Z'), workspace());
    cleanup = w.cleanup;
    await w.ready;
    expect((await w.cli('tick', '--at', 'tomorrow')).stderr).toContain('--at: expected an ISO 8601 instant');
    expect((await w.cli('tick', 'now')).code).toBe(2);
  });
});
