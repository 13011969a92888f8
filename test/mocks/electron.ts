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
    this.emit('maximize');
  });
  readonly isMaximized = vi.fn(() => this.maximized);
  readonly unmaximize = vi.fn(() => {
    this.maximized = false;
  });
  /** The window's bounds live in `options` (x, y, width, height), as it was created. */
  readonly getNormalBounds = vi.fn(() => ({
    x: (this.options.x as number | undefined) ?? 0,
    y: (this.options.y as number | undefined) ?? 0,
    width: (this.options.width as number | undefined) ?? 800,
    height: (this.options.height as number | undefined) ?? 600,
  }));
  readonly getBounds = vi.fn(() => this.getNormalBounds());
  /** Like Electron: a size below the minimum size is raised to it. */
  readonly setBounds = vi.fn((bounds: Partial<{ x: number; y: number; width: number; height: number }>) => {
    const [minWidth, minHeight] = this.getMinimumSize();
    for (const key of ['x', 'y'] as const) if (bounds[key] !== undefined) this.options[key] = bounds[key];
    if (bounds.width !== undefined) this.options.width = Math.max(bounds.width, minWidth ?? 0);
    if (bounds.height !== undefined) this.options.height = Math.max(bounds.height, minHeight ?? 0);
  });
  readonly center = vi.fn();
  readonly getMinimumSize = vi.fn((): number[] => [(this.options.minWidth as number | undefined) ?? 0, (this.options.minHeight as number | undefined) ?? 0]);
  readonly setMinimumSize = vi.fn((width: number, height: number) => {
    this.options.minWidth = width;
    this.options.minHeight = height;
  });
  alwaysOnTop = false;
  readonly setAlwaysOnTop = vi.fn((flag: boolean) => {
    this.alwaysOnTop = flag;
  });
  readonly isAlwaysOnTop = vi.fn(() => this.alwaysOnTop);
  fullScreen = false;
  readonly isFullScreen = vi.fn(() => this.fullScreen);
  readonly setFullScreen = vi.fn((flag: boolean) => {
    this.fullScreen = flag;
  });
  title = '';
  readonly setTitle = vi.fn((title: string) => {
    this.title = title;
  });
  readonly getTitle = vi.fn(() => this.title);
  readonly hide = vi.fn(() => {
    this.visible = false;
  });
  /** Destroys the window at once (no `close` event), like Electron's `destroy()`. */
  readonly close = vi.fn(() => {
    this.destroyed = true;
    this.emit('closed');
  });
  /**
   * What Electron's `close()` and the title bar's close button do: `close` (preventable), then
   * `closed` unless a listener prevented it. True when the window closed.
   */
  requestClose(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => void (prevented = true) });
    if (prevented) return false;
    this.destroyed = true;
    this.emit('closed');
    return true;
  }
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    this.title = (options.title as string | undefined) ?? '';
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
const loginItem = { openAtLogin: false };
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
  setLoginItemSettings: vi.fn((settings: { openAtLogin?: boolean }) => {
    loginItem.openAtLogin = settings.openAtLogin ?? false;
  }),
  getLoginItemSettings: vi.fn(() => ({ ...loginItem })),
  setBadgeCount: vi.fn((_count?: number) => true),
  /** macOS only in Electron (undefined elsewhere); present here so either platform can be tested. */
  dock: { setBadge: vi.fn((_text: string) => undefined) },
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

type ProtocolHandler = (request: Request) => Response | Promise<Response>;
const protocolHandlers = new Map<string, ProtocolHandler>();

/**
 * `registerSchemesAsPrivileged` records its schemes and, like Electron, may be called only before
 * `ready` (here: before `app.whenReady()` was called); `handle` throws for a scheme that has a handler.
 * `fetch(url, init)` asks the registered handler as a page's request would.
 */
export const protocol = {
  registerSchemesAsPrivileged: vi.fn((_schemes: { scheme: string; privileges?: Record<string, boolean> }[]) => {
    if (app.whenReady.mock.calls.length > 0) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
  }),
  handle: vi.fn((scheme: string, handler: ProtocolHandler) => {
    if (protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    protocolHandlers.set(scheme, handler);
  }),
  unhandle: vi.fn((scheme: string) => {
    protocolHandlers.delete(scheme);
  }),
  isProtocolHandled: vi.fn((scheme: string) => protocolHandlers.has(scheme)),
  fetch: async (url: string, init?: RequestInit & { initiatorOrigin?: string | null }): Promise<Response> => {
    const handler = protocolHandlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME: ${url}`);
    const request = Object.assign(new Request(url, init), init?.initiatorOrigin !== undefined ? { initiatorOrigin: init.initiatorOrigin } : {});
    return handler(request);
  },
};

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  openPath: vi.fn(async (_path: string) => ''),
};

export const dialog = {
  showErrorBox: vi.fn(),
  /** Answers as if the first button was chosen (`mockResolvedValueOnce` for another). */
  showMessageBox: vi.fn(async (_options: { message: string; detail?: string; buttons?: string[] }) => ({ response: 0, checkboxChecked: false })),
};

interface MockRectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface MockDisplay {
  id: number;
  bounds: MockRectangle;
  workArea: MockRectangle;
}
const defaultDisplays = (): MockDisplay[] => [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
let displays = defaultDisplays();

const overlap = (a: MockRectangle, b: MockRectangle) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * One 1920x1080 display by default (work area without a 40 px taskbar); `setDisplays` replaces
 * them (emit 'display-removed' etc. by hand). `getDisplayMatching` answers like Electron: the
 * display the rectangle overlaps most, else the primary (first) one.
 */
export const screen = Object.assign(new EventEmitter(), {
  getAllDisplays: vi.fn(() => displays),
  getPrimaryDisplay: vi.fn(() => displays[0]!),
  getDisplayMatching: vi.fn((rect: MockRectangle) => {
    let best = displays[0]!;
    for (const d of displays) if (overlap(d.bounds, rect) > overlap(best.bounds, rect)) best = d;
    return best;
  }),
  setDisplays(next: MockDisplay[]) {
    displays = next;
  },
});

/** Like Electron's NativeImage as far as the main process uses it. */
export class NativeImage {
  constructor(
    readonly path: string,
    readonly size: { width: number; height: number } = { width: 512, height: 512 },
  ) {}
  readonly resize = vi.fn((options: { width?: number; height?: number }) => new NativeImage(this.path, { width: options.width ?? this.size.width, height: options.height ?? this.size.height }));
  readonly getSize = vi.fn(() => this.size);
  readonly isEmpty = vi.fn(() => false);
  readonly setTemplateImage = vi.fn();
}

export const nativeImage = {
  createFromPath: vi.fn((path: string) => new NativeImage(path)),
  createFromDataURL: vi.fn((url: string) => new NativeImage(url)),
  createEmpty: vi.fn(() => new NativeImage('', { width: 0, height: 0 })),
};

/** A menu item as given to `Menu.buildFromTemplate` (the fields the tests read and click). */
export interface MockMenuItem {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  checked?: boolean;
  enabled?: boolean;
  accelerator?: string;
  registerAccelerator?: boolean;
  click?: (item: MockMenuItem, win: unknown, event: unknown) => void;
  submenu?: MockMenuItem[];
}

let applicationMenu: Menu | null = null;

/** `Menu.buildFromTemplate` keeps the template; `find` and `click` work on it like a user would. */
export class Menu {
  static readonly buildFromTemplate = vi.fn((template: MockMenuItem[]) => new Menu(template));
  static readonly setApplicationMenu = vi.fn((menu: Menu | null) => {
    applicationMenu = menu;
  });
  static readonly getApplicationMenu = vi.fn(() => applicationMenu);
  constructor(readonly items: MockMenuItem[]) {}
  /** Every item, submenus included, in order. */
  all(): MockMenuItem[] {
    const walk = (items: MockMenuItem[]): MockMenuItem[] => items.flatMap((i) => [i, ...walk(i.submenu ?? [])]);
    return walk(this.items);
  }
  /** The item with this id, or else this label. */
  find(idOrLabel: string): MockMenuItem | undefined {
    return this.all().find((i) => i.id === idOrLabel) ?? this.all().find((i) => i.label === idOrLabel);
  }
  /** Clicks an item as Electron does: a checkbox flips its `checked` first; a disabled item does nothing. */
  click(idOrLabel: string): void {
    const item = this.find(idOrLabel);
    if (!item) throw new Error(`no menu item ${idOrLabel}`);
    if (item.enabled === false) return;
    if (item.type === 'checkbox') item.checked = !item.checked;
    if (item.type === 'radio') item.checked = true;
    item.click?.(item, undefined, {});
  }
}

export class Tray extends EventEmitter {
  static readonly created: Tray[] = [];
  toolTip = '';
  title = '';
  contextMenu: Menu | null = null;
  destroyed = false;
  readonly setToolTip = vi.fn((text: string) => {
    this.toolTip = text;
  });
  readonly setTitle = vi.fn((text: string) => {
    this.title = text;
  });
  readonly setContextMenu = vi.fn((menu: Menu | null) => {
    this.contextMenu = menu;
  });
  readonly setImage = vi.fn();
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
  });
  readonly isDestroyed = vi.fn(() => this.destroyed);
  constructor(readonly image: NativeImage) {
    super();
    Tray.created.push(this);
  }
}

const shortcuts = new Map<string, () => void>();
/** Keys another application holds: registering them fails, as in Electron. */
const takenShortcuts = new Set<string>();
export const globalShortcut = {
  register: vi.fn((accelerator: string, callback: () => void) => {
    if (takenShortcuts.has(accelerator) || shortcuts.has(accelerator)) return false;
    shortcuts.set(accelerator, callback);
    return true;
  }),
  unregister: vi.fn((accelerator: string) => {
    shortcuts.delete(accelerator);
  }),
  unregisterAll: vi.fn(() => shortcuts.clear()),
  isRegistered: vi.fn((accelerator: string) => shortcuts.has(accelerator)),
  /** The agent presses the keys anywhere on the system. */
  press(accelerator: string): void {
    shortcuts.get(accelerator)?.();
  },
  /** Makes `accelerator` held by another application. */
  take(accelerator: string): void {
    takenShortcuts.add(accelerator);
  },
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

/** A keychain that "encrypts" by reversing and tagging the text: enough to tell stored from plain. */
export const safeStorage = {
  available: true,
  isEncryptionAvailable: vi.fn(() => safeStorage.available),
  encryptString: vi.fn((plain: string) => Buffer.from(`enc:${[...plain].reverse().join('')}`)),
  decryptString: vi.fn((encrypted: Buffer) => {
    const text = encrypted.toString();
    if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return [...text.slice(4)].reverse().join('');
  }),
};

export const webContents = {
  getAllWebContents: vi.fn(() => windows.map((win) => win.webContents)),
  getFocusedWebContents: vi.fn(() => null),
};

/** Back to the initial state: no windows, handlers, exposed APIs or recorded calls. */
export function resetElectronMock(): void {
  windows.length = 0;
  ipcHandlers.clear();
  protocolHandlers.clear();
  exposed.clear();
  paths.clear();
  Notification.created.length = 0;
  Tray.created.length = 0;
  shortcuts.clear();
  takenShortcuts.clear();
  applicationMenu = null;
  loginItem.openAtLogin = false;
  displays = defaultDisplays();
  safeStorage.available = true;
  for (const emitter of [app, ipcMain, ipcRenderer, powerMonitor, screen]) emitter.removeAllListeners();
  vi.clearAllMocks();
}

const electron = {
  app,
  BrowserWindow,
  contextBridge,
  dialog,
  globalShortcut,
  ipcMain,
  ipcRenderer,
  Menu,
  nativeImage,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  Tray,
  webContents,
};
export default electron;
