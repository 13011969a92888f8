import { defineConfig } from '@playwright/test';

/**
 * End-to-end suites (test/README.md):
 * - browser:  the built app in browser mode, driven in Debian's Chromium: CHROMIUM_PATH, which
 *             `npm test` sets to the one it found or installed (scripts/ensure-chromium.js), else
 *             /usr/bin/chromium;
 * - electron: the desktop app through Playwright's `_electron`, where the Electron binary exists
 *             (elsewhere its tests skip, saying why).
 * Both need `npm run build` first (`npm test` does it). A fresh workspace folder per test.
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON
    ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]]
    : [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    timezoneId: 'America/Chicago',
    locale: 'en-US',
  },
  projects: [
    {
      name: 'browser',
      testDir: 'test/e2e/browser',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-dev-shm-usage',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'test/e2e/electron' },
  ],
});
