import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerAppScheme, serveAppFiles } from '../../electron/main/appProtocol';
import { contentSecurityPolicy } from '../../electron/main/security';
import { protocol, resetElectronMock } from '../mocks/electron';

/**
 * The app's own origin, app://shiftdesk/: the built renderer folder served through `protocol.handle`
 * (asked here as a page's requests would ask it), nothing outside it, with each file's type and the CSP.
 */
const csp = contentSecurityPolicy({ dev: false });
let dir: string;

beforeEach(() => {
  resetElectronMock();
  // <dir>/renderer is the built renderer; <dir>/secret.txt stands for every other file on the machine.
  dir = mkdtempSync(join(tmpdir(), 'shiftdesk-protocol-'));
  mkdirSync(join(dir, 'renderer/assets'), { recursive: true });
  writeFileSync(join(dir, 'renderer/index.html'), '<!doctype html><title>Shiftdesk</title>');
  writeFileSync(join(dir, 'renderer/assets/app-1a2b.js'), 'export const app = 1;');
  writeFileSync(join(dir, 'renderer/assets/app-1a2b.css'), 'body { margin: 0 }');
  writeFileSync(join(dir, 'renderer/assets/icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, 'secret.txt'), 'the agent’s private notes');
  serveAppFiles(protocol, { rendererDir: join(dir, 'renderer'), csp });
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('app://shiftdesk/ serves the built renderer', () => {
  it('the page, its scripts, styles and images, each with its type and the CSP', async () => {
    const page = await protocol.fetch('app://shiftdesk/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(csp);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toBe('<!doctype html><title>Shiftdesk</title>');

    for (const [path, type] of [
      ['assets/app-1a2b.js', 'text/javascript; charset=utf-8'],
      ['assets/app-1a2b.css', 'text/css; charset=utf-8'],
      ['assets/icon.svg', 'image/svg+xml'],
    ]) {
      const response = await protocol.fetch(`app://shiftdesk/${path}`, { initiatorOrigin: 'app://shiftdesk' });
      expect([response.status, response.headers.get('content-type')], path).toEqual([200, type]);
    }
    expect(await (await protocol.fetch('app://shiftdesk/assets/app-1a2b.js')).text()).toBe('export const app = 1;');
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await protocol.fetch('app://shiftdesk/index.html', { method: 'HEAD' });
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['an encoded ../', 'app://shiftdesk/..%2Fsecret.txt'],
    ['an encoded ../ below a folder', 'app://shiftdesk/assets/..%2F..%2Fsecret.txt'],
    ['an encoded ..\\', 'app://shiftdesk/..%5Csecret.txt'],
    ['encoded dots and slashes', 'app://shiftdesk/%2E%2E%2F%2E%2E%2Fsecret.txt'],
  ])('refuses a path that leaves the renderer folder: %s', async (_label, url) => {
    const response = await protocol.fetch(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/leaves the app folder/);
  });

  it('never serves a file outside the folder, even where URL parsing folds the ../ away', async () => {
    const response = await protocol.fetch('app://shiftdesk/../secret.txt');
    expect(await response.text()).not.toContain('private notes');
  });

  it('refuses another host, another origin, a method other than GET or HEAD, and a malformed path', async () => {
    const answers = await Promise.all([
      protocol.fetch('app://evil/index.html'),
      protocol.fetch('app://shiftdesk/index.html', { initiatorOrigin: 'https://evil.example.com' }),
      protocol.fetch('app://shiftdesk/index.html', { initiatorOrigin: null }),
      protocol.fetch('app://shiftdesk/index.html', { method: 'POST', body: 'x' }),
      protocol.fetch('app://shiftdesk/%E0%A4%A'),
    ]);
    expect(answers.map((r) => r.status)).toEqual([404, 403, 403, 405, 400]);
    for (const answer of answers) expect(answer.headers.get('content-security-policy')).toBe(csp);
  });

  it('says the renderer is not built when its folder is missing', async () => {
    rmSync(join(dir, 'renderer'), { recursive: true });
    const response = await protocol.fetch('app://shiftdesk/index.html');
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/not built/);
  });
});

describe('registerAppScheme', () => {
  it('registers app: as a standard, secure scheme, without CORS reads by other origins or a CSP bypass', () => {
    resetElectronMock();
    registerAppScheme(protocol);
    const [schemes] = protocol.registerSchemesAsPrivileged.mock.lastCall ?? [[]];
    expect(schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    for (const privilege of ['corsEnabled', 'bypassCSP', 'allowServiceWorkers']) expect(schemes[0]?.privileges, privilege).not.toHaveProperty(privilege);
  });
});
