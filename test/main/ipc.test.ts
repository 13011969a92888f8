import type { BrowserWindow as ElectronWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appPage } from '../../electron/main/appPage';
import { createContractIpc, forwardCoreEvents, registerContractHandlers, trustedSender } from '../../electron/main/ipc';
import type { Core } from '../../electron/core/ports';
import { eventChannel } from '../../shared/contract/bridge';
import { createDispatch } from '../../shared/contract/dispatch';
import { METHOD_NAME_LIST, type EventName, type EventPayload, type Handlers } from '../../shared/contract/index';
import { BrowserWindow, ipcMain, resetElectronMock } from '../mocks/electron';

const page = appPage();
const appFrame = { url: 'app://shiftdesk/index.html#/queue' };

/** Handlers that answer which method ran with what input (the real dispatch validates before them). */
function stubHandlers() {
  const calls: { method: string; input: unknown }[] = [];
  const handlers = Object.fromEntries(
    METHOD_NAME_LIST.map((name) => [name, (input: unknown) => (calls.push({ method: name, input }), { handledBy: name })]),
  ) as unknown as Handlers;
  return { calls, handlers };
}

function register() {
  const stub = stubHandlers();
  const ipc = registerContractHandlers(ipcMain, createDispatch(stub.handlers), trustedSender(page));
  return { ...stub, ipc };
}

beforeEach(() => {
  resetElectronMock();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('registerContractHandlers', () => {
  it('registers exactly the contract method names, nothing else', () => {
    const { ipc } = register();
    expect(ipcMain.channels().sort()).toEqual([...METHOD_NAME_LIST].sort());
    expect(ipc.channels).toEqual([...METHOD_NAME_LIST]);
  });

  it('runs a valid call from the app page through the core', async () => {
    const { calls } = register();
    const result = await ipcMain.invoke('workspace.import', appFrame, { content: '{}' });
    expect(result).toEqual({ ok: true, value: { handledBy: 'workspace.import' } });
    expect(calls).toEqual([{ method: 'workspace.import', input: { content: '{}' } }]);
  });

  it('answers invalid_input for a payload the contract rejects, without running the handler', async () => {
    const { calls } = register();
    const result = (await ipcMain.invoke('workspace.import', appFrame, { content: 42 })) as { ok: boolean; error: { code: string; message: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toMatch(/workspace\.import: content/);
    expect(calls).toEqual([]);
  });

  it.each([
    ['a remote page', { url: 'https://evil.example.com/' }],
    ['another local file', { url: 'file:///tmp/evil.html' }],
    ['the built page opened as a file', { url: 'file:///opt/Shiftdesk/resources/app.asar/out/renderer/index.html' }],
    ['another file of the app', { url: 'app://shiftdesk/assets/evil.html' }],
    ['another host on the app scheme', { url: 'app://evil/index.html' }],
    ['the dev server origin in a packaged app', { url: 'http://localhost:5173/' }],
    ['a destroyed frame', null],
  ])('refuses %s with forbidden before the core sees the payload', async (_label, frame) => {
    const { calls } = register();
    const result = (await ipcMain.invoke('workspace.loadSample', frame, {})) as { ok: boolean; error: { code: string } };
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('refuses a second registration of the contract on the same ipcMain', () => {
    register();
    expect(() => register()).toThrow(/second handler/);
  });

  it('dispose removes every handler it registered', () => {
    const { ipc } = register();
    ipc.dispose();
    expect(ipcMain.channels()).toEqual([]);
  });
});

describe('createContractIpc (the one wrapper)', () => {
  const run = async () => ({ ok: true as const, value: null });

  it('throws when asked to register a channel that is not a contract method', () => {
    const ipc = createContractIpc(ipcMain, trustedSender(page));
    expect(() => ipc.handle('shell.exec', run)).toThrow(/"shell\.exec" is not a contract method/);
    expect(ipcMain.handle).not.toHaveBeenCalled();
  });

  it('refuses a duplicate channel itself, before Electron would', () => {
    const ipc = createContractIpc(ipcMain, trustedSender(page));
    ipc.handle('queue.list', run);
    expect(() => ipc.handle('queue.list', run)).toThrow(/already registered/);
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
  });
});

describe('forwardCoreEvents', () => {
  function fakeCore() {
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    const core: Pick<Core, 'on'> = {
      on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => {
        const set = listeners.get(event) ?? new Set();
        listeners.set(event, set);
        set.add(listener as (payload: unknown) => void);
        return () => set.delete(listener as (payload: unknown) => void);
      },
    };
    const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload));
    return { core, emit };
  }

  it('sends `changed` to every window showing the app page, and stops after unsubscribe', () => {
    const { core, emit } = fakeCore();
    const first = new BrowserWindow();
    const second = new BrowserWindow();
    const foreign = new BrowserWindow();
    const closed = new BrowserWindow();
    first.webContents.url = second.webContents.url = closed.webContents.url = appFrame.url;
    foreign.webContents.url = 'https://evil.example.com/';
    closed.destroyed = true;
    const all = [first, second, foreign, closed] as unknown as ElectronWindow[];

    const stop = forwardCoreEvents(core, () => all, page);
    emit('changed', { topics: ['cases'] });
    expect(first.webContents.send).toHaveBeenCalledWith(eventChannel('changed'), { topics: ['cases'] });
    expect(second.webContents.send).toHaveBeenCalledWith(eventChannel('changed'), { topics: ['cases'] });
    expect(foreign.webContents.send).not.toHaveBeenCalled();
    expect(closed.webContents.send).not.toHaveBeenCalled();

    stop();
    emit('changed', { topics: ['agents'] });
    expect(first.webContents.send).toHaveBeenCalledTimes(1);
  });
});
