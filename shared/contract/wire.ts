import type { EventName, EventPayload, Result } from './index';

/**
 * The WebSocket protocol of browser mode (`electron/serve`): JSON text frames.
 * - client -> server: a request `{ id, method, payload }`;
 * - server -> client: its response `{ id, result }` (a contract `Result`), or an event `{ event, payload }`.
 * The connection itself carries the per-run token (`/api?token=...`); a wrong or missing token
 * is refused before any frame is read.
 */
export const WS_PATH = '/api';
export const TOKEN_PARAM = 'token';

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
