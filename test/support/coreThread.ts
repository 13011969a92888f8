import { parentPort, workerData } from 'node:worker_threads';
import { createCore } from '../../electron/core/createCore';
import { memoryPrefs } from '../../electron/core/prefs';
import type { Notification } from '../../shared/contract/models';
import { createFakeClock } from './fakeClock';
import { createJumpClock } from './jumpClock';

/**
 * A second (and third) process on one workspace, as a thread with its own core and connection: the
 * tests of `concurrency.test.ts` start two at once, held at a barrier so that they start together.
 * Run through tsx (`execArgv: ['--import', 'tsx']`).
 */
export interface CoreThreadTask {
  dbPath: string;
  /** Both threads wait here until the test opens it (Atomics on a shared Int32Array). */
  barrier: SharedArrayBuffer;
  task:
    | { kind: 'push'; count: number; source: string }
    | { kind: 'alerts'; start: number; advanceTo: number; agentId: string }
    | { kind: 'sweep'; start: number; advanceTo: number; agentId: string };
}

export type CoreThreadResult = { kind: 'push'; failures: string[]; ok: number } | { kind: 'alerts' | 'sweep'; notified: string[] };

const { dbPath, barrier, task } = workerData as CoreThreadTask;
const gate = new Int32Array(barrier);

async function run(): Promise<CoreThreadResult> {
  if (task.kind === 'push') {
    const core = createCore({ dbPath, clock: createFakeClock(Date.parse('2026-03-02T17:00:00Z')), prefs: memoryPrefs(), alerts: false, watchExternalChanges: false });
    Atomics.add(gate, 1, 1);
    Atomics.wait(gate, 0, 0);
    const failures: string[] = [];
    let ok = 0;
    for (let i = 0; i < task.count; i++) {
      const result = await core.dispatch('intake.push', { source: task.source, channel: 'phone', externalId: `call-${i}`, status: 'ringing', from: { name: `Caller ${i}` } });
      if (result.ok) ok++;
      else failures.push(`${result.error.code}: ${result.error.message}`);
    }
    await core.close();
    return { kind: 'push', failures, ok };
  }
  const clock = createJumpClock(task.start);
  const notified: string[] = [];
  const core = createCore({
    dbPath,
    clock,
    prefs: memoryPrefs({ 'session.agentId': task.agentId }),
    watchExternalChanges: false,
    // One scheduler at a time: the SLA alerts, or the unassigned sweep.
    alerts: task.kind === 'alerts',
    sweep: task.kind === 'sweep',
    notifier: { notify: (n: Notification) => notified.push(...n.alertIds) },
  });
  await core.ready();
  Atomics.add(gate, 1, 1);
  Atomics.wait(gate, 0, 0);
  if (task.kind === 'sweep') {
    // Both wake at the same instant (as two processes reading one system clock do): no timer fires on
    // the way, so neither passes through earlier instants the other has already gone beyond.
    clock.jump(task.advanceTo - task.start);
    core.resumed();
  } else clock.advanceTo(task.advanceTo);
  await core.settled();
  await core.close();
  return { kind: task.kind, notified };
}

run().then(
  (result) => parentPort!.postMessage(result),
  (err: unknown) => {
    throw err;
  },
);
