/**
 * One process of the take race (test/integration/core/queueTake.test.ts): opens a core on the
 * workspace file as agent `argv[3]`, prints `ready`, waits for `go` on stdin, takes item `argv[4]`
 * and prints the result as one JSON line.
 *   npx tsx test/support/takeRacer.ts DB AGENT ITEM
 */
import { createInterface } from 'node:readline';
import { createCore } from '../../electron/core/createCore';
import { memoryPrefs } from '../../electron/core/prefs';
import { systemClock } from '../../electron/core/systemClock';

const [dbPath, agentId, itemId] = process.argv.slice(2) as [string, string, string];
const core = createCore({ dbPath, clock: systemClock, prefs: memoryPrefs({ 'session.agentId': agentId }), alerts: false, watchExternalChanges: false });
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line.trim() !== 'go') continue;
  const result = await core.dispatch('queue.take', { itemId });
  process.stdout.write(`${JSON.stringify(result)}\n`);
  break;
}
lines.close();
core.close();
