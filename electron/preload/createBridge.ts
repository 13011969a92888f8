import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { eventChannel, type BridgeEvents, type BridgeMethods, type ShiftdeskBridge } from '../../shared/contract/bridge';
import { EVENT_NAME_LIST, METHOD_NAME_LIST } from '../../shared/contract/names';

/**
 * Builds `window.shiftdesk` from the contract's names: one function per method (invoking the
 * channel of the same name) and one subscription per event. No zod here (the sandboxed preload
 * stays small; the main process validates), no generic send, no ipcRenderer handed out.
 */
export type PreloadIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function createBridge(ipc: PreloadIpc): ShiftdeskBridge {
  const methods = Object.fromEntries(
    METHOD_NAME_LIST.map((name) => [name, (payload: unknown) => ipc.invoke(name, payload)]),
  ) as unknown as BridgeMethods;

  const on = Object.fromEntries(
    EVENT_NAME_LIST.map((event) => [
      event,
      (listener: (payload: unknown) => void) => {
        // The renderer gets the payload only, never the IPC event (it carries the sender).
        const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
        ipc.on(eventChannel(event), relay);
        return () => {
          ipc.removeListener(eventChannel(event), relay);
        };
      },
    ]),
  ) as unknown as BridgeEvents;

  return Object.freeze({ methods: Object.freeze(methods), on: Object.freeze(on), face: 'desktop' });
}
