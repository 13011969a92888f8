import { runCli, type CliIo } from '../../electron/cli/run';
import { createCore, memoryPrefs } from '../../electron/core/index';
import { fixedClock } from '../../shared/time/clock';

/**
 * Runs the CLI in this process as `shiftdesk <argv>` would, with the real files, `dbPath` as the
 * default database and the system clock fixed at `now`; returns its exit code and what it printed.
 */
export async function runCliCaptured(argv: string[], o: { dbPath: string; now: number }): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    defaultDbPath: () => o.dbPath,
    systemClock: fixedClock(o.now),
    createCore,
    memoryPrefs,
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
