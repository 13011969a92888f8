import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A random per-run token: 32 bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time comparison; false for a missing candidate. */
export function tokenMatches(expected: string, candidate: string | null | undefined): boolean {
  if (!candidate) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(candidate);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const TOKEN_COOKIE = 'shiftdesk_token';

/** The token a request carries: `?token=` in its URL, else the cookie set when the page was first opened. */
export function tokenOf(url: URL, cookieHeader: string | undefined, param: string): string | null {
  const fromQuery = url.searchParams.get(param);
  if (fromQuery) return fromQuery;
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return rest.join('=');
  }
  return null;
}
