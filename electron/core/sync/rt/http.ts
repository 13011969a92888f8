import type { z } from 'zod';
import { SyncError } from '../connector';
import { describeIssue, errorAnswer, pageOf } from './answers';

/**
 * A small REST2 client over fetch (global by default): `Authorization: token …`, JSON in and out,
 * every answer checked with a zod schema of `answers.ts`, HTTP failures mapped to `SyncError` codes
 * (docs/sync.md): network / timeout / 5xx → unreachable, 401 unauthorized, 403 forbidden, 404
 * not_found, 400 rejected, a body of an unexpected shape → malformed (naming the path). 412 is not an
 * error here: `request` answers it as `{ stale: true }` for the connector to re-read the case.
 */

export const PER_PAGE = 100;

export interface RtHttpOptions {
  url: string;
  token: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface RtRequest {
  method?: 'GET' | 'POST' | 'PUT';
  /** Under `/REST/2.0/`, e.g. `ticket/3`. */
  path: string;
  query?: Record<string, string | number>;
  body?: unknown;
  ifMatch?: string | null;
}

export interface RtAnswer<T> {
  body: T;
  /** The ETag without quotes (RT: the newest transaction id), or null. */
  etag: string | null;
  location: string | null;
  /** The server's clock (HTTP Date), ms, or null. */
  date: number | null;
}

export type RtResult<T> = RtAnswer<T> | { stale: true };

export interface RtHttp {
  readonly base: string;
  /** A request that may answer 412 (sent with If-Match). */
  request<S extends z.ZodType>(req: RtRequest, schema: S): Promise<RtResult<z.infer<S>>>;
  /** A request where 412 cannot happen (no If-Match). */
  call<S extends z.ZodType>(req: RtRequest, schema: S): Promise<RtAnswer<z.infer<S>>>;
  /** Every item of a collection: per_page=100, pages until a page has fewer (RT's totals may be null). */
  all<S extends z.ZodType>(req: RtRequest, item: S): Promise<z.infer<S>[]>;
  requests(): number;
}

export function createRtHttp(options: RtHttpOptions): RtHttp {
  const base = options.url.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 20_000;
  let count = 0;

  async function request<S extends z.ZodType>(req: RtRequest, schema: S): Promise<RtResult<z.infer<S>>> {
    const method = req.method ?? 'GET';
    const url = new URL(`${base}/REST/2.0/${req.path}`);
    for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, String(v));
    const headers: Record<string, string> = { Authorization: `token ${options.token}`, Accept: 'application/json' };
    if (req.body !== undefined) headers['Content-Type'] = 'application/json';
    if (req.ifMatch) headers['If-Match'] = `"${req.ifMatch}"`;
    const what = `${method} /${req.path.split('?')[0]}`;
    count++;
    let response: Response;
    let text: string;
    // A timer cleared as soon as the answer is in (AbortSignal.timeout would keep every request alive
    // for its whole timeout and abort finished ones: a pull of 1,000 tickets then stalled in GC).
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new DOMException('timeout', 'TimeoutError')), timeoutMs);
    try {
      response = await doFetch(url, {
        method,
        headers,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        signal: abort.signal,
      });
      text = await response.text();
    } catch (err) {
      const e = err as Error;
      const why = e.name === 'TimeoutError' || abort.signal.aborted ? `no answer within ${timeoutMs / 1000} s` : causeOf(e);
      throw new SyncError('unreachable', `RT cannot be reached at ${base} (${why})`);
    } finally {
      clearTimeout(timer);
    }
    const status = response.status;
    if (status === 412) return { stale: true };
    const json = parseJson(text);
    if (status >= 200 && status < 300) {
      if (json === undefined) throw new SyncError('malformed', `RT answered ${what} with something that is not JSON`);
      const parsed = schema.safeParse(json, { reportInput: true });
      if (!parsed.success) throw new SyncError('malformed', describeIssue(parsed.error));
      const date = response.headers.get('date');
      return {
        body: parsed.data,
        etag: response.headers.get('etag')?.replace(/^W\//, '').replace(/"/g, '') ?? null,
        location: response.headers.get('location'),
        date: date ? Date.parse(date) : null,
      };
    }
    const rtMessage = errorAnswer.safeParse(json).data?.message.trim() ?? (text.trim().slice(0, 200) || `HTTP ${status}`);
    if (status === 401) throw new SyncError('unauthorized', 'RT refused the token (401): check or replace it');
    if (status === 403) throw new SyncError('forbidden', `RT refused ${what} (403): ${rtMessage}`);
    if (status === 404) throw new SyncError('not_found', `RT has no ${req.path.split('?')[0]} (404): ${rtMessage}`);
    if (status >= 500) throw new SyncError('unreachable', `RT failed on ${what} (${status}): ${rtMessage}`);
    throw new SyncError('rejected', `RT refused ${what} (${status}): ${rtMessage}`);
  }

  async function call<S extends z.ZodType>(req: RtRequest, schema: S): Promise<RtAnswer<z.infer<S>>> {
    const answer = await request(req, schema);
    if ('stale' in answer) throw new SyncError('rejected', `RT answered 412 (Precondition Failed) to ${req.path}`);
    return answer;
  }

  async function all<S extends z.ZodType>(req: RtRequest, item: S): Promise<z.infer<S>[]> {
    const schema = pageOf(item);
    const items: z.infer<S>[] = [];
    for (let page = 1; ; page++) {
      const answer = await call({ ...req, query: { ...req.query, per_page: PER_PAGE, page } }, schema);
      items.push(...(answer.body.items as z.infer<S>[]));
      if (answer.body.count < PER_PAGE) return items;
    }
  }

  return { base, request, call, all, requests: () => count };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** fetch's "fetch failed" hides the reason (ECONNREFUSED…) in `cause`. */
function causeOf(err: Error): string {
  const cause = (err as Error & { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? err.message;
}
