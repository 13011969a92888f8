import { createCore, defaultDbPath, memoryPrefs, systemClock } from '../core/index';
import { runCli } from './run';

/** `shiftdesk` (the package's bin): wires the real terminal, clock and job worker into `runCli`. */

// Output piped into a program that stopped reading (`shiftdesk queue | head`): that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(0);
});

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  // A line that rewrites itself, on a terminal only.
  ...(process.stderr.isTTY && {
    progress: (line: string | null) => process.stderr.write(line === null ? '\r\x1b[2K' : `\r\x1b[2K${line.slice(0, (process.stderr.columns || 80) - 1)}`),
  }),
  // This entry is out/main/cli.js; the job worker is built beside it.
  worker: { url: new URL('./worker.js', import.meta.url) },
  defaultDbPath,
  systemClock,
  createCore,
  memoryPrefs,
});
process.exitCode = code;
