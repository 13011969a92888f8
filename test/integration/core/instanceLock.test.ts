import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireWorkspaceLock, readWorkspaceLock, workspaceLockPath, type LockHolder, type LockResult } from '../../../electron/core/instanceLock';
import { fixedClock } from '../../../shared/time/clock';
import { makeTempDir } from '../../support/tempDir';

/**
 * One app instance per workspace: the lock file beside the workspace (docs/decisions.md D20), with
 * real files and, for the races, real processes.
 */
let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
const taken: LockResult[] = [];
const take = (...args: Parameters<typeof acquireWorkspaceLock>) => {
  const result = acquireWorkspaceLock(...args);
  taken.push(result);
  return result;
};

beforeEach(() => {
  temp = makeTempDir('shiftdesk-lock-');
  dbPath = temp.path('workspace.db');
});
afterEach(() => {
  for (const result of taken.splice(0)) if (result.held === null) result.release();
  temp.cleanup();
});

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

const lockFile = () => JSON.parse(readFileSync(workspaceLockPath(dbPath), 'utf8')) as LockHolder;

describe('workspace lock', () => {
  it('is a file beside the workspace naming this process, readable by its owner only', () => {
    const lock = take(dbPath, { kind: 'desktop' }, { clock: fixedClock(Date.parse('2026-03-03T16:00:00Z')) });
    expect(lock.held).toBeNull();
    expect(lock.path).toBe(join(temp.dir, 'workspace.db.lock'));
    expect(lockFile()).toEqual({ pid: process.pid, kind: 'desktop', startedAt: '2026-03-03T16:00:00.000Z' });
    if (process.platform !== 'win32') expect(statSync(lock.path).mode & 0o777).toBe(0o600);
    expect(readdirSync(temp.dir)).toEqual(['workspace.db.lock']); // no temporary files left behind
  });

  it('a second acquire is told who holds it, and leaves the lock alone', () => {
    const first = take(dbPath, { kind: 'browser', url: 'http://127.0.0.1:4000/?token=abc' });
    const second = take(dbPath, { kind: 'desktop' });
    expect(first.held).toBeNull();
    expect(second).toEqual({ held: { pid: process.pid, kind: 'browser', url: 'http://127.0.0.1:4000/?token=abc' }, path: first.path });
    expect(lockFile().kind).toBe('browser');
  });

  it('update records the address for the next starter to find', () => {
    const first = take(dbPath, { kind: 'browser' });
    if (first.held) throw new Error('not acquired');
    expect(take(dbPath, { kind: 'browser' }).held).toEqual({ pid: process.pid, kind: 'browser' });
    first.update({ url: 'http://127.0.0.1:4001/?token=def' });
    expect(take(dbPath, { kind: 'browser' }).held).toEqual({ pid: process.pid, kind: 'browser', url: 'http://127.0.0.1:4001/?token=def' });
    expect(readWorkspaceLock(dbPath)).toEqual({ pid: process.pid, kind: 'browser', url: 'http://127.0.0.1:4001/?token=def' });
  });

  it('release removes it, and then the workspace can be taken again', () => {
    const first = take(dbPath, { kind: 'browser' });
    if (first.held) throw new Error('not acquired');
    first.release();
    expect(existsSync(first.path)).toBe(false);
    first.release(); // twice is fine
    expect(take(dbPath, { kind: 'desktop' }).held).toBeNull();
    expect(lockFile().kind).toBe('desktop');
  });

  it('release and update leave a lock that is no longer this instance\'s alone', () => {
    const first = take(dbPath, { kind: 'browser' });
    if (first.held) throw new Error('not acquired');
    const someoneElse = JSON.stringify({ pid: process.pid, kind: 'desktop' });
    writeFileSync(first.path, someoneElse); // e.g. removed by hand and another instance started
    first.update({ url: 'http://127.0.0.1:1/' });
    first.release();
    expect(readFileSync(first.path, 'utf8')).toBe(someoneElse);
  });

  it('a lock whose process has ended is stale and taken over', () => {
    const dead = deadPid();
    writeFileSync(workspaceLockPath(dbPath), JSON.stringify({ pid: dead, kind: 'browser', url: 'http://127.0.0.1:9/?token=old' }), { mode: 0o600 });
    const lock = take(dbPath, { kind: 'desktop' });
    expect(lock.held).toBeNull();
    expect(lockFile()).toEqual({ pid: process.pid, kind: 'desktop' });
    expect(readdirSync(temp.dir)).toEqual(['workspace.db.lock']); // the stale one moved aside is gone
  });

  it('a file that is not a lock (empty, damaged) is taken over too', () => {
    writeFileSync(workspaceLockPath(dbPath), '');
    expect(take(dbPath, { kind: 'browser' }).held).toBeNull();
    expect(lockFile().pid).toBe(process.pid);
  });

  it('a process that exists but is not ours (EPERM) counts as alive', () => {
    // pid 1 exists on every Unix system and cannot be signalled by a normal user: the lock is held.
    if (process.platform === 'win32' || process.getuid?.() === 0) return;
    writeFileSync(workspaceLockPath(dbPath), JSON.stringify({ pid: 1, kind: 'desktop' }));
    expect(take(dbPath, { kind: 'browser' }).held).toEqual({ pid: 1, kind: 'desktop' });
  });
});

/** Starts `count` processes that each try to take the lock at the same moment; their answers. */
async function race(count: number): Promise<Array<{ pid: number; won: boolean; holder: LockHolder | null }>> {
  const racers = Array.from({ length: count }, () => {
    const child = spawn(process.execPath, [join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'), 'test/support/lockRacer.ts', dbPath], {
      cwd: process.cwd(),
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: child.stdout });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const next = () =>
      new Promise<string>((resolve, reject) => {
        lines.once('line', resolve);
        void exited.then(() => reject(new Error('racer exited early')));
      });
    return { child, ready: next(), next, exited };
  });
  try {
    await Promise.all(racers.map((r) => r.ready));
    const answers = racers.map((r) => r.next());
    for (const r of racers) r.child.stdin.write('go\n');
    // Every racer answers while all still hold what they took: a winner's lock is live throughout.
    return (await Promise.all(answers)).map((line) => JSON.parse(line) as { pid: number; won: boolean; holder: LockHolder | null });
  } finally {
    for (const r of racers) r.child.stdin.end();
    await Promise.all(racers.map((r) => r.exited));
  }
}

describe('workspace lock: starters racing', () => {
  it('of four processes starting at once on a fresh workspace, exactly one takes it; the others are told it is that one', async () => {
    const results = await race(4);
    const winners = results.filter((r) => r.won);
    expect(winners).toHaveLength(1);
    const winner = winners[0]!.pid;
    for (const r of results.filter((r) => !r.won)) expect(r.holder).toEqual({ pid: winner, kind: 'browser', url: `http://127.0.0.1:1/?racer=${winner}` });
    expect(existsSync(workspaceLockPath(dbPath))).toBe(false); // the winner released it when it ended
  }, 60_000);

  it('of four processes taking over a stale lock at once, exactly one takes it', async () => {
    writeFileSync(workspaceLockPath(dbPath), JSON.stringify({ pid: deadPid(), kind: 'desktop' }));
    const results = await race(4);
    const winners = results.filter((r) => r.won);
    expect(winners).toHaveLength(1);
    for (const r of results.filter((r) => !r.won)) expect(r.holder?.pid).toBe(winners[0]!.pid);
    expect(readdirSync(temp.dir)).toEqual([]); // released, and nothing left aside
  }, 60_000);
});
