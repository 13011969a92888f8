import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './createBridge';

/**
 * The sandboxed preload (built to out/preload/index.cjs, CommonJS): exposes the contract's
 * named API as `window.shiftdesk` (type `ShiftdeskBridge`, shared/contract/bridge.ts).
 */
contextBridge.exposeInMainWorld('shiftdesk', createBridge(ipcRenderer));
