import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, expect, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../../../scripts/electron-binary.js';

/**
 * The desktop app end to end, through Playwright's `_electron`: the built app (out/, `npm run build`)
 * on a fresh data folder per test (SHIFTDESK_DATA_DIR, which the main process uses as userData).
 * Runs wherever the Electron binary exists; elsewhere every test skips, saying why.
 */
const root = new URL('../../../', import.meta.url).pathname;
const electron = findElectronBinary();
const electronAvailable = 'path' in electron;

interface Desktop {
  dataDir: string;
  /** Launches the app on this test's data folder (again, for restart tests). */
  launch(): Promise<ElectronApplication>;
  env: Record<string, string>;
}

const test = base.extend<{ desktop: Desktop; app: ElectronApplication; mainWindow: Page }>({
  // Playwright reads fixture dependencies from the destructuring pattern: this one has none.
  // eslint-disable-next-line no-empty-pattern
  desktop: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shiftdesk-electron-e2e-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RENDERER_URL') env[key] = value;
    env.SHIFTDESK_DATA_DIR = dataDir;
    const launched: ElectronApplication[] = [];
    await use({
      dataDir,
      env,
      launch: async () => {
        const app = await _electron.launch({
          executablePath: 'path' in electron ? electron.path : undefined,
          args: [root, ...(process.platform === 'linux' ? ['--no-sandbox', '--disable-gpu'] : [])],
          env,
        });
        launched.push(app);
        return app;
      },
    });
    for (const app of launched) await app.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  },
  app: async ({ desktop }, use) => use(await desktop.launch()),
  mainWindow: async ({ app }, use) => {
    const page = await app.firstWindow();
    await page.setViewportSize({ width: 1280, height: 800 });
    await use(page);
  },
});

test.skip(
  !electronAvailable,
  `Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD or no download possible): ${'missing' in electron ? electron.missing : ''}`,
);
test.skip(!existsSync(join(root, 'out/main/index.js')), 'the app is not built: run `npm run build` first');

test('first launch offers the sample shift; loading it fills the queue', async ({ mainWindow: win, desktop }) => {
  const firstRun = win.getByTestId('first-run');
  await expect(firstRun).toBeVisible();
  await firstRun.getByRole('button', { name: /sample shift/i }).click();
  await expect(firstRun).toBeHidden();
  await expect(win.getByTestId('queue-row').first()).toBeVisible();
  expect(await win.getByTestId('queue-row').count()).toBeGreaterThan(5);
  // The workspace lives in the data folder the test chose.
  expect(existsSync(join(desktop.dataDir, 'workspace.db'))).toBe(true);
});

test('the renderer is isolated: the named bridge only, no Node, no new windows', async ({ app, mainWindow: win }) => {
  await expect(win.getByTestId('first-run')).toBeVisible();
  const seen = await win.evaluate(() => {
    const w = window as unknown as Record<string, unknown> & { shiftdesk?: { face: string; methods: object } };
    return {
      face: w.shiftdesk?.face,
      hasQueueList: typeof (w.shiftdesk?.methods as Record<string, unknown> | undefined)?.['queue.list'] === 'function',
      require: typeof w.require,
      process: typeof w.process,
      ipcRenderer: 'ipcRenderer' in (w.shiftdesk ?? {}),
      opened: window.open('https://example.com/') === null,
    };
  });
  expect(seen).toEqual({ face: 'desktop', hasQueueList: true, require: 'undefined', process: 'undefined', ipcRenderer: false, opened: true });
  expect(app.windows()).toHaveLength(1);
});

test("the page comes from the app's own origin, and its policy lets voicemail recordings play and no other media", async ({ mainWindow: win }) => {
  await expect(win.getByTestId('first-run')).toBeVisible();
  expect(win.url()).toMatch(/^app:\/\/shiftdesk\/index\.html(?:[?#]|$)/);
  // Recordings are https, or http on this machine (isPlayableAudioUrl); none of these hosts answers, so every
  // load fails, and the one the policy refuses is also reported as a violation.
  const refused = await win.evaluate(async () => {
    const violations: string[] = [];
    const foreign = new Promise<void>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push(event.blockedURI);
        if (event.blockedURI.startsWith('http://pbx.example.invalid')) resolve();
      }),
    );
    const sources = ['https://pbx.example.invalid/vm/1.mp3', 'http://127.0.0.1:9/vm/1.wav', 'http://localhost:9/vm/1.wav', 'http://pbx.example.invalid/vm/1.wav'];
    const failed = sources.map((src) => {
      const audio = new Audio();
      const error = new Promise((resolve) => audio.addEventListener('error', resolve, { once: true }));
      audio.src = src;
      audio.load();
      return error;
    });
    await Promise.all([...failed, foreign]);
    return violations;
  });
  // Reported once per policy that refuses it (the response header and the page's meta tag).
  expect([...new Set(refused)]).toEqual(['http://pbx.example.invalid/vm/1.wav']);
});

test('a second launch on the same data folder exits and leaves one window', async ({ app, mainWindow: win, desktop }) => {
  await expect(win.getByTestId('first-run')).toBeVisible();
  const second = spawn('path' in electron ? electron.path : 'electron', [root, '--no-sandbox', '--disable-gpu'], { env: desktop.env, stdio: 'ignore' });
  const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
  expect(code).toBe(0);
  expect(app.windows()).toHaveLength(1);
});

test('the loaded workspace is there after a restart', async ({ app, mainWindow: win, desktop }) => {
  await win.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  await expect(win.getByTestId('queue-row').first()).toBeVisible();
  await app.close();

  const again = await desktop.launch();
  const page = await again.firstWindow();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await expect(page.getByTestId('first-run')).toBeHidden();
});
