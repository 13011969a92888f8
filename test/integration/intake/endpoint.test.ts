import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INTAKE_MAX_BODY_BYTES, intakePortSetting, runWorkspaceIntake, startWorkspaceIntake, type RunningIntakeServer } from '../../../electron/intake/index';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/** The local intake endpoint on a real loopback port, in front of a real core. */
let t: TestCore;
let server: RunningIntakeServer;
let token: string;

beforeEach(async () => {
  t = openTestCore();
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  t.clock.advanceTo(Date.parse('2026-03-02T17:00:00Z'));
  server = await startWorkspaceIntake(t.core);
  token = (await t.call('intake.info')).token;
  await t.core.settled();
  t.changes.length = 0;
});
afterEach(async () => {
  await server.close();
  t.cleanup();
});

const ringing = { source: 'pbx', externalId: 'call-1', channel: 'phone', status: 'ringing', at: '2026-03-02T16:58:00Z', from: { phone: '+1 555 555 5555' } };

async function post(body: unknown, init: { auth?: string | null; method?: string; path?: string; type?: string } = {}) {
  const headers: Record<string, string> = { 'Content-Type': init.type ?? 'application/json' };
  const auth = init.auth === undefined ? `Bearer ${token}` : init.auth;
  if (auth !== null) headers.Authorization = auth;
  const url = init.path ? server.url.replace('/intake', init.path) : server.url;
  const method = init.method ?? 'POST';
  const res = await fetch(url, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

/** A raw request (for a chunked body or a forged Host header, which fetch does not allow). */
function raw(options: { host?: string; chunks?: Buffer[]; length?: number }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    if (options.host) headers.Host = options.host;
    if (options.length !== undefined) headers['Content-Length'] = options.length;
    const req = request(server.url, { method: 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += String(d)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

const interactionCount = async () => (await t.call('workspace.status', { counts: true })).counts!.interactions;

describe('POST /intake', () => {
  it('listens on 127.0.0.1 and tells the core where (intake.info)', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/intake$/);
    expect(await t.call('intake.info')).toMatchObject({ url: server.url, port: server.port, running: true });
  });

  it('takes a call routed to an agent who is On leave (200), leaves it unassigned and says why', async () => {
    await t.call('session.setAgent', { agentId: 'a2' }); // Agent Two (a lead) sets their own status
    await t.call('agents.setStatus', { agentId: 'a2', status: 'on_leave' });
    const routed = await post({ ...ringing, agent: 'a2@example.com' });
    expect(routed.status).toBe(200);
    expect(routed.json).toMatchObject({
      state: 'waiting',
      changed: true,
      notRouted: 'Agent Two is On leave: nobody is assigned work while Unavailable or On leave',
      item: { id: 'interaction:pbx:phone:call-1', assigneeId: null },
    });
  });

  it('accepts a valid event: 200 with the resulting item, live in the queue; a repeat changes nothing', async () => {
    const first = await post(ringing);
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({
      interactionId: 'pbx:phone:call-1',
      state: 'waiting',
      status: 'ringing',
      changed: true,
      item: { id: 'interaction:pbx:phone:call-1', channel: 'phone', contactName: 'Pat Doe', waitingSince: '2026-03-02T16:58:00Z' },
    });
    expect(t.changes).toEqual([['interactions']]);
    const again = await post(ringing);
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ changed: false });
    expect(t.changes).toHaveLength(1);

    const answered = await post({ source: 'pbx', externalId: 'call-1', channel: 'phone', status: 'answered' });
    expect(answered.json).toMatchObject({ state: 'done', item: null });
    const ids = (await t.call('queue.list', { view: 'all' })).items.map((i) => i.id);
    expect(ids).not.toContain('interaction:pbx:phone:call-1');
  });

  it('rejects a bad payload with 400 and the field path, storing nothing', async () => {
    const before = await interactionCount();
    const badStatus = await post({ ...ringing, status: 'picked-up' });
    expect(badStatus).toMatchObject({ status: 400, json: { error: { path: 'status', message: 'expected ringing | held | answered | ended, got "picked-up"' } } });
    const { externalId: _, ...noId } = ringing;
    expect((await post(noId)).json).toEqual({ error: { path: 'externalId', message: 'required, got nothing' } });
    expect((await post({ ...ringing, from: { phone: 42 } })).json).toMatchObject({ error: { path: 'from.phone' } });
    expect((await post({ ...ringing, channel: 'fax' })).json).toMatchObject({ error: { path: 'channel' } });
    expect((await post([ringing])).json).toMatchObject({ error: { path: '(body)' } });
    const notJson = await post('{"source": "pbx",');
    expect(notJson.status).toBe(400);
    expect(notJson.json).toMatchObject({ error: { path: '(body)', message: expect.stringMatching(/^not valid JSON/) } });
    expect(await interactionCount()).toBe(before);
    expect(t.changes).toEqual([]);
  });

  it('answers 401 without a token or with a wrong one, and stores nothing', async () => {
    const before = await interactionCount();
    const missing = await post(ringing, { auth: null });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await post(ringing, { auth: 'Bearer not-the-token' })).status).toBe(401);
    expect((await post(ringing, { auth: token })).status).toBe(401);
    expect((await post(ringing, { auth: `Basic ${token}` })).status).toBe(401);
    expect(await interactionCount()).toBe(before);
    expect((await post(ringing, { auth: `bearer ${token}` })).status).toBe(200);
  });

  it('answers 405 for other methods and 404 for other paths; reads JSON whatever the Content-Type says', async () => {
    const get = await post(null, { method: 'GET' });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await post(ringing, { method: 'PUT' })).status).toBe(405);
    expect((await post(ringing, { path: '/other' })).status).toBe(404);
    expect((await post(ringing, { type: 'application/x-www-form-urlencoded' })).status).toBe(200);
    expect((await post(ringing, { type: 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('answers 413 for a body over 1 MiB, declared or streamed, and stores nothing', async () => {
    const before = await interactionCount();
    const huge = { ...ringing, body: 'x'.repeat(INTAKE_MAX_BODY_BYTES) };
    const declared = await post(huge);
    expect(declared.status).toBe(413);
    expect(declared.json).toMatchObject({ error: { path: '(body)' } });
    const chunk = Buffer.alloc(256 * 1024, 0x20);
    const streamed = await raw({ chunks: [Buffer.from('{"source":"pbx",'), chunk, chunk, chunk, chunk, chunk] });
    expect(streamed.status).toBe(413);
    expect(await interactionCount()).toBe(before);
    // The endpoint still serves afterwards.
    expect((await post(ringing)).status).toBe(200);
  });

  it('refuses a request for another host name (DNS rebinding) with 403', async () => {
    const res = await raw({ host: 'intake.evil.example.com', chunks: [Buffer.from(JSON.stringify(ringing))] });
    expect(res.status).toBe(403);
    expect(await interactionCount()).toBe(3);
  });
});

describe('port and lifecycle', () => {
  it('reuses the port it used last; moves to a free one when that is taken; reports stopping', async () => {
    const { port } = server;
    await server.close();
    expect(await t.call('intake.info')).toMatchObject({ running: false, port });

    server = await startWorkspaceIntake(t.core);
    expect(server.port).toBe(port);
    await server.close();

    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      server = await startWorkspaceIntake(t.core);
      expect(server.port).not.toBe(port);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(`intake port ${port} is taken`));
      expect(await t.call('intake.info')).toMatchObject({ url: server.url, port: server.port, running: true });
    } finally {
      warn.mockRestore();
      await new Promise((resolve) => squatter.close(resolve));
    }
  });

  it('a configured port wins; "off" does not run it; nonsense is reported', async () => {
    expect(intakePortSetting(undefined)).toBeUndefined();
    expect(intakePortSetting('off')).toBeNull();
    expect(intakePortSetting('0')).toBe(0);
    expect(intakePortSetting('48123')).toBe(48123);
    expect(() => intakePortSetting('http')).toThrow(/SHIFTDESK_INTAKE_PORT: expected a port number 0-65535 or "off"/);

    await server.close();
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const free = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));

    let started: RunningIntakeServer | null = null;
    const running = runWorkspaceIntake(t.core, { SHIFTDESK_INTAKE_PORT: String(free) }, (s) => (started = s));
    await vi.waitFor(() => expect(started).not.toBeNull(), { timeout: 10_000 });
    expect(started!.port).toBe(free);
    running.stop();
    await vi.waitFor(async () => expect((await t.call('intake.info')).running).toBe(false), { timeout: 10_000 });

    const off = runWorkspaceIntake(t.core, { SHIFTDESK_INTAKE_PORT: 'off' }, () => {
      throw new Error('should not start');
    });
    off.stop();
    server = await startWorkspaceIntake(t.core, { port: 0 }); // for afterEach
  });
});
