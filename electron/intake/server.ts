import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../../shared/contract/dispatch';
import { intakePushSchema } from '../../shared/contract/intake';
import { inputShapeIssue } from '../../shared/contract/inputShape';
import { formatPath } from '../../shared/interchange/validate';
import { tokenMatches } from '../core/token';

/**
 * The local intake endpoint (`docs/intake.md`): phone and chat systems on this machine POST their
 * events as JSON to `http://127.0.0.1:<port>/intake` with `Authorization: Bearer <token>`, and each
 * becomes `intake.push` on the core. Loopback only; Electron-free (desktop and browser mode both run it).
 *
 * Answers: 200 `{ interactionId, state, status, changed, item }`; 400 `{ error: { path, message } }`
 * for a bad payload, also one nested too deep or with a `__proto__` key (`inputShape.ts`; nothing
 * stored); 401 without or with a wrong token; 404 another path; 405 another
 * method; 413 a body over the limit; 403 an unexpected Host header (a web page on another name
 * trying DNS rebinding).
 */
export const INTAKE_PATH = '/intake';
export const INTAKE_MAX_BODY_BYTES = 1024 * 1024;

export interface IntakeServerOptions {
  dispatch: Dispatch;
  /** The token requests must carry; read per request (the workspace's setting). */
  token(): string;
  /** 0 (default) picks a free port. */
  port?: number;
  maxBodyBytes?: number;
}

export interface RunningIntakeServer {
  /** `http://127.0.0.1:<port>/intake` */
  url: string;
  port: number;
  close(): Promise<void>;
}

interface ErrorBody {
  error: { path: string; message: string };
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max) {
      req.resume();
      return reject(new BodyTooLarge());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The token of `Authorization: Bearer <token>`, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

export async function startIntakeServer(options: IntakeServerOptions): Promise<RunningIntakeServer> {
  const max = options.maxBodyBytes ?? INTAKE_MAX_BODY_BYTES;
  let port = 0;

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    });
    res.end(text);
  }
  const error = (res: ServerResponse, status: number, path: string, message: string, headers?: Record<string, string>) =>
    send(res, status, { error: { path, message } } satisfies ErrorBody, headers);

  async function onRequest(req: IncomingMessage, res: ServerResponse) {
    const host = req.headers.host;
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return error(res, 403, '(request)', 'unexpected Host header: use http://127.0.0.1:<port>/intake');
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname !== INTAKE_PATH) return error(res, 404, '(request)', `no such path: POST events to ${INTAKE_PATH}`);
    if (req.method !== 'POST') return error(res, 405, '(request)', `method ${req.method ?? '?'} not allowed: POST events`, { Allow: 'POST' });
    if (!tokenMatches(options.token(), bearerToken(req.headers.authorization))) {
      return error(res, 401, '(request)', 'missing or wrong token: send Authorization: Bearer <token> (see intake-info)', {
        'WWW-Authenticate': 'Bearer realm="shiftdesk-intake"',
      });
    }
    // The body is read as JSON whatever its Content-Type says (`curl -d` sends a form type): the token
    // and the Host check, not the type, keep web pages out.
    let raw: Buffer;
    try {
      raw = await readBody(req, max);
    } catch (err) {
      if (err instanceof BodyTooLarge) {
        // The rest of the body is read and dropped (Node does so once the answer is sent), so the sender gets the 413.
        return error(res, 413, '(body)', `body larger than ${max} bytes`);
      }
      throw err;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(raw.toString('utf8'));
    } catch (err) {
      return error(res, 400, '(body)', `not valid JSON: ${(err as Error).message}`);
    }
    // Before anything recurses into it (the schema, the error text that quotes it).
    const shape = inputShapeIssue(payload);
    if (shape) return error(res, 400, formatPath(shape.path, '(body)'), shape.message);
    // Validated here too, to answer with the field's path as data (the core validates again).
    const parsed = intakePushSchema.safeParse(payload, { reportInput: true });
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      const missing = first.code === 'invalid_type' && first.input === undefined;
      return error(res, 400, formatPath(first.path, '(body)'), missing ? 'required, got nothing' : first.message);
    }
    const result = await options.dispatch('intake.push', payload);
    if (result.ok) return send(res, 200, result.value);
    const status = { invalid_input: 400, not_found: 404, conflict: 409, forbidden: 403 }[result.error.code as string] ?? 500;
    return error(res, status, '(body)', result.error.message);
  }

  const http = createServer((req, res) => {
    onRequest(req, res).catch((err: unknown) => {
      if (!res.headersSent) error(res, 500, '(request)', `internal error: ${err instanceof Error ? err.message : String(err)}`);
      else res.destroy();
    });
  });
  // Slow or stuck senders do not hold a connection for long.
  http.requestTimeout = 30_000;
  http.headersTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, '127.0.0.1', () => {
      http.off('error', reject);
      resolve();
    });
  });
  port = (http.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}${INTAKE_PATH}`,
    port,
    async close() {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
