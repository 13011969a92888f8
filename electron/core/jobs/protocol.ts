import type { Commit, Progress } from '../db/unitOfWork';
import type { ErrorCode } from '../../../shared/contract/result';
import type { JobName } from './index';

/** Messages between the core and its job worker. */
export type WorkerRequest = { type: 'run'; id: number; name: JobName; input: unknown; now: number } | { type: 'close' };

export type WorkerReply =
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'done'; id: number; result: unknown; commits: Commit[] }
  | { type: 'failed'; id: number; error: { code: ErrorCode; message: string }; commits: Commit[] };
