import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, memoryPrefs } from '../../../electron/core/index';
import type { Core } from '../../../electron/core/ports';
import { startServer, type RunningServer } from '../../../electron/serve/server';
import type { ServerFrame } from '../../../shared/contract/wire';
import { fixedClock } from '../../../shared/time/clock';

let dir: string;
let core: Core;
let server: RunningServer;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shiftdesk-serve-'));
  const staticDir = join(dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Shiftdesk</title>');
  writeFileSync(join(staticDir, 'assets', 'app-123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
  core = createCore({ dbPath: join(dir, 'workspace.db'), clock: fixedClock(Date.parse('2026-03-03T16:00:00Z')), prefs: memoryPrefs(), watchExternalChanges: false });
  server = await startServer({ core, staticDir });
});

afterEach(async () => {
  await server.close();
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += String(d)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function open(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function frames(ws: WebSocket): ServerFrame[] {
  const list: ServerFrame[] = [];
  ws.on('message', (data) => list.push(JSON.parse(String(data)) as ServerFrame));
  return list;
}

async function until<T>(fn: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = fn();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('browser-mode HTTP', () => {
  it('serves the page and its assets without setting a cookie: the token guards the API, and no other port of 127.0.0.1 gets it', async () => {
    const first = await get(`/?token=${server.token}`);
    expect(first.status).toBe(200);
    expect(first.body).toContain('<title>Shiftdesk</title>');
    expect(first.headers['content-security-policy']).toContain("script-src 'self'");
    expect(first.headers['set-cookie']).toBeUndefined();
    // A reload (the page removed the token from its address) and the assets: the app's code, no workspace data.
    expect((await get('/')).status).toBe(200);
    const asset = await get('/assets/app-123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
  });

  it('answers 401 to an address with a wrong token, and 403 to a foreign Host header', async () => {
    expect((await get('/?token=wrong')).status).toBe(401);
    expect((await get('/?token=')).status).toBe(401);
    // The old cookie is not a way in any more.
    expect((await get('/?token=wrong', { Cookie: `shiftdesk_token=${server.token}` })).status).toBe(401);
    expect((await get(`/?token=${server.token}`, { Host: 'attacker.example:80' })).status).toBe(403);
  });

  it('never serves files outside the renderer folder', async () => {
    const res = await get(`/..%2Fsecret.txt?token=${server.token}`);
    expect(res.body).not.toContain('do not serve');
  });
});

describe('browser-mode WebSocket', () => {
  it('answers contract requests with results, including validation errors', async () => {
    const ws = await open(`ws://127.0.0.1:${server.port}/api?token=${server.token}`);
    const got = frames(ws);
    ws.send(JSON.stringify({ id: 1, method: 'workspace.status', payload: {} }));
    ws.send(JSON.stringify({ id: 2, method: 'queue.list', payload: { view: 'everything' } }));
    ws.send(JSON.stringify({ id: 3, method: 'shell.exec', payload: {} }));
    const byId = (id: number) => got.find((f) => 'id' in f && f.id === id);
    const status = await until(() => byId(1), 'status');
    expect(status).toMatchObject({ result: { ok: true, value: { onboarded: false } } });
    const invalid = await until(() => byId(2), 'invalid');
    expect(invalid).toMatchObject({ result: { ok: false, error: { code: 'invalid_input' } } });
    expect(JSON.stringify(invalid)).toContain('view');
    expect(await until(() => byId(3), 'unknown')).toMatchObject({ result: { ok: false, error: { code: 'unknown_channel' } } });
    ws.close();
  });

  it('pushes a changed event to every connected window after a write', async () => {
    const a = await open(`ws://127.0.0.1:${server.port}/api?token=${server.token}`);
    const b = await open(`ws://127.0.0.1:${server.port}/api?token=${server.token}`);
    const seenByB = frames(b);
    a.send(JSON.stringify({ id: 1, method: 'workspace.startEmpty', payload: {} }));
    const event = await until(() => seenByB.find((f) => 'event' in f), 'changed event');
    expect(event).toMatchObject({ event: 'changed' });
    a.close();
    b.close();
  });

  it('serves the page and takes requests while the core is still opening; they are answered, in order, once it is open', async () => {
    let openCore!: (core: Core) => void;
    const early = await startServer({ core: new Promise<Core>((resolve) => (openCore = resolve)), staticDir: join(dir, 'renderer') });
    try {
      const page = await new Promise<number>((resolve, reject) =>
        request({ host: '127.0.0.1', port: early.port, path: `/?token=${early.token}` }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
          .on('error', reject)
          .end(),
      );
      expect(page).toBe(200);
      const ws = await open(`ws://127.0.0.1:${early.port}/api?token=${early.token}`);
      const got = frames(ws);
      ws.send(JSON.stringify({ id: 1, method: 'workspace.status', payload: {} }));
      ws.send(JSON.stringify({ id: 2, method: 'workspace.startEmpty', payload: {} }));
      // The server handles frames in order: once it has answered this ping, it holds both requests.
      await new Promise<void>((resolve) => {
        ws.once('pong', () => resolve());
        ws.ping();
      });
      expect(got).toEqual([]);
      openCore(core);
      await until(() => (got.filter((f) => 'id' in f).length === 2 ? true : undefined), 'both answers');
      expect(got.filter((f) => 'id' in f).map((f) => ('id' in f ? f.id : null))).toEqual([1, 2]);
      // Events flow once the core is open.
      await until(() => got.find((f) => 'event' in f), 'changed event');
      ws.close();
    } finally {
      await early.close();
    }
  });

  it('answers the waiting requests with an error when the core fails to open', async () => {
    let failCore!: (err: Error) => void;
    const early = await startServer({ core: new Promise<Core>((_, reject) => (failCore = reject)), staticDir: join(dir, 'renderer') });
    try {
      const ws = await open(`ws://127.0.0.1:${early.port}/api?token=${early.token}`);
      const got = frames(ws);
      ws.send(JSON.stringify({ id: 7, method: 'workspace.status', payload: {} }));
      failCore(new Error('not a database'));
      expect(await until(() => got.find((f) => 'id' in f && f.id === 7), 'answer')).toMatchObject({
        result: { ok: false, error: { code: 'internal', message: 'The workspace could not be opened: not a database' } },
      });
      ws.close();
    } finally {
      await early.close();
    }
  });

  it('refuses a connection without the token', async () => {
    await expect(open(`ws://127.0.0.1:${server.port}/api`)).rejects.toThrow(/401/);
    await expect(open(`ws://127.0.0.1:${server.port}/api?token=nope`)).rejects.toThrow(/401/);
    // A cookie (which every service on 127.0.0.1 would get) is not a way in.
    await expect(open(`ws://127.0.0.1:${server.port}/api`, { Cookie: `shiftdesk_token=${server.token}` })).rejects.toThrow(/401/);
  });
});
