import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries of DESIGN.md, enforced rather than hoped for:
 * - shared/ and renderer/ never import `electron` or Node built-ins (`node:*`);
 * - only electron/main/ (and the preload bridge) imports `electron`;
 * - electron/core, serve, cli and intake run in plain Node and must not import `electron`;
 * - which folder may import which folder: the path `zones` below.
 */
const nodeOnlyModules = [
  'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util',
  'worker_threads', 'stream', 'events', 'better-sqlite3', 'ws', 'electron-store', 'conf',
].map((name) => ({ name, message: 'shared/ and renderer/ stay free of Node: no Node built-ins or Node-only packages.' }));
const nodeBuiltins = ['node:*', 'fs/*'];
const electronBan = { name: 'electron', message: "Only electron/main (and the preload bridge) may import 'electron'." };

/**
 * Path zones: which folders of this repo a folder may import, by the resolved file, so relative
 * imports (`../../electron/core/index`) and type-only imports count too (docs/decisions.md D19).
 * An import that does not resolve is not checked here; TypeScript fails on it.
 */
const root = import.meta.dirname;

/** Every top-level entry of the repo, and inside the folders on the way to `allowed`, except `allowed` (and node_modules). */
function everythingBut(...allowed) {
  const found = [];
  const visit = (dir) => {
    for (const name of readdirSync(`${root}/${dir}`)) {
      const rel = dir ? `${dir}/${name}` : name;
      if (rel === 'node_modules' || allowed.includes(rel)) continue;
      if (allowed.some((path) => path.startsWith(`${rel}/`))) visit(rel);
      else found.push(rel);
    }
  };
  visit('');
  return found;
}

const zones = [
  { target: 'shared', from: everythingBut('shared'), message: 'shared/ is pure: it imports only shared/ (and npm packages).' },
  { target: 'renderer', from: ['electron', 'test', 'scripts'], message: 'renderer/ reaches the core only through the contract (shared/contract) and renderer/api.' },
  { target: 'electron', from: ['renderer', 'test', 'scripts'], message: 'electron/ never imports the renderer (or tests and scripts).' },
  {
    target: 'electron/core',
    from: ['electron/main', 'electron/serve', 'electron/cli', 'electron/intake', 'electron/preload'],
    message: 'The core knows none of its faces: electron/core never imports main, serve, cli, intake or preload.',
  },
  {
    target: ['electron/serve', 'electron/cli', 'electron/intake'],
    from: ['electron/main', 'electron/preload'],
    message: 'serve, cli and intake run in plain Node: they never import the desktop face (electron/main, electron/preload).',
  },
  {
    // Browser mode runs the intake endpoint (serve -> intake); their shared token helper lives in the core.
    target: 'electron/intake',
    from: ['electron/serve', 'electron/cli'],
    message: 'The intake endpoint is a face of its own: the token helper both it and browser mode use is electron/core/token.ts.',
  },
  {
    target: 'electron/preload',
    from: everythingBut('electron/preload', 'shared/contract'),
    message: 'The preload bridge imports only shared/contract.',
  },
];

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', '.ci/**', 'test-results/**', 'playwright-report/**', '.reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['{shared,renderer,electron}/**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.mts', '.cts', '.d.ts', '.js', '.mjs', '.cjs', '.json', '.node'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
        }),
      ],
    },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones }] },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan, ...nodeOnlyModules],
          patterns: [{ group: nodeBuiltins, message: 'shared/ and renderer/ stay free of Node: no node:* or Node-only packages.' }],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'No Node globals in shared/ or renderer/.' }, { name: 'require', message: 'No require in shared/ or renderer/.' }],
    },
  },
  {
    files: ['shared/**/*.ts', 'electron/core/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time is injected: use the Clock.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time is injected: use the Clock.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/serve/**/*.ts', 'electron/cli/**/*.ts', 'electron/intake/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronBan] }] },
  },
  {
    // Components reach the core only through renderer/api.
    files: ['renderer/features/**/*.{ts,tsx}', 'renderer/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan, ...nodeOnlyModules],
          patterns: [
            { group: nodeBuiltins, message: 'renderer/ stays free of Node.' },
            { group: ['**/api/transports/*', '**/contract/dispatch'], message: 'Components reach the core only through renderer/api.' },
          ],
        },
      ],
    },
  },
);
