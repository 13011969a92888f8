import type { EventName, EventPayload, Result } from './index';

/**
 * The WebSocket protocol of browser mode (`electron/serve`): JSON text frames.
 * - client -> server: a request `{ id, method, payload }`;
 * - server -> client: its response `{ id, result }` (a contract `Result`), or an event `{ event, payload }`.
 * The connection itself carries the per-run token (`/api?token=...`); a wrong or missing token
 * is refused before any frame is read.
 *
 * A frame larger than `WS_MAX_FRAME_BYTES` ends the connection (close code 1009) before it is read;
 * the client refuses to send one, saying so. A frame that is not a request (`readWireRequest`) ends
 * it with close code 1007 and the reason; a request whose payload is wrong is answered like any other
 * (`{ ok: false, error: { code: 'invalid_input', message: 'method: path: ...' } }`).
 */
export const WS_PATH = '/api';
export const TOKEN_PARAM = 'token';

/**
 * The largest frame either side accepts: room for a workspace file of about 120,000 cases in
 * `workspace.import` (a larger one: `shiftdesk import FILE`, which reads it record by record), and
 * far below what the server could hold as text (V8 strings end at 512 MiB).
 */
export const WS_MAX_FRAME_BYTES = 128 * 1024 * 1024;

export interface WireRequest {
  id: number;
  method: string;
  payload: unknown;
}

export interface WireResponse {
  id: number;
  result: Result<unknown>;
}

export interface WireEvent<E extends EventName = EventName> {
  event: E;
  payload: EventPayload<E>;
}

export type ServerFrame = WireResponse | WireEvent;

/** A frame's text read as a request, or why it is not one (the close reason: short, it must fit 123 bytes). */
export function readWireRequest(text: string): WireRequest | { error: string } {
  let frame: unknown;
  try {
    frame = JSON.parse(text);
  } catch {
    return { error: 'not valid JSON' };
  }
  if (typeof frame !== 'object' || frame === null || Array.isArray(frame)) return { error: 'expected a request object { id, method, payload }' };
  const { id, method, payload } = frame as Partial<WireRequest>;
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) return { error: 'id: expected a whole number' };
  if (typeof method !== 'string') return { error: 'method: expected text' };
  return { id, method, payload };
}
