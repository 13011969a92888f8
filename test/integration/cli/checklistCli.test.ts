import { afterEach, describe, expect, it } from 'vitest';
import { cliOnWorkspace } from '../../support/cliRun';
import { smallWorkspace } from '../../support/workspaceFixture';

/** `shiftdesk checklist [--agent ID] [--day DATE] [--json]`: an agent's daily checklist (docs/checklist.md). */

let cleanup = () => {};
afterEach(() => cleanup());

describe('shiftdesk checklist', () => {
  it('prints today’s checklist in the agent’s zone, what ticked itself and why, and keeps it as history', async () => {
    const w = cliOnWorkspace(Date.parse('2026-03-03T15:00:00Z'), smallWorkspace());
    cleanup = w.cleanup;
    await w.ready;

    // 09:20 in Chicago: no chat or email waits, the voicemail i2 does.
    const today = await w.cli('checklist', '--agent', 'a1', '--at', '2026-03-03T15:20:00Z');
    expect(today).toMatchObject({ code: 0, stderr: '' });
    const lines = today.stdout.split('\n');
    expect(lines[0]).toBe('Checklist of Agent One, 2026-03-03 (America/Chicago): 2 of 16 done');
    expect(lines).toContain('Start of day');
    expect(lines).toContain('  [x] 09:20  Answer waiting chats  (No chat waiting at 09:20)');
    expect(lines).toContain('  [ ]        Check voicemail and file into cases  (ticks itself)');
    expect(lines).toContain('  [ ]        Clock in');

    // The lead in Berlin is already on the next day at 23:30 UTC.
    const lead = JSON.parse((await w.cli('checklist', '--agent', 'a2', '--at', '2026-03-03T23:30:00Z', '--json')).stdout) as { day: string; total: number };
    expect(lead).toMatchObject({ day: '2026-03-04', total: 16 });

    // The next day: yesterday's kept list answers with --day, and today's shows yesterday's unfinished items.
    const next = await w.cli('checklist', '--agent', 'a1', '--at', '2026-03-04T15:00:00Z');
    expect(next.stdout).toContain('Unfinished from 2026-03-03');
    const kept = JSON.parse((await w.cli('checklist', '--agent', 'a1', '--day', '2026-03-03', '--at', '2026-03-04T15:00:00Z', '--json')).stdout) as {
      day: string;
      items: { id: string; done: boolean; evidence: string | null }[];
    };
    expect(kept.day).toBe('2026-03-03');
    expect(kept.items.find((i) => i.id === 'file-email')).toMatchObject({ done: true, evidence: 'Every email filed at 09:20' });
  });

  it('refuses a day not kept, a bad date and an unknown agent', async () => {
    const w = cliOnWorkspace(Date.parse('2026-03-03T15:00:00Z'), smallWorkspace());
    cleanup = w.cleanup;
    await w.ready;
    const missing = await w.cli('checklist', '--agent', 'a1', '--day', '2026-02-01');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('day: no checklist kept for Agent One on 2026-02-01');
    const bad = await w.cli('checklist', '--day', 'yesterday');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected a date YYYY-MM-DD, got "yesterday"');
    expect((await w.cli('checklist', '--agent', 'nobody')).stderr).toContain('no agent nobody');
  });
});
