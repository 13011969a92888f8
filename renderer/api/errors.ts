import type { ErrorCode } from '../../shared/contract/index';

/** `disconnected`: the request was in flight when the browser-mode connection dropped. */
export type ApiErrorCode = ErrorCode | 'disconnected';

/** What `client.call` rejects with: the core's `{ code, message }`, as an Error for `catch`. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The text to show an agent for any failure (the core's messages already name what was wrong). */
export function errorText(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
