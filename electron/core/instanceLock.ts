import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import type { Clock } from '../../shared/time/clock';

/**
 * One app instance per workspace (docs/decisions.md D20): the desktop app and browser mode each hold
 * `<workspace>.lock` (e.g. `workspace.db.lock`) beside the workspace file while they run; the command
 * line never takes it (it is a tool, not an app instance; the core's write lock orders its writes).
 *
 * The file is JSON `{ pid, kind, url?, startedAt? }`, mode 0600 (only its owner reads it: browser
 * mode's URL carries its access token). It appears whole or not at all: the content is written to a
 * temporary file first, then hard-linked to the lock's name, which fails if the name exists (an
 * exclusive create). A lock whose process is gone (`process.kill(pid, 0)` fails with ESRCH), or that
 * is not a lock at all, is stale and is taken over: moved aside under a name of its own (rename is
 * atomic, so of two starters only one moves it), checked to be the very file judged stale, deleted,
 * and the exclusive create tried again; of starters racing, exactly one creates the lock.
 */

export type InstanceKind = 'desktop' | 'browser';

export interface LockInfo {
  kind: InstanceKind;
  /** Browser mode's address (with its token), once it listens. */
  url?: string;
}

/** Who holds the workspace. */
export interface LockHolder extends LockInfo {
  pid: number;
  /** ISO instant the holder started, when it passed a clock. */
  startedAt?: string;
}

export interface WorkspaceLock {
  held: null;
  /** The lock file's path. */
  path: string;
  /** Records new details (browser mode's URL once it listens); atomic for readers. */
  update(info: Partial<LockInfo>): void;
  /** Removes the lock if it is still this instance's. Safe to call more than once. */
  release(): void;
}

export type LockResult = WorkspaceLock | { held: LockHolder; path: string };

export interface LockOptions {
  /** `startedAt` comes from this clock; without one it is left out. */
  clock?: Clock;
  /** The holder's process id (default `process.pid`). */
  pid?: number;
  /** Whether a process is running (default: `process.kill(pid, 0)` does not fail with ESRCH). */
  isAlive?: (pid: number) => boolean;
}

/** `<dbPath>.lock`. */
export function workspaceLockPath(dbPath: string): string {
  return `${dbPath}.lock`;
}

/** True unless signalling `pid` says there is no such process (EPERM: it exists, as another user's). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** The lock's holder as recorded, or null when there is no lock file; `'invalid'` when it is not a lock. */
export function readWorkspaceLock(dbPath: string): LockHolder | 'invalid' | null {
  const text = readText(workspaceLockPath(dbPath));
  return text === null ? null : parseHolder(text);
}

/** Takes the workspace for this instance, or says which live instance has it. */
export function acquireWorkspaceLock(dbPath: string, info: LockInfo, options: LockOptions = {}): LockResult {
  const path = workspaceLockPath(dbPath);
  const pid = options.pid ?? process.pid;
  const isAlive = options.isAlive ?? processIsAlive;
  const startedAt = options.clock ? new Date(options.clock.now()).toISOString() : undefined;
  let current: LockHolder = { pid, kind: info.kind, ...(info.url !== undefined && { url: info.url }), ...(startedAt && { startedAt }) };
  let mine = JSON.stringify(current);

  // A stale lock can be taken over, a lock that vanished tried again: a few rounds settle any race.
  for (let round = 0; round < 20; round++) {
    if (createExclusively(path, mine)) {
      return {
        held: null,
        path,
        update(patch) {
          if (readText(path) !== mine) return; // no longer ours (released, or removed by hand)
          const next: LockHolder = { ...current, ...patch };
          const text = JSON.stringify(next);
          const temp = writeTemp(path, text);
          renameSync(temp, path);
          current = next;
          mine = text;
        },
        release() {
          if (readText(path) !== mine) return;
          unlinkQuietly(path);
        },
      };
    }
    const text = readText(path);
    if (text === null) continue; // released between our create and our read
    const holder = parseHolder(text);
    if (holder !== 'invalid' && isAlive(holder.pid)) return { held: holder, path };
    removeIfStill(path, text);
  }
  throw new Error(`cannot take the workspace lock ${path}: it keeps changing`);
}

/** Creates `path` with `text`, whole, only if it does not exist; false when it exists. */
function createExclusively(path: string, text: string): boolean {
  const temp = writeTemp(path, text);
  try {
    linkSync(temp, path);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // A file system without hard links (FAT, some network shares): a plain exclusive create.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EOPNOTSUPP') return createWithOpen(path, text);
    throw err;
  } finally {
    unlinkQuietly(temp);
  }
}

/** `open(path, 'wx')`, then the content: a reader may see the file before its content (a moment). */
function createWithOpen(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Deletes the lock at `path` only if it still holds `stale`: moves it aside first (of two starters
 * only one moves a given file), then compares. A live lock moved aside by mistake (another starter
 * replaced the stale one between our read and our move) is put back.
 */
function removeIfStill(path: string, stale: string): void {
  const aside = `${path}.stale-${process.pid}-${randomBytes(6).toString('hex')}`;
  try {
    renameSync(path, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // another starter moved it
    throw err;
  }
  try {
    if (readText(aside) === stale) return;
    try {
      linkSync(aside, path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  } finally {
    unlinkQuietly(aside);
  }
}

/** A new file beside `path` holding `text`, readable and writable by its owner only. */
function writeTemp(path: string, text: string): string {
  const temp = `${path}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return temp;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

function parseHolder(text: string): LockHolder | 'invalid' {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'invalid';
  }
  if (typeof value !== 'object' || value === null) return 'invalid';
  const { pid, kind, url, startedAt } = value as Record<string, unknown>;
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return 'invalid';
  if (kind !== 'desktop' && kind !== 'browser') return 'invalid';
  return { pid, kind, ...(typeof url === 'string' && { url }), ...(typeof startedAt === 'string' && { startedAt }) };
}
