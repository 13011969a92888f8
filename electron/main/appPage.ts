import { pathToFileURL } from 'node:url';

/**
 * The app's own page: the one place that says which URLs are "us". Navigation guards
 * (security.ts) and the IPC sender check (ipc.ts) both ask it, so they cannot disagree.
 *
 * - Packaged / built: the file `out/renderer/index.html` (any hash or query on it is the same page).
 * - Development: the electron-vite dev server (`ELECTRON_RENDERER_URL`), matched by origin.
 */
export interface AppPage {
  /** What the window loads: a file path or the dev server URL. */
  readonly entry: { kind: 'file'; path: string } | { kind: 'url'; url: string };
  /** True when `url` is the app's own page (never throws; malformed URLs are foreign). */
  isOwn(url: string): boolean;
}

export function appPage(options: { rendererFile: string; devServerUrl?: string | undefined }): AppPage {
  const dev = options.devServerUrl ? parseUrl(options.devServerUrl) : null;
  if (options.devServerUrl && (!dev || (dev.protocol !== 'http:' && dev.protocol !== 'https:'))) {
    throw new Error(`ELECTRON_RENDERER_URL must be an http(s) URL, got ${JSON.stringify(options.devServerUrl)}`);
  }
  if (dev) {
    return {
      entry: { kind: 'url', url: dev.href },
      isOwn: (url) => parseUrl(url)?.origin === dev.origin,
    };
  }
  const page = pathToFileURL(options.rendererFile);
  return {
    entry: { kind: 'file', path: options.rendererFile },
    isOwn: (url) => {
      const parsed = parseUrl(url);
      return parsed !== null && parsed.protocol === 'file:' && parsed.host === page.host && parsed.pathname === page.pathname;
    },
  };
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
