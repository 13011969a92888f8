import type { CustomScheme, Protocol } from 'electron';
import { readStatic } from '../serve/staticFiles';

/**
 * The desktop serves the built renderer from its own origin, `app://shiftdesk/`, never from `file://`:
 * a `file://` page shares its origin with every local file, and the packaged app turns off the fuse
 * that gives `file://` pages more than a browser would (`grantFileProtocolExtraPrivileges` in
 * electron-builder.yml; docs/desktop.md "Where the window's page comes from"). The page is `APP_PAGE_URL` (appPage.ts).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'shiftdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;

/**
 * `standard`: a real origin (`app://shiftdesk`, which `'self'` in the CSP means), relative URLs and web
 * storage; `secure`: a secure context (module scripts, notifications); `supportFetchAPI`: the page's
 * same-origin module loads; `codeCache`: V8's code cache for the bundles. Deliberately not `corsEnabled`
 * (it would let other origins read the app's files), `bypassCSP`, `allowServiceWorkers` or `stream`.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Registers the scheme's privileges. Electron accepts this only before `ready`, once. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

export interface AppFilesOptions {
  /** The built renderer folder (`out/renderer`, inside app.asar when packaged). */
  rendererDir: string;
  /** The Content-Security-Policy sent with every file (security.ts); `webRequest` cannot add headers to custom-protocol responses. */
  csp: string;
}

/** Serves the built renderer on `app://shiftdesk/` (call once the app is ready). */
export function serveAppFiles(protocol: Pick<Protocol, 'handle'>, options: AppFilesOptions): void {
  protocol.handle(APP_SCHEME, (request) => appFileResponse(request, options));
}

/** Electron's request: `initiatorOrigin` is the requesting page's origin (null when opaque), absent when the browser itself loads the window. */
type AppRequest = Request & { initiatorOrigin?: string | null };

/**
 * The answer to one `app:` request: a file of the renderer folder with its Content-Type
 * (`readStatic`, the same reader browser mode serves these files with) and the CSP; refused with
 * 4xx when the request is for another host, comes from another origin, is not GET/HEAD, or its
 * path is malformed or steps out with `..` (also as `%2F`-encoded slashes, which URL parsing keeps).
 */
export async function appFileResponse(request: AppRequest, { rendererDir, csp }: AppFilesOptions): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return refuse(404, `Not found: ${url.host} is not the app's host.`, csp);
  if (request.initiatorOrigin !== undefined && request.initiatorOrigin !== APP_ORIGIN) return refuse(403, 'Forbidden: requested by another origin.', csp);
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method not allowed.', csp);
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return refuse(400, 'Bad request: malformed path.', csp);
  }
  if (path.split(/[/\\]/).includes('..') || path.includes('\0')) return refuse(404, 'Not found: the path leaves the app folder.', csp);
  const file = await readStatic(rendererDir, url.pathname);
  if (!file) return refuse(404, 'Not found: the renderer is not built (npm run build).', csp);
  const headers = { 'Content-Type': file.type, 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), { status: 200, headers });
}

function refuse(status: number, message: string, csp: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' },
  });
}
