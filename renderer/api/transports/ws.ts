import type { ChangeTopic, EventName, EventPayload, MethodName, Result } from '../../../shared/contract/index';
import { TOKEN_PARAM, WS_MAX_FRAME_BYTES, WS_PATH, type ServerFrame, type WireRequest } from '../../../shared/contract/wire';
import { STARTUP_MARKS, markStartup } from '../../lib/startupMarks';
import { ApiError } from '../errors';
import type { ConnectionState, Transport } from '../transport';

/** The part of the browser's WebSocket this transport uses (a fake one in tests). */
export interface SocketLike {
  send(data: string): void;
  close(): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export interface WsTransportOptions {
  /** `ws(s)://host/api?token=...`, or null when the page was opened without a token. */
  url: string | null;
  createSocket?: (url: string) => SocketLike;
  /** Schedules a reconnect; returns its cancel function. */
  schedule?: (fn: () => void, ms: number) => () => void;
  /** Delay before reconnect attempt `attempt` (0-based). */
  backoffMs?: (attempt: number) => number;
  /** The largest request frame the server takes (`WS_MAX_FRAME_BYTES`; smaller in tests). */
  maxFrameBytes?: number;
}

const TOKEN_STORAGE_KEY = 'shiftdesk.token';

/**
 * Every change topic, for the catch-up event after a reconnect. Spelled out (a missing topic is
 * a compile error) so the renderer does not bundle the contract's zod schemas for one list.
 */
const EVERY_TOPIC: Record<ChangeTopic, true> = {
  workspace: true,
  cases: true,
  interactions: true,
  agents: true,
  session: true,
  alerts: true,
  settings: true,
  filters: true,
  sweep: true,
  audit: true,
  checklist: true,
  sync: true,
};
const ALL_TOPICS = Object.keys(EVERY_TOPIC) as ChangeTopic[];

/** Whether the frame is over `max` UTF-8 bytes (a character is 1 to 3 bytes: encoded only when that decides it). */
function overLimit(frame: string, max: number): boolean {
  if (frame.length * 3 <= max) return false;
  return frame.length > max || new TextEncoder().encode(frame).length > max;
}

/** 250 ms, 500 ms, 1 s, 2 s, 4 s, then every 8 s. */
export function defaultBackoffMs(attempt: number): number {
  return Math.min(250 * 2 ** attempt, 8_000);
}

/**
 * The API address of browser mode. The token arrives once in the address (`?token=...`): it is
 * kept in sessionStorage (so a reload still works) and removed from the address bar, so it is
 * not shown, bookmarked or shared by accident.
 */
export function wsUrlFromLocation(location: Location, storage: Storage, history: History): string | null {
  const address = new URL(location.href);
  const fromAddress = address.searchParams.get(TOKEN_PARAM);
  if (fromAddress) {
    storage.setItem(TOKEN_STORAGE_KEY, fromAddress);
    address.searchParams.delete(TOKEN_PARAM);
    history.replaceState(history.state, '', address.pathname + address.search + address.hash);
  }
  const token = fromAddress || storage.getItem(TOKEN_STORAGE_KEY);
  if (!token) return null;
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}${WS_PATH}?${TOKEN_PARAM}=${encodeURIComponent(token)}`;
}

interface Pending {
  resolve(result: Result<unknown>): void;
  reject(err: unknown): void;
  frame: string;
}

/**
 * Browser mode: the contract over one WebSocket. Requests carry ids matched by the responses;
 * requests made while (re)connecting wait and are sent once open; requests in flight when the
 * connection drops fail with `disconnected` (they may or may not have run). After a reconnect
 * every listener gets a `changed` for all topics, since events may have been missed meanwhile.
 */
export function createWsTransport(options: WsTransportOptions): Transport {
  const createSocket = options.createSocket ?? ((url: string) => new WebSocket(url) as unknown as SocketLike);
  const schedule =
    options.schedule ??
    ((fn: () => void, ms: number) => {
      const handle = setTimeout(fn, ms);
      return () => clearTimeout(handle);
    });
  const backoffMs = options.backoffMs ?? defaultBackoffMs;
  const maxFrameBytes = options.maxFrameBytes ?? WS_MAX_FRAME_BYTES;

  let state: ConnectionState = options.url ? 'connecting' : 'no_token';
  let socket: SocketLike | null = null;
  let attempt = 0;
  let everOpen = false;
  let nextId = 1;
  const waiting: number[] = [];
  const inFlight = new Map<number, Pending>();
  const pending = new Map<number, Pending>();
  const eventListeners = new Map<EventName, Set<(payload: never) => void>>();
  const stateListeners = new Set<(state: ConnectionState) => void>();

  function setState(next: ConnectionState): void {
    if (next === state) return;
    state = next;
    for (const listener of [...stateListeners]) listener(next);
  }

  function emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of [...(eventListeners.get(event) ?? [])]) (listener as (p: EventPayload<E>) => void)(payload);
  }

  function flush(): void {
    while (socket && state === 'open' && waiting.length > 0) {
      const id = waiting.shift()!;
      const request = pending.get(id);
      if (!request) continue;
      pending.delete(id);
      inFlight.set(id, request);
      socket.send(request.frame);
    }
  }

  function onFrame(data: unknown): void {
    let frame: ServerFrame;
    try {
      frame = JSON.parse(String(data)) as ServerFrame;
    } catch {
      return;
    }
    if ('id' in frame) {
      const request = inFlight.get(frame.id);
      if (!request) return;
      inFlight.delete(frame.id);
      request.resolve(frame.result);
    } else if ('event' in frame) {
      emit(frame.event, frame.payload);
    }
  }

  function connect(url: string): void {
    const current = createSocket(url);
    socket = current;
    current.onopen = () => {
      if (socket !== current) return;
      attempt = 0;
      markStartup(STARTUP_MARKS.wsOpen);
      const reopened = everOpen;
      everOpen = true;
      setState('open');
      flush();
      if (reopened) emit('changed', { topics: [...ALL_TOPICS] });
    };
    current.onmessage = (ev) => {
      if (socket === current) onFrame(ev.data);
    };
    current.onerror = () => {};
    current.onclose = () => {
      if (socket !== current) return;
      socket = null;
      for (const [id, request] of inFlight) {
        inFlight.delete(id);
        request.reject(new ApiError('disconnected', 'The connection to Shiftdesk was lost before this finished. Please try again.'));
      }
      setState(everOpen ? 'reconnecting' : 'unreachable');
      schedule(() => connect(url), backoffMs(attempt++));
    };
  }

  if (options.url) connect(options.url);

  return {
    request(method: MethodName, payload: unknown) {
      if (state === 'no_token') {
        return Promise.resolve({
          ok: false,
          error: { code: 'forbidden', message: 'This page was opened without its access link. Open the address printed by "shiftdesk serve" again.' },
        });
      }
      const id = nextId++;
      const frame = JSON.stringify({ id, method, payload } satisfies WireRequest);
      // The server would end the connection at such a frame (every request in flight lost): say why instead.
      if (overLimit(frame, maxFrameBytes)) {
        const mib = Math.floor(maxFrameBytes / (1024 * 1024));
        return Promise.resolve({
          ok: false,
          error: { code: 'invalid_input', message: `${method}: the request is larger than ${mib} MiB, the most browser mode takes (a workspace file that large: shiftdesk import FILE)` },
        });
      }
      return new Promise<Result<unknown>>((resolve, reject) => {
        pending.set(id, { resolve, reject, frame });
        waiting.push(id);
        flush();
      });
    },
    subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      const set = eventListeners.get(event) ?? new Set();
      eventListeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => {
        set.delete(listener as (payload: never) => void);
      };
    },
    connection: () => state,
    onConnection(listener) {
      stateListeners.add(listener);
      return () => {
        stateListeners.delete(listener);
      };
    },
  };
}
