import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { JobProgressEvent } from '../../../shared/contract/jobs';
import { AppError } from '../../../shared/contract/result';
import type { Clock } from '../../../shared/time/clock';
import type { Store } from '../store';
import type { Progress } from '../db/unitOfWork';
import { throttled } from './context';
import { JOB_LABELS, runJob, type JobInput, type JobName, type JobOutput } from './index';
import type { WorkerReply, WorkerRequest } from './protocol';

/**
 * Runs the core's long jobs one at a time (decision D23). A large job goes to the job worker, a
 * thread with its own connection to the workspace (started on the first large job, kept while the
 * core runs, ended after a while idle): the main thread stays free for the window and the queries,
 * which read the last committed state meanwhile (WAL), also at the job's commit. A small one runs
 * inline: starting a thread would cost more than the job. Either way every step is announced as the
 * `progress` event, and what the job committed is announced like any commit of the core's.
 *
 * While a worker job holds the write lock, the core's own writes are refused with `busy` (waiting
 * for the lock would freeze the main thread) and the dispatcher runs them again once the job ends.
 */
export interface WorkerSpec {
  /** The worker's module: `out/main/worker.js` beside the face's entry, or the TypeScript source in tests. */
  url: URL;
  execArgv?: string[];
}

export interface JobHostOptions {
  store: Store;
  dbPath: string;
  clock: Pick<Clock, 'now'>;
  /** Null: every job runs inline (a face without the worker bundle). */
  worker: WorkerSpec | null;
  /** Jobs of fewer records than this run inline (default 2,000). */
  inlineBelow?: number;
  progress(event: JobProgressEvent): void;
  /** Ends an idle worker after this long (default 2 minutes). */
  idleMs?: number;
}

export interface JobHost {
  /** Runs a job after the ones before it; `size` is about how many records it touches. */
  run<N extends JobName>(name: N, input: JobInput<N>, size: number, transfer?: ArrayBuffer[]): Promise<JobOutput<N>>;
  /** The worker job running now, or null. */
  current(): JobProgressEvent | null;
  /** Resolves once no job runs or waits. */
  idle(): Promise<void>;
  /** Throws `busy` while a worker job holds the workspace (checked before every write of the core). */
  guardWrite(): void;
  close(): Promise<void>;
}

export const INLINE_BELOW = 2_000;
const WORKER_YOUNG_MB = 12;
const WORKER_OLD_MB = 1024;

interface Pending {
  resolve(value: unknown): void;
  reject(err: unknown): void;
  event: JobProgressEvent;
}

export function createJobHost(o: JobHostOptions): JobHost {
  let worker: Worker | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  let seq = 0;
  let running: JobProgressEvent | null = null;
  let closed = false;
  const pending = new Map<number, Pending>();
  const inlineBelow = o.inlineBelow ?? INLINE_BELOW;

  const startWorker = (): Worker => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    if (worker) return worker;
    const w = new Worker(o.worker!.url, {
      workerData: { dbPath: o.dbPath },
      execArgv: o.worker!.execArgv ?? [],
      // A job makes a great deal of short-lived garbage (a record per line of a file): a small young
      // generation and a bounded old one keep the process near what it needs (an import of 100,000
      // cases peaked at 1 GB with V8's defaults). 1 GB of live data is far above any job's need.
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: WORKER_OLD_MB },
    });
    w.on('message', (reply: WorkerReply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      if (reply.type === 'progress') {
        job.event = { ...job.event, ...reply.progress };
        running = job.event;
        o.progress(job.event);
        return;
      }
      pending.delete(reply.id);
      for (const commit of reply.commits) o.store.uow.announce(commit);
      if (reply.type === 'done') job.resolve(reply.result);
      else job.reject(new AppError(reply.error.code, reply.error.message));
    });
    const lost = (err: Error) => {
      worker = null;
      for (const [id, job] of pending) {
        pending.delete(id);
        job.reject(new AppError('internal', `the job worker stopped: ${err.message}`));
      }
    };
    w.on('error', lost);
    w.on('exit', (code) => {
      if (worker === w) lost(new Error(`it exited with code ${code}`));
    });
    worker = w;
    return w;
  };

  const stopWhenIdle = () => {
    if (!worker || pending.size > 0) return;
    // An idle worker does not keep the process alive (the command line exits when it is done).
    worker.unref();
    idleTimer = setTimeout(() => {
      const w = worker;
      worker = null;
      if (w) void w.terminate();
    }, o.idleMs ?? 120_000);
    idleTimer.unref();
  };

  const inWorker = <N extends JobName>(event: JobProgressEvent, name: N, input: JobInput<N>, transfer: ArrayBuffer[]) =>
    new Promise<JobOutput<N>>((resolve, reject) => {
      const w = startWorker();
      w.ref();
      pending.set(event.id, { resolve: resolve as (v: unknown) => void, reject, event });
      const request: WorkerRequest = { type: 'run', id: event.id, name, input, now: o.clock.now() };
      w.postMessage(request, transfer);
    });

  const inline = <N extends JobName>(event: JobProgressEvent, name: N, input: JobInput<N>): JobOutput<N> => {
    const report = throttled((p: Progress) => o.progress({ ...event, ...p }), () => performance.now());
    return (runJob as (n: JobName, ...args: unknown[]) => JobOutput<N>)(name, { ...o.store, clock: o.clock }, input, report);
  };

  const execute = async <N extends JobName>(name: N, input: JobInput<N>, size: number, transfer: ArrayBuffer[]): Promise<JobOutput<N>> => {
    if (closed) throw new AppError('internal', `${JOB_LABELS[name]}: the workspace was closed first`);
    const event: JobProgressEvent = { id: ++seq, job: name, label: JOB_LABELS[name], phase: null, done: 0, total: 0, state: 'running' };
    const useWorker = o.worker !== null && size >= inlineBelow;
    o.progress(event);
    try {
      let result: JobOutput<N>;
      if (useWorker) {
        running = event;
        try {
          result = await inWorker(event, name, input, transfer);
        } finally {
          running = null;
          stopWhenIdle();
        }
      } else {
        result = inline(event, name, input);
      }
      o.progress({ ...event, phase: null, state: 'done' });
      return result;
    } catch (err) {
      o.progress({ ...event, phase: null, state: 'failed' });
      throw err;
    }
  };

  return {
    run(name, input, size, transfer = []) {
      waiting++;
      const job = queue.then(() => execute(name, input, size, transfer));
      queue = job.then(
        () => void waiting--,
        () => void waiting--,
      );
      return job;
    },
    current: () => running,
    async idle() {
      while (waiting > 0) await queue;
    },
    guardWrite() {
      if (running === null) return;
      const how = running.total > 0 ? ` (${Math.floor((100 * running.done) / running.total)} %)` : '';
      throw new AppError('busy', `${running.label}${how}: changes wait until it is done`);
    },
    async close() {
      closed = true;
      if (idleTimer) clearTimeout(idleTimer);
      const w = worker;
      worker = null;
      if (w) {
        const request: WorkerRequest = { type: 'close' };
        w.postMessage(request);
        await w.terminate();
      }
    },
  };
}
