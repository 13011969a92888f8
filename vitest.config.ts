import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/**
 * Test projects (DESIGN.md "test/"):
 * - unit:        shared/ and pure helpers, plain Node;
 * - integration: the core on real SQLite files in temp folders, the CLI and the WebSocket server;
 * - main:        electron/main with the one typed `electron` mock (test/mocks/electron.ts);
 * - renderer:    React components in jsdom.
 * Playwright suites (test/e2e) run separately: `npm run test:e2e`.
 */
const root = import.meta.dirname;

export default defineConfig({
  test: {
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]] : ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: { name: 'integration', include: ['test/integration/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        extends: true,
        resolve: { alias: { electron: resolve(root, 'test/mocks/electron.ts') } },
        test: {
          name: 'main',
          include: ['test/main/**/*.test.ts'],
          environment: 'node',
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: { name: 'renderer', include: ['test/renderer/**/*.test.tsx'], environment: 'jsdom' },
      },
    ],
  },
});
