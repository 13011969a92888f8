import { rmSync } from 'node:fs';
import { vi } from 'vitest';
import type * as CoreModule from '../../electron/core/index';
import type * as ElectronMockModule from '../mocks/electron';

/**
 * The desktop's composition root (electron/main/index.ts) run against the electron mock on a temp
 * data folder, for the `test/main` suites that boot it whole.
 */
export type ElectronMock = typeof ElectronMockModule;

export interface BootOptions {
  /** The data folder (`SHIFTDESK_DATA_DIR`). */
  dataDir: string;
  /** More environment for this boot (undefined unsets a variable). */
  env?: Record<string, string | undefined>;
  /** Runs on the fresh mock before the main process starts. */
  setup?: (mock: ElectronMock) => void;
  /** Builds the core in place of `createCore` (to watch it, or give it a clock); undone after the boot. */
  createCore?: (actual: typeof CoreModule.createCore, options: CoreModule.CoreOptions) => CoreModule.Core;
}

/** Boots the main process once (fresh modules, so a fresh mock) and waits for `whenReady`'s work. */
export async function bootMainProcess(o: BootOptions): Promise<ElectronMock> {
  vi.stubEnv('SHIFTDESK_DATA_DIR', o.dataDir);
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  for (const [name, value] of Object.entries(o.env ?? {})) vi.stubEnv(name, value);
  vi.resetModules();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const build = o.createCore;
  if (build) {
    vi.doMock('../../electron/core/index', async (importOriginal) => {
      const actual = await importOriginal<typeof CoreModule>();
      return { ...actual, createCore: (options: CoreModule.CoreOptions) => build(actual.createCore, options) };
    });
  }
  const mock = await import('../mocks/electron');
  o.setup?.(mock);
  await import('../../electron/main/index');
  await new Promise((resolve) => setImmediate(resolve));
  if (build) vi.doUnmock('../../electron/core/index');
  return mock;
}

/** After each test: the app quits (closing its core, releasing its locks), the environment is restored and `dirs` are removed. */
export async function quitMainProcess(dirs: string[]): Promise<ElectronMock> {
  const mock = await import('../mocks/electron');
  mock.app.emit('will-quit');
  vi.unstubAllEnvs();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  return mock;
}
