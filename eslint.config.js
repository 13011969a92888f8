import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries of DESIGN.md, enforced rather than hoped for:
 * - shared/ and renderer/ never import `electron` or Node built-ins (`node:*`);
 * - only electron/main/ (and the preload bridge) imports `electron`;
 * - electron/core, serve, cli and intake run in plain Node and must not import `electron`.
 */
const nodeOnlyModules = [
  'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util',
  'worker_threads', 'stream', 'events', 'better-sqlite3', 'ws', 'electron-store', 'conf',
].map((name) => ({ name, message: 'shared/ and renderer/ stay free of Node: no Node built-ins or Node-only packages.' }));
const nodeBuiltins = ['node:*', 'fs/*'];
const electronBan = { name: 'electron', message: "Only electron/main (and the preload bridge) may import 'electron'." };

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', '.ci/**', 'test-results/**', 'playwright-report/**', '.reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
