import { APP_PAGE_URL } from './appProtocol';

/**
 * The app's own page: the one place that says which URLs are "us". Navigation guards
 * (security.ts), permissions, and the IPC sender check (ipc.ts) all ask it, so they cannot disagree.
 *
 * - Packaged / built: `app://shiftdesk/index.html`, the built renderer served by appProtocol.ts (any
 *   hash or query on it is the same page; other files of the app, and `file://` URLs, are not the page).
 * - Development: the electron-vite dev server (`ELECTRON_RENDERER_URL`), matched by origin.
 */
export interface AppPage {
  /** What the window loads. */
  readonly url: string;
  /** True for the dev server (development adds what Vite needs to the CSP). */
  readonly dev: boolean;
  /** True when `url` is the app's own page (never throws; malformed URLs are foreign). */
  isOwn(url: string): boolean;
}

export function appPage(options: { devServerUrl?: string | undefined } = {}): AppPage {
  const dev = options.devServerUrl ? parseUrl(options.devServerUrl) : null;
  if (options.devServerUrl && (!dev || (dev.protocol !== 'http:' && dev.protocol !== 'https:'))) {
    throw new Error(`ELECTRON_RENDERER_URL must be an http(s) URL, got ${JSON.stringify(options.devServerUrl)}`);
  }
  if (dev) {
    return { url: dev.href, dev: true, isOwn: (url) => parseUrl(url)?.origin === dev.origin };
  }
  const page = new URL(APP_PAGE_URL);
  return {
    url: page.href,
    dev: false,
    isOwn: (url) => {
      // `app:` is not a scheme Node's URL knows (its `origin` is "null"): the whole URL but hash and query must match.
      const parsed = parseUrl(url);
      if (!parsed) return false;
      parsed.hash = '';
      parsed.search = '';
      return parsed.href === page.href;
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
