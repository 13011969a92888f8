import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

export interface StaticFile {
  body: Buffer;
  type: string;
  /** Hashed build assets may be cached; the page itself may not. */
  immutable: boolean;
}

/**
 * Reads a file of the built renderer. Paths outside `root` are refused; unknown paths fall back
 * to index.html (the app has one page). Returns null when the build is missing.
 */
export async function readStatic(root: string, pathname: string): Promise<StaticFile | null> {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  const full = join(root, relative);
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  const isFile = await stat(full).then((s) => s.isFile(), () => false);
  const target = isFile ? full : join(root, 'index.html');
  const body = await readFile(target).catch(() => null);
  if (!body) return null;
  return {
    body,
    type: TYPES[extname(target)] ?? 'application/octet-stream',
    immutable: isFile && relative.startsWith('assets/'),
  };
}
