import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Test projects (test/README.md):
 * - unit:        shared/ and pure helpers, plain Node;
 * - integration: the core on real SQLite files in temp folders, the CLI and the WebSocket server;
 * - main:        electron/main with the one typed `electron` mock (test/mocks/electron.ts);
 * - renderer:    React components in jsdom.
 * Playwright suites (test/e2e) run separately: `npm run test:e2e`.
 *
 * Timeouts are per project, sized for a loaded 2-core machine (vitest's 5 s default is not): a test
 * that waits for something waits for an event or on the injected clock, never for real time, so a
 * slow machine only makes it slower. Measured on 2 cores under a load of 8-9: the renderer's slowest
 * tests (a whole dialog filled in through jsdom) ~6 s, main's ~2.5 s, unit's ~0.5 s (the ESLint run of
 * lintBoundaries, ~3.5 s, has its own timeout). Each gets five times its slowest or more; the
 * integration project (real SQLite files, worker threads, child processes) keeps 30 s. Hooks (a core
 * or a server started in `beforeEach`) get the same as the tests.
 */
const root = import.meta.dirname;
const timeouts = (ms: number) => ({ testTimeout: ms, hookTimeout: ms });

export default defineConfig({
  test: {
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]] : ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', ...timeouts(10_000) } },
      {
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], environment: 'node', ...timeouts(30_000) },
      },
      {
        extends: true,
        resolve: { alias: { electron: resolve(root, 'test/mocks/electron.ts') } },
        test: {
          name: 'main',
          include: ['test/main/**/*.test.ts'],
          environment: 'node',
          ...timeouts(15_000),
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: { name: 'renderer', include: ['test/renderer/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['test/renderer/setup.ts'], ...timeouts(30_000) },
      },
    ],
  },
});
