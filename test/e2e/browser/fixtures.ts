import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * A fresh browser-mode server per test: its own temp folder and workspace database, the URL it
 * printed (token included), and a way to run the CLI on the same database.
 */
/** The instant every end-to-end run reads as "now": a Tuesday mid-shift in Chicago. */
export const E2E_NOW = Date.parse('2026-03-03T16:00:00Z');

export interface ServedApp {
  url: string;
  origin: string;
  token: string;
  dbPath: string;
  dir: string;
  /** Runs the built CLI on this app's database; resolves with its exit code and output. */
  cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  /** Writes a JSON file into the temp folder and returns its path. */
  writeJson(name: string, value: unknown): string;
  /**
   * Moves the server's clock `ms` forward (its `--test-clock`): what falls due on the way (SLA alerts,
   * sweeps) fires at once. Resolves with the server's new instant once it has. The page's clock is the
   * test's own (`page.clock`).
   */
  advanceClock(ms: number): Promise<number>;
}

const root = new URL('../../../', import.meta.url).pathname;

async function startServe(dbPath: string): Promise<{ child: ChildProcess; url: string; lines: Interface }> {
  const args = ['--db', dbPath, '--clock-start', new Date(E2E_NOW).toISOString(), '--test-clock'];
  const child = spawn(process.execPath, [join(root, 'out/main/serve.js'), ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not print its URL in time: ${stderr}`)), 15_000);
    lines.on('line', (line) => {
      if (/^http:\/\/127\.0\.0\.1:\d+\/\?token=/.test(line)) {
        clearTimeout(timer);
        resolve(line.trim());
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
  });
  return { child, url, lines };
}

export const test = base.extend<{ app: ServedApp }>({
  // The page's clock starts at the same instant as the server's, then runs forward.
  page: async ({ page }, use) => {
    await page.clock.install({ time: E2E_NOW });
    await use(page);
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies by destructuring; this one has none.
  app: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'shiftdesk-e2e-'));
    const dbPath = join(dir, 'workspace.db');
    const { child, url, lines } = await startServe(dbPath);
    const parsed = new URL(url);
    const app: ServedApp = {
      url,
      origin: parsed.origin,
      token: parsed.searchParams.get('token')!,
      dbPath,
      dir,
      cli: (args) =>
        new Promise((resolve) => {
          const p = spawn(process.execPath, [join(root, 'bin/shiftdesk.js'), ...args, '--db', dbPath]);
          let stdout = '';
          let stderr = '';
          p.stdout.on('data', (d) => (stdout += String(d)));
          p.stderr.on('data', (d) => (stderr += String(d)));
          p.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
        }),
      writeJson(name, value) {
        const file = join(dir, name);
        writeFileSync(file, JSON.stringify(value));
        return file;
      },
      advanceClock: (ms) =>
        new Promise((resolve, reject) => {
          const answer = (line: string) => {
            if (!line.startsWith('clock: ')) return;
            lines.off('line', answer);
            const at = Date.parse(line.slice('clock: '.length));
            if (Number.isNaN(at)) reject(new Error(`the server refused to move its clock: ${line}`));
            else resolve(at);
          };
          lines.on('line', answer);
          child.stdin!.write(`advance ${ms}\n`);
        }),
    };
    await use(app);
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  },
});

export { expect };

/**
 * Scrolls the queue list (the mouse over it at `at`) until `row` is drawn: rows are drawn as they come
 * into view, and how many fit depends on what shows above the list.
 */
export async function scrollQueueUntilDrawn(page: Page, row: Locator, at: { x: number; y: number }, step = 400): Promise<void> {
  for (let i = 0; i < 40 && (await row.count()) === 0; i++) {
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, step);
    await page.waitForTimeout(100);
  }
}

/** The sample shift loaded, with Jordan Pike (the sample's lead) choosing his profile on this device. */
export async function sampleShiftAsLead(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('first-run').getByRole('button', { name: /sample shift/i }).click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await page.getByTestId('profile-prompt').getByRole('button', { name: 'Choose your profile' }).click();
  const picker = page.getByRole('dialog', { name: 'Who are you?' });
  await picker.getByRole('button', { name: /^Jordan Pike/ }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByTestId('agent-menu')).toHaveAccessibleName(/^Jordan Pike/);
}
