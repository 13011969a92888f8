import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../support/cliRun';
import { createCore, memoryPrefs } from '../../../electron/core/index';
import { startWorkspaceIntake } from '../../../electron/intake/index';
import { fixedClock } from '../../../shared/time/clock';
import { makeTempDir } from '../../support/tempDir';

/** `shiftdesk intake-info`: how the phone system's admin finds the endpoint and the token. */
let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
beforeEach(() => {
  temp = makeTempDir('shiftdesk-cli-intake-');
  dbPath = temp.path('workspace.db');
});
afterEach(() => temp.cleanup());

async function cli(...argv: string[]) {
  return runCliCaptured([...argv, '--db', dbPath], { dbPath, now: Date.parse('2026-03-03T16:00:00Z') });
}

describe('shiftdesk intake-info', () => {
  it('prints the token (the same every time) and says the URL is not known before an app ran the endpoint', async () => {
    const first = await cli('intake-info');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^URL: {3}\(not yet known: start the app or browser mode/);
    const token = /Token: (\S+)/.exec(first.stdout)?.[1];
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const json = await cli('intake-info', '--json');
    expect(JSON.parse(json.stdout)).toEqual({ url: null, token, running: false, port: null });
  });

  it('reports the URL of the endpoint an app runs on the same workspace, and when it stopped', async () => {
    const app = createCore({ dbPath, clock: fixedClock(Date.parse('2026-03-03T16:00:00Z')), prefs: memoryPrefs(), alerts: false, watchExternalChanges: false });
    const server = await startWorkspaceIntake(app);
    try {
      const running = JSON.parse((await cli('intake-info', '--json')).stdout) as Record<string, unknown>;
      expect(running).toMatchObject({ url: server.url, port: server.port, running: true, token: app.intake.credentials().token });
      expect((await cli('intake-info')).stdout).toContain(`URL:   ${server.url}\n`);
    } finally {
      await server.close();
      app.close();
    }
    expect((await cli('intake-info')).stdout).toMatch(/\(not running now: start the app or browser mode\)/);
    expect((await cli('intake-info', 'extra')).code).toBe(2);
  });

  it('--rotate replaces the token: a running endpoint refuses the old one at once and takes the new one', async () => {
    const app = createCore({ dbPath, clock: fixedClock(Date.parse('2026-03-03T16:00:00Z')), prefs: memoryPrefs(), alerts: false, watchExternalChanges: false });
    const server = await startWorkspaceIntake(app);
    const push = (token: string) =>
      fetch(server.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ source: 'pbx', externalId: 'call-1', channel: 'phone', status: 'ringing', from: { phone: '+1 555 010 2000' } }),
      });
    try {
      const before = JSON.parse((await cli('intake-info', '--json')).stdout) as { token: string };
      expect((await push(before.token)).status).toBe(200);

      const rotated = await cli('intake-info', '--rotate');
      expect(rotated.code).toBe(0);
      const after = /Token: (\S+)/.exec(rotated.stdout)?.[1];
      expect(after).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(after).not.toBe(before.token);
      expect((await push(before.token)).status).toBe(401);
      expect((await push(after!)).status).toBe(200);
      // Without --rotate the new token stays.
      expect(JSON.parse((await cli('intake-info', '--json')).stdout)).toMatchObject({ token: after });
    } finally {
      await server.close();
      app.close();
    }
  });
});
