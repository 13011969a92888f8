import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createCore, defaultDbPath, memoryPrefs, systemClock } from '../core/index';
import { runCli } from './run';

/** `shiftdesk` (the package's bin): wires the real file system and clock into `runCli`. */
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readFile: (path) => readFile(path, 'utf8'),
  async writeFile(path, content) {
    const temp = `${path}.${randomUUID()}.tmp`;
    await writeFile(temp, content, 'utf8');
    await rename(temp, path);
  },
  defaultDbPath,
  systemClock,
  createCore,
  memoryPrefs,
});
process.exitCode = code;
