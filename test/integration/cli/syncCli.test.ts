import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliOnWorkspace } from '../../support/cliRun';
import { rtServerOrSkip } from '../../support/rtServer';

/**
 * `shiftdesk connect rt` and `shiftdesk sync --once | status` (docs/cli.md) against the real RT 5 test
 * server (.ci/rt); skipped, saying so, without one. The token stays in its file: never in the workspace.
 */
const rt = await rtServerOrSkip();
const NOW = Date.parse('2026-03-03T16:00:00Z');
let ws: ReturnType<typeof cliOnWorkspace> | null = null;
afterEach(() => ws?.cleanup());

describe.skipIf(!rt)('shiftdesk connect rt / sync', () => {
  it(
    'refuses a token file others may read; connects with a private one; a pass pulls the queue; the token is nowhere in the workspace',
    async () => {
      ws = cliOnWorkspace(NOW);
      await ws.ready;
      const tokenFile = join(dirname(ws.dbPath), 'rt-token');
      writeFileSync(tokenFile, `${rt!.token}\n`);
      chmodSync(tokenFile, 0o644);
      const open = await ws.cli('connect', 'rt', '--url', rt!.url, '--queue', 'Support', '--token-file', tokenFile);
      expect(open.code).toBe(2);
      expect(open.stderr).toContain(`the token file ${tokenFile} is readable by others: make it private (chmod 600 ${tokenFile})`);

      chmodSync(tokenFile, 0o600);
      const subject = `CLI sync ${process.pid}-${Date.now().toString(36)}`;
      const created = await rt!.api('POST', 'ticket', { Queue: 'Support', Subject: subject, Requestor: 'customer@shiftdesk.test', Content: 'From the CLI test', ContentType: 'text/plain' }, 'customer');
      expect(created.status).toBe(201);

      const connected = await ws.cli('connect', 'rt', '--url', rt!.url, '--queue', 'Support', '--token-file', tokenFile);
      expect(connected.stderr).toBe('');
      expect(connected.code).toBe(0);
      expect(connected.stdout).toMatch(/^Connected as shiftdesk-staff; following Support\./);
      expect(connected.stdout).toContain(`Token: the file ${tokenFile}`);

      const pass = await ws.cli('sync', '--once');
      expect(pass.code).toBe(0);
      expect(pass.stdout).toMatch(/^Sync done\.\nPulled \d+ cases? \(\d+ new/);
      const status = JSON.parse((await ws.cli('sync', 'status', '--json')).stdout) as { state: string; waiting: number; lastPullAt: string | null };
      expect(status).toMatchObject({ state: 'online', waiting: 0 });
      expect(status.lastPullAt).not.toBeNull();
      const key = `RT-${String(created.json.id)}`;
      expect((await ws.cli('case', 'show', key)).stdout).toContain(subject);

      // The token is in its file only: not in the database, its WAL, or an export.
      const exported = await ws.cli('export');
      expect(exported.stdout).not.toContain(rt!.token);
      for (const name of readdirSync(dirname(ws.dbPath)).filter((f) => f.startsWith('workspace.db'))) {
        expect(readFileSync(join(dirname(ws.dbPath), name)).includes(rt!.token), name).toBe(false);
      }
    },
    180_000,
  );
});

describe('shiftdesk sync without a help desk', () => {
  it('sync without a connection, or a bad sub-command, is bad input (exit 2) with what to do', async () => {
    ws = cliOnWorkspace(NOW);
    await ws.ready;
    const none = await ws.cli('sync', '--once');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('not connected to a help desk (shiftdesk connect rt --url URL --queue NAME --token-file FILE)');
    expect((await ws.cli('sync')).stderr).toContain('sync: expected --once');
    expect((await ws.cli('connect', 'zendesk')).stderr).toContain('connect: expected "rt"');
    expect(JSON.parse((await ws.cli('sync', 'status', '--json')).stdout)).toMatchObject({ state: 'not_connected' });
  });
});
