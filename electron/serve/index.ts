import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore, defaultDbPath, jsonFilePrefs, systemClock } from '../core/index';
import { offsetClock } from '../../shared/time/clock';
import { runWorkspaceIntake } from '../intake/index';
import { parseServeArgs } from './args';
import { startServer } from './server';

/**
 * Browser mode: `npm run serve -- [--db FILE] [--port N]`.
 * The same core as the desktop app, on the same workspace database by default, served to a
 * browser on 127.0.0.1 with a per-run token. Prints the full URL on a line of its own.
 */
async function main(): Promise<number> {
  let args;
  try {
    args = parseServeArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`shiftdesk serve: ${(err as Error).message}\nusage: npm run serve -- [--db FILE] [--port N] [--clock-start INSTANT]`);
    return 2;
  }
  const dbPath = resolve(args.db ?? defaultDbPath());
  // This entry is out/main/serve.js; the built renderer sits beside it in out/renderer.
  const staticDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  const core = createCore({
    dbPath,
    clock: args.clockStart === null ? systemClock : offsetClock(systemClock, args.clockStart),
    prefs: jsonFilePrefs(join(dirname(dbPath), 'browser-preferences.json')),
  });
  const server = await startServer({ core, staticDir, port: args.port });
  console.log(`Shiftdesk browser mode on workspace ${dbPath}`);
  console.log('Open this address (it carries this run\'s access token):');
  console.log(server.url);
  // The local intake endpoint (docs/intake.md), as in the desktop app; its token: `intake-info`.
  const intake = runWorkspaceIntake(core, process.env, (endpoint) => console.log(`Intake endpoint: ${endpoint.url}`));

  const stop = async () => {
    intake.stop();
    await server.close();
    core.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return 0;
}

main().then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (err: unknown) => {
    console.error(`shiftdesk serve: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
