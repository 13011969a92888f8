import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * One build for every face (DESIGN.md):
 * - main:     out/main/index.js (desktop), serve.js (browser mode), cli.js (command line),
 *             worker.js (the core's job worker thread, started by the other three from beside
 *             them), all plain-Node ESM sharing the core; runtime dependencies stay external.
 * - preload:  out/preload/index.cjs (CommonJS: required by a sandboxed preload).
 * - renderer: out/renderer/ (the React app, served by Electron or by browser mode).
 */
const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      sourcemap: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          serve: resolve(root, 'electron/serve/index.ts'),
          cli: resolve(root, 'electron/cli/index.ts'),
          worker: resolve(root, 'electron/core/jobs/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        // Everything the first screen imports statically stays in the one entry chunk; each lazy panel
        // (renderer/lib/lazyPanel.tsx) gets its own chunk, and what several of them share one more.
        // Without this group, modules shared by the entry and a lazy panel (React, MUI's Button, ...)
        // went into separate shared chunks that the page then had to fetch before it could start.
        output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
      },
    },
  },
});
