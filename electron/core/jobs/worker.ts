import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/contract/result';
import type { Commit } from '../db/unitOfWork';
import { openStore } from '../store';
import type { WorkerReply, WorkerRequest } from './protocol';
import { runJob } from './index';
import { throttled } from './context';
import { performance } from 'node:perf_hooks';

/**
 * The job worker thread (decision D23): its own connection to the workspace file, the same
 * repositories, projector and unit of work as the core's, running one job at a time for the core
 * that started it. It reports progress, and after each job what its commits changed, so the core
 * announces them exactly as its own.
 */
const port = parentPort;
if (!port) throw new Error('electron/core/jobs/worker.ts runs as a worker thread');
const { dbPath } = workerData as { dbPath: string };
let now = 0;
const clock = { now: () => now };
const store = openStore({ dbPath, clock, foreignKeys: false });
const commits: Commit[] = [];
store.uow.onCommit((c) => commits.push(c));

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'close') {
    store.close();
    port.close();
    return;
  }
  const { id, name, input } = request;
  now = request.now;
  commits.length = 0;
  const reply = (message: WorkerReply) => port.postMessage(message);
  const progress = throttled((p) => reply({ type: 'progress', id, progress: p }), () => performance.now());
  try {
    const result = (runJob as (n: typeof name, ...args: unknown[]) => unknown)(name, { ...store, clock }, input, progress);
    reply({ type: 'done', id, result, commits: [...commits] });
  } catch (err) {
    const error = err instanceof AppError ? { code: err.code, message: err.message } : { code: 'internal' as const, message: err instanceof Error ? err.message : String(err) };
    reply({ type: 'failed', id, error, commits: [...commits] });
  }
});
