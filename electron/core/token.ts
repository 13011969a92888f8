import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Access tokens, in one place for every face that checks one: browser mode's per-run token and the
 * intake endpoint's workspace token (`docs/browser-mode.md`, `docs/intake.md`).
 */

/** A random token: 32 bytes, URL-safe. */
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
