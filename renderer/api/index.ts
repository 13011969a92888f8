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
}

/** Browser mode: no desktop bridge, so the page (not the main process) shows notifications. */
export function isBrowserMode(win: Window = window): boolean {
  return findBridge(win) === undefined;
}

/** The app's client, always delegating to the current one. */
export const api: ApiClient = {
  call: (method, input) => getApiClient().call(method, input),
  on: (event, listener) => getApiClient().on(event, listener),
  connection: () => getApiClient().connection(),
  onConnection: (listener) => getApiClient().onConnection(listener),
};

export { createApiClient } from './client';
export type { ApiClient } from './client';
export { ApiError, errorText } from './errors';
export type { ApiErrorCode } from './errors';
export type { ConnectionState, Transport } from './transport';
