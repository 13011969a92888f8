import { runCli, type CliIo } from '../../electron/cli/run';
import { createCore, memoryPrefs } from '../../electron/core/index';
import { fixedClock } from '../../shared/time/clock';

/**
 * Runs the CLI in this process as `shiftdesk <argv>` would, with the real files, `dbPath` as the
 * default database and the system clock fixed at `now`; returns its exit code and what it printed
 * (with `terminal`, also the progress lines a terminal would have shown). Jobs run on this thread.
 */
export async function runCliCaptured(
  argv: string[],
  o: { dbPath: string; now: number; terminal?: boolean },
): Promise<{ code: number; stdout: string; stderr: string; progress: (string | null)[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const progress: (string | null)[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    // As on a terminal: the progress line a long job shows (null: cleared).
    ...(o.terminal && { progress: (line: string | null) => progress.push(line) }),
    defaultDbPath: () => o.dbPath,
    systemClock: fixedClock(o.now),
    createCore,
    memoryPrefs,
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), progress };
}
