import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { workspaceLockPath } from '../../../electron/core/instanceLock';
import { makeTempDir } from '../../support/tempDir';

/**
 * One app instance per workspace, through the built browser mode (`node out/main/serve.js`, after
 * `npm run build`): a second start on the same --db hands over to the first (its address, exit 0)
 * without opening anything; with the desktop app on the workspace it refuses (exit 1); the command
 * line still runs alongside. docs/browser-mode.md, decision D20.
 */
const root = join(import.meta.dirname, '../../..');
const serveJs = join(root, 'out/main/serve.js');
const URL_LINE = /^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/;

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
const running: ChildProcess[] = [];

beforeAll(() => {
  if (!existsSync(serveJs)) throw new Error(`${serveJs} is missing: run \`npm run build\` first`);
});
beforeEach(() => {
  temp = makeTempDir('shiftdesk-serve-twice-');
  dbPath = temp.path('workspace.db');
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((child) => stop(child)));
  temp.cleanup();
});

interface Serve {
  child: ChildProcess;
  /** Resolves with the first line of stdout matching `pattern` (rejects if the process ends first). */
  line(pattern: RegExp): Promise<string>;
  /** Resolves when the process ends, with its exit code and everything it printed. */
  exit: Promise<{ code: number | null; stdout: string[]; stderr: string }>;
}

function serve(): Serve {
  const child = spawn(process.execPath, [serveJs, '--db', dbPath], {
    cwd: root,
    env: { ...process.env, SHIFTDESK_DATA_DIR: temp.dir, SHIFTDESK_INTAKE_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  const stdout: string[] = [];
  let stderr = '';
  const waiting: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    stdout.push(line);
    for (const w of waiting.filter((w) => w.pattern.test(line))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(line);
    }
  });
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const exit = new Promise<{ code: number | null; stdout: string[]; stderr: string }>((resolve) => {
    // 'close': the process ended and its output has been read to the end.
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
  const line = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const seen = stdout.find((l) => pattern.test(l));
      if (seen !== undefined) return resolve(seen);
      waiting.push({ pattern, resolve });
      void exit.then((r) => reject(new Error(`serve ended (${r.code}) before printing ${pattern}: ${r.stdout.join('\n')}\n${r.stderr}`)));
    });
  return { child, line, exit };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  return ended;
}

const lock = () => JSON.parse(readFileSync(workspaceLockPath(dbPath), 'utf8')) as { pid: number; kind: string; url?: string };

describe('browser mode started twice on one workspace', () => {
  it('the second prints the first one\'s address and exits 0 without opening the workspace; the CLI runs alongside', async () => {
    const first = serve();
    const url = await first.line(URL_LINE);
    expect(lock()).toMatchObject({ pid: first.child.pid, kind: 'browser', url });

    const second = await serve().exit;
    expect(second.code).toBe(0);
    expect(second.stdout).toEqual([`Shiftdesk is already open in browser mode on workspace ${dbPath} (process ${first.child.pid}). Its address:`, url]);
    expect(second.stderr).toBe('');

    // The first runs on, still holding the workspace, and answers at the address the second gave.
    expect(lock()).toMatchObject({ pid: first.child.pid, url });
    expect((await fetch(url)).status).toBe(200);

    // The command line is a tool, not an app instance: it works on the same workspace meanwhile.
    const cli = spawnSync(process.execPath, [join(root, 'bin/shiftdesk.js'), 'queue', '--json', '--db', dbPath], { cwd: root, encoding: 'utf8' });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ view: 'all', items: [] });
  }, 30_000);

  it('ending the first removes the lock, and the next start takes the workspace', async () => {
    const first = serve();
    const firstUrl = await first.line(URL_LINE);
    await stop(first.child);
    expect(existsSync(workspaceLockPath(dbPath))).toBe(false);

    const next = serve();
    const nextUrl = await next.line(URL_LINE);
    expect(nextUrl).not.toBe(firstUrl);
    expect(lock()).toMatchObject({ pid: next.child.pid, kind: 'browser', url: nextUrl });
  }, 30_000);

  it('a second start while the first has not listened yet waits for its address', async () => {
    // A run that took the workspace a moment ago and is about to listen (this test plays it).
    writeFileSync(workspaceLockPath(dbPath), JSON.stringify({ pid: process.pid, kind: 'browser' }), { mode: 0o600 });
    const second = serve();
    await second.line(/waiting for its address/);
    const url = 'http://127.0.0.1:45678/?token=first-run-token';
    // Replaced whole, as the real one does (a half-written file would read as no lock at all).
    writeFileSync(`${workspaceLockPath(dbPath)}.tmp`, JSON.stringify({ pid: process.pid, kind: 'browser', url }), { mode: 0o600 });
    renameSync(`${workspaceLockPath(dbPath)}.tmp`, workspaceLockPath(dbPath));
    const ended = await second.exit;
    expect(ended.code).toBe(0);
    expect(ended.stdout.at(-1)).toBe(url);
    expect(existsSync(dbPath)).toBe(false); // it never opened the workspace
  }, 30_000);
});

describe('browser mode and the desktop app on one workspace', () => {
  it('with the desktop app on the workspace, browser mode refuses and says what to do (exit 1)', async () => {
    const desktopLock = JSON.stringify({ pid: process.pid, kind: 'desktop' }); // this test process plays the desktop app
    writeFileSync(workspaceLockPath(dbPath), desktopLock, { mode: 0o600 });
    const refused = await serve().exit;
    expect(refused.code).toBe(1);
    expect(refused.stdout).toEqual([]);
    expect(refused.stderr.trim()).toBe(
      `shiftdesk serve: the workspace ${dbPath} is open in the Shiftdesk desktop app (process ${process.pid}). ` +
        'Close the desktop app first, or use --db FILE for another workspace.',
    );
    expect(existsSync(dbPath)).toBe(false);
    expect(readFileSync(workspaceLockPath(dbPath), 'utf8')).toBe(desktopLock);
  }, 30_000);

  it('a lock left by an app that ended (crash, kill -9) does not stop browser mode', async () => {
    const ended = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(workspaceLockPath(dbPath), JSON.stringify({ pid: ended, kind: 'desktop' }), { mode: 0o600 });
    const started = serve();
    const url = await started.line(URL_LINE);
    expect(lock()).toMatchObject({ pid: started.child.pid, kind: 'browser', url });
  }, 30_000);
});
