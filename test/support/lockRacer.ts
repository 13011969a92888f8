/**
 * One starter of the workspace-lock race (test/integration/core/instanceLock.test.ts): prints
 * `ready`, waits for `go` on stdin, tries to take the lock on `argv[2]` as browser mode and prints
 * `{ pid, won, holder }` as one JSON line; keeps what it won until stdin ends, then releases it.
 *   npx tsx test/support/lockRacer.ts DB
 */
import { createInterface } from 'node:readline';
import { acquireWorkspaceLock } from '../../electron/core/instanceLock';

const [dbPath] = process.argv.slice(2) as [string];
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
let release = () => {};
for await (const line of lines) {
  if (line.trim() !== 'go') continue;
  const result = acquireWorkspaceLock(dbPath, { kind: 'browser', url: `http://127.0.0.1:1/?racer=${process.pid}` });
  if (result.held === null) release = () => result.release();
  process.stdout.write(`${JSON.stringify({ pid: process.pid, won: result.held === null, holder: result.held })}\n`);
}
release();
