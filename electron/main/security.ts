import type { Session, Shell, WebContents } from 'electron';
import type { AppPage } from './appPage';

/**
 * Secure defaults for every web-contents (DESIGN.md example 6), written once:
 * no new windows, no navigation or redirect away from the app's page, no <webview>,
 * no permissions but notifications, a strict CSP on every response, and external links
 * opened in the OS only when they are parsed `https:`, `mailto:` or `tel:` URLs.
 */

export const SAFE_EXTERNAL_PROTOCOLS: readonly string[] = ['https:', 'mailto:', 'tel:'];

/** True only for a well-formed `https:` / `mailto:` / `tel:` URL without embedded credentials. */
export function isSafeExternalUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!SAFE_EXTERNAL_PROTOCOLS.includes(parsed.protocol)) return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.protocol !== 'https:' || parsed.hostname !== '';
}

/** Opens `url` in the OS handler if it is safe; returns whether it did. */
export function openExternalSafely(shell: Pick<Shell, 'openExternal'>, url: string): boolean {
  if (!isSafeExternalUrl(url)) {
    console.warn(`Shiftdesk: refused to open an unsafe external URL: ${JSON.stringify(url.slice(0, 200))}`);
    return false;
  }
  shell.openExternal(url).catch((err: unknown) => console.warn('Shiftdesk: could not open external URL:', err));
  return true;
}

/**
 * The Content-Security-Policy of the app. MUI/emotion inject styles at run time, hence
 * `style-src 'unsafe-inline'`; development adds what the Vite dev server needs (inline
 * React-refresh preamble, HMR WebSocket).
 */
export function contentSecurityPolicy(options: { dev: boolean }): string {
  const directives: Record<string, string> = {
    'default-src': "'none'",
    'script-src': options.dev ? "'self' 'unsafe-inline'" : "'self'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data:",
    'font-src': "'self' data:",
    // Only voicemail recordings play (`isPlayableAudioUrl` in shared/contract/intake.ts): https, or http on this machine.
    // renderer/index.html's meta policy repeats it (both policies apply to the page).
    'media-src': 'https: http://127.0.0.1:* http://localhost:*',
    'connect-src': options.dev ? "'self' ws: http://localhost:*" : "'self'",
    'manifest-src': "'self'",
    'worker-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-ancestors': "'none'",
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export interface GuardDeps {
  page: AppPage;
  shell: Pick<Shell, 'openExternal'>;
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Guards one web-contents: call it from `app.on('web-contents-created')`. */
export function guardWebContents(contents: GuardedContents, { page, shell }: GuardDeps): void {
  // window.open / target=_blank: never a new Electron window; safe links go to the OS browser.
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(shell, url);
    return { action: 'deny' };
  });
  // A link clicked inside the app: stay on our page; a safe external link opens in the OS.
  contents.on('will-navigate', (event) => {
    if (page.isOwn(event.url)) return;
    event.preventDefault();
    openExternalSafely(shell, event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!page.isOwn(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Session-wide rules: permissions, and the CSP header on every HTTP response (the dev server's; the
 * app's own files on app://shiftdesk/ carry it from appProtocol.ts: `webRequest` header events are not
 * emitted for custom protocols).
 */
export function guardSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>, options: { page: AppPage; dev: boolean }): void {
  const { page } = options;
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(permission === 'notifications' && page.isOwn(contents.getURL()));
  });
  session.setPermissionCheckHandler((contents, permission) => permission === 'notifications' && contents !== null && page.isOwn(contents.getURL()));

  const csp = contentSecurityPolicy({ dev: options.dev });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, csp) });
  });
}

/** The response headers with our CSP replacing any the response carried (header names are case-insensitive). */
export function withCsp(headers: Record<string, string[]> | undefined, csp: string): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [csp] };
}
