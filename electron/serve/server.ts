import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { EVENT_NAME_LIST } from '../../shared/contract/names';
import type { Result } from '../../shared/contract/result';
import { readWireRequest, TOKEN_PARAM, WS_MAX_FRAME_BYTES, WS_PATH, type ServerFrame, type WireRequest } from '../../shared/contract/wire';
import type { Core } from '../core/ports';
import { readStatic } from './staticFiles';
import { newToken, tokenMatches } from '../core/token';

/**
 * Browser mode's transport (DESIGN.md "One core, three faces"): the built renderer over HTTP and
 * the contract over a WebSocket, on 127.0.0.1 only (decision D6). The WebSocket, which reaches the
 * workspace, must carry the per-run token in its URL: without it the upgrade is refused with 401.
 * The page and its assets (the app's code, no workspace data) are served without it, so a reload
 * works with the token the page keeps in its own tab (sessionStorage); a page address that carries
 * a wrong token is refused with 401. No cookie: a cookie of 127.0.0.1 would go to every port of it.
 *
 * Whatever a client sends, the server keeps serving: frames over `WS_MAX_FRAME_BYTES` end that
 * connection before they are read, frames that are not requests end it with the reason, and every
 * request is answered (the dispatcher never rejects; should anything else fail, `internal`).
 */
export interface ServeOptions {
  /**
   * The core, or the promise of it while it opens (browser mode listens first, so the page loads
   * while the core's modules load and its database opens): requests wait for it, in order.
   */
  core: Core | Promise<Core>;
  /** The built renderer folder (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token (tests); random per run otherwise. */
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** The answer to a request that waited for a core that then failed to open. */
function notOpened(err: unknown): Result<never> {
  return { ok: false, error: { code: 'internal', message: `The workspace could not be opened: ${err instanceof Error ? err.message : String(err)}` } };
}

/** The answer to a request whose handling failed outside the dispatcher (it should not happen; the client still gets its answer). */
function failed(method: string, err: unknown): Result<never> {
  return { ok: false, error: { code: 'internal', message: `${method} failed: ${err instanceof Error ? err.message : String(err)}` } };
}

function securityHeaders(port: number): Record<string, string> {
  const self = [`ws://127.0.0.1:${port}`, `ws://localhost:${port}`].join(' ');
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      // Voicemail recordings (`isPlayableAudioUrl` of shared/contract/intake.ts): https, or http on this machine.
      "media-src 'self' blob: https: http://127.0.0.1:* http://localhost:*",
      `connect-src 'self' ${self}`,
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? newToken();
  const { staticDir } = options;
  let port = 0;
  // Until the core is open, requests queue on its promise (in arrival order); then they go straight to it.
  let core: Core | null = null;
  const opening = Promise.resolve(options.core);

  const allowedHost = (host: string | undefined) => host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  const allowedOrigin = (origin: string | undefined) =>
    origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;

  function refuse(res: ServerResponse, status: number, message: string) {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders(port) });
    res.end(`${message}\n`);
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse) {
    if (!allowedHost(req.headers.host)) return refuse(res, 403, 'Forbidden: unexpected Host header.');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const candidate = url.searchParams.get(TOKEN_PARAM);
    if (candidate !== null && !tokenMatches(token, candidate)) {
      return refuse(res, 401, 'Unauthorized: this address carries a wrong token; open the full address that `npm run serve` printed.');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.');
    try {
      decodeURIComponent(url.pathname);
    } catch {
      return refuse(res, 400, `Bad request: the path ${JSON.stringify(url.pathname.slice(0, 200))} has a malformed % escape.`);
    }
    const file = await readStatic(staticDir, url.pathname);
    if (!file) return refuse(res, 500, 'The renderer is not built: run `npm run build`.');
    res.writeHead(200, {
      'Content-Type': file.type,
      'Cache-Control': file.immutable ? 'private, max-age=31536000, immutable' : 'no-store',
      ...securityHeaders(port),
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  const http = createServer((req, res) => {
    onRequest(req, res).catch((err: unknown) => {
      if (res.headersSent) res.destroy();
      else refuse(res, 500, `Internal error: ${err instanceof Error ? err.message : String(err)}`);
    });
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_FRAME_BYTES });

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'invalid'}`);
    const authorized =
      allowedHost(req.headers.host) &&
      allowedOrigin(req.headers.origin) &&
      url.pathname === WS_PATH &&
      tokenMatches(token, url.searchParams.get(TOKEN_PARAM));
    if (!authorized) {
      socket.write('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveSocket(ws));
  });

  function send(ws: WebSocket, frame: ServerFrame) {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
  }

  async function answer(request: WireRequest): Promise<Result<unknown>> {
    let open: Core;
    try {
      open = core ?? (await opening);
    } catch (err) {
      return notOpened(err);
    }
    return open.dispatch(request.method, request.payload);
  }

  function serveSocket(ws: WebSocket) {
    // A frame over the size limit, or one that breaks the protocol (invalid UTF-8, a bad opcode): `ws`
    // closes the connection with the matching code and reports it here (unlistened, it would end the process).
    ws.on('error', () => undefined);
    ws.on('message', (data, isBinary) => {
      if (isBinary) return ws.close(1003, 'text frames only');
      const request = readWireRequest(String(data));
      if ('error' in request) return ws.close(1007, request.error);
      answer(request)
        .catch((err: unknown) => failed(request.method, err))
        .then((result) => send(ws, { id: request.id, result }))
        .catch(() => ws.close(1011, 'the answer could not be sent'));
    });
  }

  // Every core event reaches every open tab: `changed` (re-read), `notify` (the web notification
  // of an SLA alert) and `open` (what a clicked notification or centre entry is about).
  let closed = false;
  let offEvents: (() => void)[] = [];
  void opening.then(
    (open) => {
      if (closed) return;
      core = open;
      offEvents = EVENT_NAME_LIST.map((event) =>
        open.on(event, (payload) => {
          for (const client of wss.clients) send(client, { event, payload } as ServerFrame);
        }),
      );
    },
    () => undefined, // whoever opens the core reports its failure (electron/serve/index.ts)
  );

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (http.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?${TOKEN_PARAM}=${token}`,
    port,
    token,
    async close() {
      closed = true;
      for (const off of offEvents) off();
      for (const client of wss.clients) client.terminate();
      wss.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
