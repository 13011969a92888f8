import { mkdtempSync, rmSync } from 'node:fs';
import { runCliCaptured } from '../../support/cliRun';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, memoryPrefs } from '../../../electron/core/index';
import { fixedClock } from '../../../shared/time/clock';
import { toIso } from '../../../shared/time/instant';
import { alertWorkspace, T0 } from '../../support/alertWorkspace';
import { createFakeClock } from '../../support/fakeClock';

/**
 * `shiftdesk sweep [--at INSTANT] [--agent ID] [--json]`: a dry run of the unassigned sweep against
 * what the app's last sweep saw. The app (a core with the sweep on) swept at T0+1 min and saw C-3;
 * C-9 arrived at T0+3 min.
 */
const MINUTE = 60_000;

let dir: string;
let dbPath: string;
async function cli(...argv: string[]) {
  return runCliCaptured([...argv, '--db', dbPath], { dbPath, now: T0 + 10 * MINUTE });
}

function withC9() {
  const w = alertWorkspace();
  const at = toIso(T0 + 3 * MINUTE);
  w.cases.push({ ...w.cases[2]!, id: 'k9', key: 'C-9', subject: 'Question 9', createdAt: at });
  w.events.push({ caseId: 'k9', at, kind: 'inbound', body: 'Hello?' });
  return w;
}

/** The app on the workspace: imports it at T0 and runs its first sweep at T0+1 min; then C-9 arrives. */
async function appSweptOnce(): Promise<void> {
  const clock = createFakeClock(T0);
  const app = createCore({ dbPath, clock, prefs: memoryPrefs(), alerts: false, sweep: true, watchExternalChanges: false });
  await app.dispatch('workspace.import', { content: JSON.stringify(alertWorkspace()) });
  clock.advance(MINUTE);
  await app.dispatch('workspace.import', { content: JSON.stringify(withC9()) });
  app.close();
}

async function recordedSweeps(): Promise<number> {
  const reader = createCore({ dbPath, clock: fixedClock(T0), prefs: memoryPrefs(), alerts: false, sweep: false, watchExternalChanges: false });
  const result = await reader.dispatch('sweep.log', {});
  reader.close();
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { sweeps: unknown[] }).sweeps.length;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shiftdesk-cli-sweep-'));
  dbPath = join(dir, 'workspace.db');
  await appSweptOnce();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('shiftdesk sweep', () => {
  it('prints what the sweep would notify as of --at, and records nothing', async () => {
    const { code, stdout } = await cli('sweep', '--at', toIso(T0 + 50 * MINUTE));
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Unassigned sweep as of 2026-03-02T14:50:00Z (dry run: nothing recorded, nothing notified)',
        'Unassigned: 2 · new: 1 · in warning: 0 · breached: 0',
        'Would notify: 1 new unassigned case, waiting 47 min',
        '  C-9 · Pat Doe (Acme Solar) — Question 9',
      ].join('\n'),
    );
    // A second dry run finds the same: the first recorded nothing.
    expect((await cli('sweep', '--at', toIso(T0 + 50 * MINUTE))).stdout).toBe(stdout);
    expect(await recordedSweeps()).toBe(1);
  });

  it('--json gives the finding in the contract shape', async () => {
    const { code, stdout } = await cli('sweep', '--json', '--at', toIso(T0 + 100 * MINUTE));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      at: '2026-03-02T15:40:00Z',
      agentId: 'a1',
      agentStatus: 'available',
      counts: { unassigned: 2, new: 1, warning: 2, breached: 0 }, // C-9 is in warning too, but new
      newKeys: ['C-9'],
      warningKeys: ['C-3'],
      outcome: 'notified',
      silencedBy: null,
      title: '1 new unassigned case, waiting 1 h 37 min',
      body: 'C-9 · Pat Doe (Acme Solar) — Question 9\nAlso due soon: C-3',
    });
  });

  it('defaults to now, and says why it would not notify', async () => {
    // Agent Two sets their own status (an agent sets only their own).
    const app = createCore({ dbPath, clock: fixedClock(T0), prefs: memoryPrefs({ 'session.agentId': 'a2' }), alerts: false, sweep: false, watchExternalChanges: false });
    await app.dispatch('agents.setStatus', { agentId: 'a2', status: 'on_leave' });
    app.close();

    const now = await cli('sweep');
    expect(now.stdout).toContain('as of 2026-03-02T14:10:00Z');
    expect(now.stdout).toContain('Would notify: 1 new unassigned case, waiting 7 min');

    const lead = await cli('sweep', '--agent', 'a2');
    expect(lead.stdout.split('\n').at(-2)).toBe('Would not notify (the agent is On leave): 1 new unassigned case, waiting 7 min');
  });

  it('says so when nothing is new', async () => {
    const clock = createFakeClock(T0 + 20 * MINUTE);
    const app = createCore({ dbPath, clock, prefs: memoryPrefs(), alerts: false, sweep: true, watchExternalChanges: false });
    app.close(); // the sweep due at T0+16 min ran at start: C-9 is seen now
    expect(await recordedSweeps()).toBe(2);
    expect((await cli('sweep', '--at', toIso(T0 + 25 * MINUTE))).stdout.split('\n').at(-1)).toBe('Would not notify: nothing new since the last sweep.');
  });

  it('refuses a bad --at, an unknown agent and extra arguments (exit 2)', async () => {
    expect(await cli('sweep', '--at', 'yesterday')).toMatchObject({ code: 2, stderr: expect.stringContaining('--at: expected an ISO 8601 instant') });
    expect(await cli('sweep', '--agent', 'nobody')).toMatchObject({ code: 2, stderr: expect.stringContaining('no agent with id "nobody"') });
    expect(await cli('sweep', 'now')).toMatchObject({ code: 2, stderr: expect.stringContaining('sweep: unexpected argument "now"') });
  });
});
