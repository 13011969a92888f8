#!/usr/bin/env node
// The `shiftdesk` command (package.json "bin"): runs the built CLI. Build first: `npm run build`.
// The Node version is checked first: the CLI loads better-sqlite3, which crashes an older Node.
import { existsSync } from 'node:fs';
import { nodeVersionProblem } from './node-version.js';

const problem = nodeVersionProblem(process.version, 'shiftdesk', process.execPath);
if (problem) {
  console.error(problem);
  process.exit(1);
}
const cli = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('shiftdesk: the command line is not built yet: run `npm run build` first.');
  process.exit(1);
}
await import(cli.href);
