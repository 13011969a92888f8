import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

/**
 * The one typed mock of the `electron` module (DESIGN.md example 12), aliased for the `main`
 * vitest project (vitest.config.ts). Every Electron API the main process and the preload touch
 * is a `vi.fn()`; behaviour that the code relies on is imitated faithfully (e.g. `ipcMain.handle`
 * throws on a second handler for a channel, like Electron). Tests import the helpers from this
 * file directly; `resetElectronMock()` restores the initial state between tests.
 */

export interface FakeNavigationEvent {
  url: string;
  preventDefault: ReturnType<typeof vi.fn>;
  readonly defaultPrevented: boolean;
}

/** An event like Electron's `Event<...Params>`: records whether `preventDefault()` was called. */
export function navigationEvent(url: string): FakeNavigationEvent {
  const event = {
    url,
    defaultPrevented: false,
    preventDefault: vi.fn(() => {
      event.defaultPrevented = true;
    }),
  };
  return event;
}

export class MockWebContents extends EventEmitter {
  url = '';
  readonly send = vi.fn<(channel: string, ...args: unknown[]) => void>();
  readonly setWindowOpenHandler = vi.fn<(handler: (details: { url: string }) => { action: 'allow' | 'deny' }) => void>();
  readonly getURL = vi.fn(() => this.url);
  /** What `setWindowOpenHandler`'s handler answers for `url` (as if the page called window.open). */
  windowOpen(url: string): { action: 'allow' | 'deny' } | undefined {
    const handler = this.setWindowOpenHandler.mock.lastCall?.[0];
    return handler?.({ url });
  }
}

const windows: BrowserWindow[] = [];

export class BrowserWindow extends EventEmitter {
  static readonly getAllWindows = vi.fn(() => windows.filter((win) => !win.destroyed));
  readonly webContents = new MockWebContents();
  destroyed = false;
  minimized = false;
  visible = false;
  readonly loadFile = vi.fn(async (path: string) => {
    this.webContents.url = new URL(`file://${path}`).href;
  });
  readonly loadURL = vi.fn(async (url: string) => {
    this.webContents.url = url;
  });
  readonly show = vi.fn(() => {
    this.visible = true;
  });
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly isMinimized = vi.fn(() => this.minimized);
  readonly isVisible = vi.fn(() => this.visible);
  readonly isDestroyed = vi.fn(() => this.destroyed);
  maximized = false;
  readonly maximize = vi.fn(() => {
    this.maximized = true;
  });
  readonly isMaximized = vi.fn(() => this.maximized);
  readonly getNormalBounds = vi.fn(() => ({
    x: (this.options.x as number | undefined) ?? 0,
    y: (this.options.y as number | undefined) ?? 0,
    width: (this.options.width as number | undefined) ?? 800,
    height: (this.options.height as number | undefined) ?? 600,
  }));
  readonly close = vi.fn(() => {
    this.destroyed = true;
    this.emit('closed');
  });
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    windows.push(this);
  }
}

type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;
const ipcHandlers = new Map<string, IpcHandler>();

export const ipcMain = Object.assign(new EventEmitter(), {
  handle: vi.fn((channel: string, handler: IpcHandler) => {
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcHandlers.delete(channel);
  }),
  /** The channels that have a handler. */
  channels: (): string[] => [...ipcHandlers.keys()],
  /** Calls the handler of `channel` as Electron would for `ipcRenderer.invoke` from `senderFrame`. */
  invoke: async (channel: string, senderFrame: { url: string } | null, ...args: unknown[]): Promise<unknown> => {
    const handler = ipcHandlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame, sender: null }, ...args);
  },
});

export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => ({ ok: true, value: {} })),
  send: vi.fn(),
  sendSync: vi.fn(),
});

const exposed = new Map<string, unknown>();
export const contextBridge = {
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    if (exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
    exposed.set(key, api);
  }),
  /** What the preload exposed under `key`. */
  exposed: (key: string): unknown => exposed.get(key),
};

const paths = new Map<string, string>();
export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  enableSandbox: vi.fn(),
  getPath: vi.fn((name: string) => {
    let path = paths.get(name);
    if (!path) {
      path = mkdtempSync(join(tmpdir(), `shiftdesk-mock-${name}-`));
      paths.set(name, path);
    }
    return path;
  }),
  setPath: vi.fn((name: string, path: string) => {
    paths.set(name, path);
  }),
  getVersion: vi.fn(() => '0.0.0-test'),
  getName: vi.fn(() => 'Shiftdesk'),
  requestSingleInstanceLock: vi.fn(() => true),
  setAppUserModelId: vi.fn(),
  isReady: vi.fn(() => true),
  whenReady: vi.fn(async () => undefined),
  quit: vi.fn(),
  exit: vi.fn(),
});

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  },
};

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  openPath: vi.fn(async (_path: string) => ''),
};

export const dialog = { showErrorBox: vi.fn() };

/** One 1920x1080 display by default (work area without a 40 px taskbar). */
export const screen = {
  getAllDisplays: vi.fn(() => [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
};

export class Notification extends EventEmitter {
  static readonly isSupported = vi.fn(() => true);
  static readonly created: Notification[] = [];
  readonly show = vi.fn();
  readonly close = vi.fn(() => {
    this.emit('close');
  });
  constructor(readonly options: { title?: string; body?: string } = {}) {
    super();
    Notification.created.push(this);
  }
}

/** Emits 'suspend', 'resume', 'unlock-screen' when a test says so. */
export const powerMonitor = new EventEmitter();

export const webContents = {
  getAllWebContents: vi.fn(() => windows.map((win) => win.webContents)),
  getFocusedWebContents: vi.fn(() => null),
};

/** Back to the initial state: no windows, handlers, exposed APIs or recorded calls. */
export function resetElectronMock(): void {
  windows.length = 0;
  ipcHandlers.clear();
  exposed.clear();
  paths.clear();
  Notification.created.length = 0;
  for (const emitter of [app, ipcMain, ipcRenderer, powerMonitor]) emitter.removeAllListeners();
  vi.clearAllMocks();
}

const electron = { app, BrowserWindow, contextBridge, dialog, ipcMain, ipcRenderer, Notification, powerMonitor, screen, session, shell, webContents };
export default electron;
