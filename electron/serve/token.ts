/** Browser mode's token travels in the page's URL, then in a cookie (`docs/browser-mode.md`); made and checked by `../core/token.ts`. */
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
