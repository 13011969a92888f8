import type { Input, MethodName, Output } from '../../shared/contract/index';
import { createApiClient, type ApiClient } from './client';
import { createIpcTransport, findBridge } from './transports/ipc';
import { createWsTransport, wsUrlFromLocation } from './transports/ws';

/**
 * The app's one client of the core: IPC when the desktop preload exposed `window.shiftdesk`,
 * else the WebSocket of browser mode. Created on first use; `setApiClient` swaps it (tests).
 */
let current: ApiClient | null = null;

function createDefaultClient(): ApiClient {
  const bridge = findBridge(window);
  if (bridge) return createApiClient(createIpcTransport(bridge));
  return createApiClient(createWsTransport({ url: wsUrlFromLocation(window.location, window.sessionStorage, window.history) }));
}

export function getApiClient(): ApiClient {
  current ??= createDefaultClient();
  return current;
}

/** Replaces the app's client (a fake one in tests); `null` goes back to the default on next use. */
export function setApiClient(client: ApiClient | null): void {
  current = client;
  early.clear();
  stopWatchingChanges?.();
  stopWatchingChanges = null;
}

/** Browser mode: no desktop bridge, so the page (not the main process) shows notifications. */
export function isBrowserMode(win: Window = window): boolean {
  return findBridge(win) === undefined;
}

/** Answers asked for ahead of the app (`prefetch`), by method and input, until the app asks. */
const early = new Map<string, Promise<unknown>>();
let stopWatchingChanges: (() => void) | null = null;
const earlyKey = (method: MethodName, input: unknown) => `${method} ${JSON.stringify(input)}`;

/**
 * Asks the core now for reads the app will make once its code has loaded (renderer/boot.ts): the
 * app's first `api.call` with the same method and input then gets this answer instead of asking
 * again. A `changed` event before then drops every answer not yet taken (the app asks afresh), so
 * an early answer is never older than what the app would have read itself.
 */
export function prefetch<M extends MethodName>(method: M, input: Input<M>): void {
  const client = getApiClient();
  const answer = client.call(method, input);
  answer.catch(() => undefined); // whoever takes it sees the failure; an answer never taken stays quiet
  early.set(earlyKey(method, input), answer);
  stopWatchingChanges ??= client.on('changed', () => {
    early.clear();
    stopWatchingChanges?.();
    stopWatchingChanges = null;
  });
}

function takeEarly(method: MethodName, input: unknown): Promise<unknown> | undefined {
  if (early.size === 0) return undefined;
  const key = earlyKey(method, input);
  const answer = early.get(key);
  early.delete(key);
  if (early.size === 0) {
    stopWatchingChanges?.();
    stopWatchingChanges = null;
  }
  return answer;
}

/** The app's client, always delegating to the current one. */
export const api: ApiClient = {
  call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
    return (takeEarly(method, input) as Promise<Output<M>> | undefined) ?? getApiClient().call(method, input);
  },
  on: (event, listener) => getApiClient().on(event, listener),
  connection: () => getApiClient().connection(),
  onConnection: (listener) => getApiClient().onConnection(listener),
};

export { createApiClient } from './client';
export type { ApiClient } from './client';
export { ApiError, errorText } from './errors';
export type { ApiErrorCode } from './errors';
export type { ConnectionState, Transport } from './transport';
