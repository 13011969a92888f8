import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { eventChannel } from '../../shared/contract/bridge';
import type { Dispatch } from '../../shared/contract/dispatch';
import { EVENT_NAME_LIST, METHOD_NAME_LIST } from '../../shared/contract/names';
import { fail, type Result } from '../../shared/contract/result';
import type { Core } from '../core/ports';
import type { AppPage } from './appPage';

/**
 * IPC between the renderer and the core (DESIGN.md examples 3-5): one wrapper registers a handler
 * per contract method, refuses unknown and duplicate channels, and answers a sender frame that
 * is not the app's own page with `forbidden` before the core sees the payload. The core's
 * `dispatch` validates the payload (zod) and returns a `Result`: nothing throws across IPC.
 */

export type SenderFrame = Pick<WebFrameMain, 'url'> | null | undefined;
export type IsTrustedSender = (frame: SenderFrame) => boolean;
export type IpcMainLike = Pick<IpcMain, 'handle' | 'removeHandler'>;
type Run = (payload: unknown) => Promise<Result<unknown>>;

/** Trusts exactly the frames showing the app's own page (a destroyed or navigated-away frame is `null`). */
export function trustedSender(page: AppPage): IsTrustedSender {
  return (frame) => frame != null && page.isOwn(frame.url);
}

export interface ContractIpc {
  /** Registers `run` for a contract method name; throws for an unknown name or a second registration. */
  handle(channel: string, run: Run): void;
  /** The channels registered so far, in order. */
  readonly channels: readonly string[];
  /** Removes every handler this wrapper registered. */
  dispose(): void;
}

const CONTRACT_CHANNELS: ReadonlySet<string> = new Set(METHOD_NAME_LIST);

export function createContractIpc(ipcMain: IpcMainLike, isTrustedSender: IsTrustedSender): ContractIpc {
  const channels: string[] = [];
  return {
    channels,
    handle(channel, run) {
      if (!CONTRACT_CHANNELS.has(channel)) throw new Error(`IPC: ${JSON.stringify(channel)} is not a contract method; refusing to register it`);
      if (channels.includes(channel)) throw new Error(`IPC: a handler for ${JSON.stringify(channel)} is already registered`);
      ipcMain.handle(channel, (event: IpcMainInvokeEvent, payload: unknown) => {
        if (!isTrustedSender(event.senderFrame)) {
          console.warn(`Shiftdesk: refused ${channel} from a foreign frame: ${JSON.stringify(event.senderFrame?.url ?? null)}`);
          return Promise.resolve(fail('forbidden', `${channel}: the caller is not the app's own page`));
        }
        return run(payload);
      });
      channels.push(channel);
    },
    dispose() {
      for (const channel of channels.splice(0)) ipcMain.removeHandler(channel);
    },
  };
}

/** Registers one handler for each method of the contract, each calling the core's `dispatch`. */
export function registerContractHandlers(ipcMain: IpcMainLike, dispatch: Dispatch, isTrustedSender: IsTrustedSender): ContractIpc {
  const ipc = createContractIpc(ipcMain, isTrustedSender);
  for (const name of METHOD_NAME_LIST) ipc.handle(name, (payload) => dispatch(name, payload));
  return ipc;
}

export type EventWindow = Pick<BrowserWindow, 'isDestroyed'> & { webContents: Pick<BrowserWindow['webContents'], 'send' | 'getURL'> };

/**
 * Forwards every contract event of the core (`changed`, ...) to each open window showing the app's
 * page, on `eventChannel(name)`. Returns the unsubscribe function.
 */
export function forwardCoreEvents(core: Pick<Core, 'on'>, windows: () => readonly EventWindow[], page: AppPage): () => void {
  const unsubscribes = EVENT_NAME_LIST.map((event) =>
    core.on(event, (payload) => {
      for (const win of windows()) {
        if (!win.isDestroyed() && page.isOwn(win.webContents.getURL())) win.webContents.send(eventChannel(event), payload);
      }
    }),
  );
  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
  };
}
