import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/**
 * One build for every face (DESIGN.md):
 * - main:     out/main/index.js (desktop), serve.js (browser mode), cli.js (command line),
 *             worker.js (the core's job worker thread, started by the other three from beside
 *             them), all plain-Node ESM sharing the core; runtime dependencies stay external.
 * - preload:  out/preload/index.cjs (CommonJS: required by a sandboxed preload).
 * - renderer: out/renderer/ (the React app, served by Electron or by browser mode).
 */
const root = import.meta.dirname;

/** renderer/main.tsx and every module it imports statically (the app's one chunk), per chunking pass. */
const appPerPass = new WeakMap<object, Set<string>>();
function appModules(ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }): Set<string> {
  let app = appPerPass.get(ctx);
  if (app) return app;
  app = new Set();
  appPerPass.set(ctx, app);
  const stack = [resolve(root, 'renderer/main.tsx')];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (app.has(id)) continue;
    app.add(id);
    stack.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return app;
}

/**
 * The page's entry (renderer/boot.ts) imports the app's chunk dynamically; this tells the browser
 * about that chunk (and the chunks it imports) in index.html, so it fetches and parses them from
 * the moment the page is parsed instead of when the entry runs.
 */
function preloadApp(): Plugin {
  return {
    name: 'shiftdesk:preload-app',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const app = Object.values(bundle ?? {}).find((c): c is OutputChunk => c.type === 'chunk' && c.name === 'app');
        if (!app) return [];
        const entries = new Set(Object.values(bundle ?? {}).flatMap((c) => (c.type === 'chunk' && c.isEntry ? [c.fileName] : [])));
        return [app.fileName, ...app.imports.filter((file) => !entries.has(file))].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

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
    plugins: [react(), preloadApp()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      rolldownOptions: {
        input: { index: resolve(root, 'renderer/index.html') },
        // Three kinds of chunk (renderer/README.md "Lazy panels"):
        // - the entry, renderer/boot.ts and what it imports (a few KB): it runs as soon as the page
        //   is parsed and imports the app;
        // - the app, renderer/main.tsx and everything it imports statically, in one chunk;
        // - each lazy panel's own chunk (renderer/lib/lazyPanel.tsx), and what several share.
        // Without these groups, modules shared by the app and a lazy panel (React, MUI's Button, ...)
        // went into separate shared chunks that the page then had to fetch before it could start.
        output: {
          codeSplitting: {
            groups: [
              { name: 'index', tags: ['$initial'], priority: 2 },
              { name: (id, ctx) => (appModules(ctx).has(id) ? 'app' : null), debugName: 'app', priority: 1 },
            ],
          },
        },
      },
    },
  },
});
