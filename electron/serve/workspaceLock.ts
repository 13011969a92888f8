import { acquireWorkspaceLock, type LockHolder, type LockOptions, type WorkspaceLock } from '../core/instanceLock';

/**
 * Browser mode's side of "one app instance per workspace" (docs/browser-mode.md, decision D20):
 * - the workspace is free: browser mode takes it (`{ lock }`);
 * - another browser-mode run has it: hand over, printing that run's address on a line of its own (the
 *   same user started both; the lock file is readable by its owner only) -> exit 0;
 * - that run is still starting (no address yet): wait for it, a little;
 * - the desktop app has it: refuse, saying what to do -> exit 1.
 */
export interface TakeIo {
  out(line: string): void;
  err(line: string): void;
  /** Resolves after `ms` (only while another run is starting up). */
  wait(ms: number): Promise<void>;
}

export type TakeResult = { lock: WorkspaceLock } | { exitCode: number };

export interface TakeOptions extends LockOptions {
  /** How often, and how many times, to look again for a starting run's address. */
  pollMs?: number;
  polls?: number;
}

export async function takeWorkspace(dbPath: string, io: TakeIo, options: TakeOptions = {}): Promise<TakeResult> {
  const { pollMs = 100, polls = 100, ...lockOptions } = options;
  let waiting = false;
  for (let poll = 0; ; poll++) {
    const result = acquireWorkspaceLock(dbPath, { kind: 'browser' }, lockOptions);
    if (result.held === null) return { lock: result };
    const holder = result.held;
    if (holder.kind === 'desktop') {
      io.err(desktopHolds(dbPath, holder));
      return { exitCode: 1 };
    }
    if (holder.url !== undefined) {
      io.out(`Shiftdesk is already open in browser mode on workspace ${dbPath} (process ${holder.pid}). Its address:`);
      io.out(holder.url);
      return { exitCode: 0 };
    }
    if (poll >= polls) {
      io.err(`shiftdesk serve: browser mode (process ${holder.pid}) is starting on workspace ${dbPath} but has not given its address; it prints it on its own output.`);
      return { exitCode: 1 };
    }
    if (!waiting) io.out(`Shiftdesk browser mode is starting on workspace ${dbPath} (process ${holder.pid}); waiting for its address...`);
    waiting = true;
    await io.wait(pollMs);
  }
}

export function desktopHolds(dbPath: string, holder: LockHolder): string {
  return (
    `shiftdesk serve: the workspace ${dbPath} is open in the Shiftdesk desktop app (process ${holder.pid}). ` +
    'Close the desktop app first, or use --db FILE for another workspace.'
  );
}
