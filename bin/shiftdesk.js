#!/usr/bin/env node
// The `shiftdesk` command (package.json "bin"): runs the built CLI. Build first: `npm run build`.
import { existsSync } from 'node:fs';

const cli = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('shiftdesk: the command line is not built yet: run `npm run build` first.');
  process.exit(1);
}
await import(cli.href);
