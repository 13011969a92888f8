/**
 * Expected failures cross every boundary (IPC, WebSocket, direct calls) as data, never as thrown
 * errors: errors lose their class across IPC (DESIGN.md, example 4).
 */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unknown_channel',
  'forbidden',
  'workspace_incompatible',
  /** The workspace file (or its folder) is not writable: it was opened read-only, and this was a write. */
  'workspace_read_only',
  /** The workspace file is not a database any more, or is malformed (restore a backup). */
  'workspace_damaged',
  /** The workspace's write lock is held (another process, or a long job of this core) longer than a write may wait. */
  'busy',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorData {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };

/** Thrown inside the core for an expected failure; the dispatcher turns it into `{ ok: false }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
