import type { ShiftdeskBridge } from '../../../shared/contract/bridge';
import type { EventName, EventPayload, Result } from '../../../shared/contract/index';
import type { Transport } from '../transport';

/** The desktop bridge the preload exposes on `window.shiftdesk`, when there is one. */
export function findBridge(win: Window): ShiftdeskBridge | undefined {
  return (win as Window & { shiftdesk?: ShiftdeskBridge }).shiftdesk;
}

/** Desktop: each method is a named function of the preload bridge; the connection is always open. */
export function createIpcTransport(bridge: ShiftdeskBridge): Transport {
  return {
    request(method, payload) {
      const fn = bridge.methods[method] as ((payload: unknown) => Promise<Result<unknown>>) | undefined;
      if (!fn) return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: `the desktop bridge has no method ${method}` } });
      return fn(payload);
    },
    subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      const on = bridge.on[event] as (listener: (payload: EventPayload<E>) => void) => () => void;
      return on(listener);
    },
    connection: () => 'open',
    onConnection: () => () => {},
  };
}
