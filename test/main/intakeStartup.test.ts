import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore, memoryPrefs, systemClock } from '../../electron/core/index';

/**
 * The desktop start-up runs the local intake endpoint (step 7b) on a real core and port, and stops
 * it before the core closes (the workspace then says it is not running).
 */
const dataDirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

type Answer = { ok: boolean; value?: { url: string | null; token: string; running: boolean } };

describe('desktop start-up: the intake endpoint', () => {
  it('listens on loopback with the workspace token, and reports stopping at quit', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shiftdesk-main-intake-'));
    dataDirs.push(dataDir);
    vi.stubEnv('SHIFTDESK_DATA_DIR', dataDir);
    vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
    vi.stubEnv('SHIFTDESK_INTAKE_PORT', undefined);
    vi.resetModules();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const mock = await import('../mocks/electron');
    await import('../../electron/main/index');
    const [win] = mock.BrowserWindow.getAllWindows();
    const frame = { url: win?.webContents.url ?? '' };
    const info = async () => ((await mock.ipcMain.invoke('intake.info', frame, {})) as Answer).value!;
    await vi.waitFor(async () => expect((await info()).running).toBe(true), { timeout: 10_000 });
    const { url, token } = await info();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/intake$/);

    const res = await fetch(url!, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ source: 'pbx', externalId: 'c-1', channel: 'phone', status: 'ringing', from: { name: 'Caller' } }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ state: 'waiting', item: { channel: 'phone', contactName: 'Caller' } });

    mock.app.emit('will-quit');
    const after = createCore({ dbPath: join(dataDir, 'workspace.db'), clock: systemClock, prefs: memoryPrefs(), alerts: false, watchExternalChanges: false });
    try {
      const result = await after.dispatch('intake.info', {});
      expect(result).toMatchObject({ ok: true, value: { url, running: false } });
    } finally {
      after.close();
    }
    await expect(fetch(url!, { method: 'POST' })).rejects.toThrow();
  }, 20_000);
});
