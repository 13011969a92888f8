import type { EventName, EventPayload, MethodName, Result } from '../../shared/contract/index';

/**
 * How the shell reaches the core. `open`: requests flow; `connecting`/`reconnecting`: browser
 * mode is (re)opening its WebSocket and queues new requests; `unreachable`: it has never
 * connected (server gone, or a link from an earlier run whose token no longer works) and keeps
 * trying; `no_token`: the page was opened without the link's token, so it cannot connect at all.
 */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'unreachable' | 'no_token';

/** One way to carry the contract (IPC on the desktop, WebSocket in browser mode). */
export interface Transport {
  /** Sends one request; resolves with the core's `Result` (never rejects for an expected failure). */
  request(method: MethodName, payload: unknown): Promise<Result<unknown>>;
  /** Subscribes to a contract event; returns its unsubscribe function. */
  subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  connection(): ConnectionState;
  onConnection(listener: (state: ConnectionState) => void): () => void;
}
