import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDbPath } from '../core/paths';
import { jsonFilePrefs } from '../core/prefs';
import type { Core } from '../core/ports';
import { systemClock } from '../core/systemClock';
import { offsetClock, type Clock } from '../../shared/time/clock';
import { parseServeArgs, type ServeArgs } from './args';
import { startServer } from './server';
import { followClockSteps, steppableClock } from './testClock';
import { takeWorkspace } from './workspaceLock';

/**
 * Browser mode: `npm run serve -- [--db FILE] [--port N]`.
 * The same core as the desktop app, on the same workspace database by default, served to a
 * browser on 127.0.0.1 with a per-run token. Prints the full URL on a line of its own.
 *
 * Start-up order (docs/browser-mode.md): take the workspace lock (one app instance per workspace:
 * a second browser-mode run prints the first one's address and exits 0; with the desktop app on
 * the workspace it exits 1), listen and print the URL, then load the core's modules (zod, the
 * Temporal polyfill, SQLite: most of the start-up) and open the workspace, so the browser loads
 * the page meanwhile; its requests wait for the core. If the workspace cannot be opened, the
 * reason is printed and the process exits with 1. The lock goes when the process ends.
 */
async function main(): Promise<number> {
  let args;
  try {
    args = parseServeArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`shiftdesk serve: ${(err as Error).message}\nusage: npm run serve -- [--db FILE] [--port N] [--clock-start INSTANT] [--test-clock]`);
    return 2;
  }
  const dbPath = resolve(args.db ?? defaultDbPath());
  const taken = await takeWorkspace(dbPath, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    wait: (ms) => new Promise((done) => setTimeout(done, ms)),
  }, { clock: systemClock });
  if (!('lock' in taken)) return taken.exitCode; // handed over (0) or refused (1): nothing was opened
  const { lock } = taken;
  process.once('exit', () => lock.release());
  // Until the server and the core are up, a signal just ends the process (releasing the lock on exit).
  let stop = async (): Promise<void> => void process.exit(0);
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  // This entry is out/main/serve.js; the built renderer sits beside it in out/renderer.
  const staticDir = fileURLToPath(new URL('../renderer/', import.meta.url));
  let markOpened!: (core: Promise<Core>) => void;
  const core = new Promise<Core>((resolve) => (markOpened = resolve));
  const server = await startServer({ core, staticDir, port: args.port });
  lock.update({ url: server.url }); // a second start hands over to this address
  console.log(`Shiftdesk browser mode on workspace ${dbPath}`);
  console.log('Open this address (it carries this run\'s access token):');
  console.log(server.url);
  markOpened(openCore(dbPath, args));
  let opened: Core;
  try {
    opened = await core;
  } catch (err) {
    await server.close();
    throw err;
  }
  // The local intake endpoint (docs/intake.md), as in the desktop app; its token: `intake-info`.
  const { runWorkspaceIntake } = await import('../intake/index');
  const intake = runWorkspaceIntake(opened, process.env, (endpoint) => console.log(`Intake endpoint: ${endpoint.url}`));

  stop = async () => {
    intake.stop();
    await server.close();
    await opened.close();
    process.exit(0);
  };
  return 0;
}

/** The real clock; `--clock-start`'s, running on from its instant; `--test-clock`'s, which stdin also moves forward. */
function serveClock(args: ServeArgs): Clock {
  if (!args.testClock) return args.clockStart === null ? systemClock : offsetClock(systemClock, args.clockStart);
  const clock = steppableClock(systemClock, args.clockStart ?? systemClock.now());
  followClockSteps(process.stdin, clock, (line) => console.log(line));
  return clock;
}

/** Loads the core's modules and opens the workspace (after the URL is out: see the start-up order above). */
async function openCore(dbPath: string, args: ServeArgs): Promise<Core> {
  const { createCore } = await import('../core/createCore');
  return createCore({
    dbPath,
    clock: serveClock(args),
    prefs: jsonFilePrefs(join(dirname(dbPath), 'browser-preferences.json')),
    // Daily backups beside the workspace, a week kept (a damaged workspace's error names the latest: `shiftdesk restore`).
    backups: true,
    // This entry is out/main/serve.js; the core's job worker is built beside it.
    worker: { url: new URL('./worker.js', import.meta.url) },
  });
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
