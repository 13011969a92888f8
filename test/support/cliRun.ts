import { runCli, type CliIo } from '../../electron/cli/run';
import { createCore, memoryPrefs } from '../../electron/core/index';
import { writeFileSync } from 'node:fs';
import { fixedClock } from '../../shared/time/clock';
import { makeTempDir } from './tempDir';
import { smallWorkspace } from './workspaceFixture';

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

/**
 * A CLI on a fresh workspace in a temporary folder, the small workspace (or `raw`) imported through
 * `shiftdesk import`; `cli(...)` runs a command on it with the clock fixed at `now`.
 */
export function cliOnWorkspace(now: number, raw: object = smallWorkspace()) {
  const temp = makeTempDir();
  const dbPath = temp.path('workspace.db');
  const cli = (...argv: string[]) => runCliCaptured([...argv, '--db', dbPath], { dbPath, now });
  const ready = (async () => {
    const file = temp.path('w.json');
    writeFileSync(file, JSON.stringify(raw));
    const imported = await cli('import', file);
    if (imported.code !== 0) throw new Error(`import failed: ${imported.stderr}`);
  })();
  return { cli, dbPath, ready, cleanup: () => temp.cleanup() };
}
