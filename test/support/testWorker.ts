import type { WorkerSpec } from '../../electron/core/jobs/host';

/** The core's job worker from its TypeScript source (what `out/main/worker.js` is built from), loaded through tsx. */
export const TEST_WORKER: WorkerSpec = {
  url: new URL('../../electron/core/jobs/worker.ts', import.meta.url),
  execArgv: ['--import', 'tsx'],
};
