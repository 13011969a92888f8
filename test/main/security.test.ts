import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appPage } from '../../electron/main/appPage';
import { contentSecurityPolicy, guardSession, guardWebContents, isSafeExternalUrl, withCsp } from '../../electron/main/security';
import { MockWebContents, navigationEvent, resetElectronMock, session, shell } from '../mocks/electron';

const page = appPage();
const ownUrl = 'app://shiftdesk/index.html';
/** Where the page used to be loaded from: never the app's page now (the fuse grantFileProtocolExtraPrivileges is off). */
const builtFileUrl = 'file:///opt/Shiftdesk/resources/app.asar/out/renderer/index.html';

function guarded(): MockWebContents {
  const contents = new MockWebContents();
  guardWebContents(contents as unknown as WebContents, { page, shell });
  return contents;
}

beforeEach(() => {
  resetElectronMock();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('isSafeExternalUrl', () => {
  it.each(['https://help.example.com/article?id=7#top', 'mailto:customer@example.com?subject=Case%2012', 'tel:+4930123456'])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'smb://evil.example.com/share',
    'data:text/html,<script>1</script>',
    'https://user:secret@example.com/',
    'https://',
    'not a url',
    '//example.com/path',
    '',
  ])('rejects %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false);
    expect(isSafeExternalUrl({ href: 'https://example.com' })).toBe(false);
  });
});

describe('guardWebContents', () => {
  it('allows navigation within the app page (hash routes) and blocks every other URL', () => {
    const contents = guarded();
    const own = navigationEvent(`${ownUrl}#/queue`);
    contents.emit('will-navigate', own);
    expect(own.defaultPrevented).toBe(false);

    for (const url of [
      'https://evil.example.com/',
      'file:///etc/passwd',
      builtFileUrl,
      'app://shiftdesk/assets/other.html',
      'app://evil/index.html',
      'app://user@shiftdesk/index.html',
      'http://localhost:5173/',
    ]) {
      const foreign = navigationEvent(url);
      contents.emit('will-navigate', foreign);
      expect(foreign.defaultPrevented, url).toBe(true);
    }
  });

  it('opens a safe link that would navigate away in the OS browser instead, and an unsafe one nowhere', () => {
    const contents = guarded();
    contents.emit('will-navigate', navigationEvent('https://help.example.com/'));
    contents.emit('will-navigate', navigationEvent('file:///etc/passwd'));
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://help.example.com/');
  });

  it('blocks redirects away from the app page', () => {
    const contents = guarded();
    const redirect = navigationEvent('https://evil.example.com/');
    contents.emit('will-redirect', redirect);
    expect(redirect.defaultPrevented).toBe(true);
    const own = navigationEvent(ownUrl);
    contents.emit('will-redirect', own);
    expect(own.defaultPrevented).toBe(false);
  });

  it('denies window.open, handing only safe URLs to the OS', () => {
    const contents = guarded();
    expect(contents.windowOpen('https://help.example.com/')).toEqual({ action: 'deny' });
    expect(contents.windowOpen(ownUrl)).toEqual({ action: 'deny' });
    expect(contents.windowOpen('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(shell.openExternal.mock.calls).toEqual([['https://help.example.com/']]);
  });

  it('prevents attaching a webview', () => {
    const contents = guarded();
    const event = navigationEvent('');
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('guardSession', () => {
  const install = (dev = false) => guardSession(session.defaultSession as unknown as Session, { page, dev });
  const contentsAt = (url: string) => ({ getURL: () => url });

  it('grants notifications to the app page only and denies every other permission', () => {
    install();
    const request = session.defaultSession.setPermissionRequestHandler.mock.lastCall?.[0] as (c: unknown, p: string, cb: (ok: boolean) => void) => void;
    const answer = (url: string, permission: string) => {
      let granted: boolean | undefined;
      request(contentsAt(url), permission, (ok) => (granted = ok));
      return granted;
    };
    expect(answer(ownUrl, 'notifications')).toBe(true);
    expect(answer(`${ownUrl}#/queue`, 'notifications')).toBe(true);
    expect(answer('https://evil.example.com/', 'notifications')).toBe(false);
    expect(answer(builtFileUrl, 'notifications')).toBe(false);
    for (const permission of ['media', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) expect(answer(ownUrl, permission), permission).toBe(false);

    const check = session.defaultSession.setPermissionCheckHandler.mock.lastCall?.[0] as (c: unknown, p: string) => boolean;
    expect(check(contentsAt(ownUrl), 'notifications')).toBe(true);
    expect(check(contentsAt(ownUrl), 'media')).toBe(false);
    expect(check(null, 'notifications')).toBe(false);
  });

  it('sets the CSP header on every response, replacing one the response carried', () => {
    install();
    const listener = session.defaultSession.webRequest.onHeadersReceived.mock.lastCall?.[0] as (d: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void;
    let headers: Record<string, string[]> = {};
    listener({ url: ownUrl, responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } }, (r) => (headers = r.responseHeaders));
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy({ dev: false })] });
  });
});

describe('contentSecurityPolicy', () => {
  it('allows only own scripts in production, no objects, no framing, no base or form targets', () => {
    const csp = contentSecurityPolicy({ dev: false });
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
  });

  /** The sources a policy allows for media (`media-src`, else `default-src`). */
  const mediaSources = (policy: string) => {
    const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...sources]) => [name, sources]));
    return directives.get('media-src') ?? directives.get('default-src');
  };
  const voicemailSources = ['https:', 'http://127.0.0.1:*', 'http://localhost:*'];

  it('lets the voicemail player play its recordings (https, or http on this machine) and no other media', () => {
    expect(mediaSources(contentSecurityPolicy({ dev: false }))).toEqual(voicemailSources);
    expect(mediaSources(contentSecurityPolicy({ dev: true }))).toEqual(voicemailSources);
  });

  it("the page's own meta policy (renderer/index.html) allows the same media: both policies apply to the page", () => {
    const html = readFileSync(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/)?.[1];
    expect(meta).toBeDefined();
    expect(mediaSources(meta ?? '')).toEqual(voicemailSources);
  });

  it('withCsp works on responses without headers', () => {
    expect(withCsp(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});

describe('appPage', () => {
  it('is app://shiftdesk/index.html when built, with any hash or query, and nothing else', () => {
    expect(page).toMatchObject({ url: ownUrl, dev: false });
    for (const url of [ownUrl, `${ownUrl}#/queue`, `${ownUrl}?x=1#/case/C-1`]) expect(page.isOwn(url), url).toBe(true);
    for (const url of [builtFileUrl, 'app://shiftdesk/', 'app://shiftdesk:8080/index.html', 'app://shiftdesk/assets/index.html', 'https://shiftdesk/index.html']) {
      expect(page.isOwn(url), url).toBe(false);
    }
  });

  it('matches the dev server by origin and refuses a non-http dev URL', () => {
    const dev = appPage({ devServerUrl: 'http://localhost:5173' });
    expect(dev).toMatchObject({ url: 'http://localhost:5173/', dev: true });
    expect(dev.isOwn('http://localhost:5173/#/queue')).toBe(true);
    expect(dev.isOwn('http://localhost:5174/')).toBe(false);
    expect(dev.isOwn(ownUrl)).toBe(false);
    expect(() => appPage({ devServerUrl: 'file:///tmp/x.html' })).toThrow(/ELECTRON_RENDERER_URL must be an http\(s\) URL/);
  });

  it('treats malformed URLs as foreign', () => {
    expect(page.isOwn('::::')).toBe(false);
    expect(page.isOwn('')).toBe(false);
  });
});
