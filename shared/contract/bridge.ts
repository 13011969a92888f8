import type { EventName, EventPayload, Input, MethodName, Output, Result } from './index';

/**
 * What the preload exposes on `window.shiftdesk` (desktop): one named function per contract
 * method and one subscription per event, generated from the contract's names. No generic
 * `send(channel, ...)`, no raw ipcRenderer (DESIGN.md "Avoid").
 */
export type BridgeMethods = { [M in MethodName]: (payload: Input<M>) => Promise<Result<Output<M>>> };
export type BridgeEvents = { [E in EventName]: (listener: (payload: EventPayload<E>) => void) => () => void };

export interface ShiftdeskBridge {
  methods: BridgeMethods;
  on: BridgeEvents;
  /** `desktop` under Electron. */
  face: 'desktop';
}

/** The IPC channel an event is sent on, main -> renderer. Methods use their own name as channel. */
export function eventChannel(event: EventName): string {
  return `event:${event}`;
}
