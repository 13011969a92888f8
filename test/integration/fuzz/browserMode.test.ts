import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../../electron/serve/server';
import type { Result } from '../../../shared/contract/result';
import { WS_MAX_FRAME_BYTES, type ServerFrame } from '../../../shared/contract/wire';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';
import { announceFrame, deepPath, DEPTHS, nestedText, storedState } from './hostile';

/**
 * Browser mode's server (in this process, on a real loopback port, in front of a real core) under
 * the inputs fuzzing found (issue 10). After each: the answer names what was wrong (a field path, or
 * the close reason of a frame that is no request), the server keeps serving, nothing stored changed.
 */
let t: TestCore;
let server: RunningServer;
let before: string;

beforeEach(async () => {
  t = openTestCore();
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  await t.call('session.setAgent', { agentId: 'a2' }); // a lead: may save SLA settings
  const staticDir = join(t.dbPath, '..', 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Shiftdesk</title>');
  server = await startServer({ core: t.core, staticDir });
  before = await storedState(t);
});
afterEach(async () => {
  await server.close();
  t.cleanup();
});

interface Connection {
  ws: WebSocket;
  /** Sends `text` as one frame and resolves with the answer to request `id`. */
  ask(text: string, id: number): Promise<Result<unknown>>;
  closed: Promise<{ code: number; reason: string }>;
}

function connect(): Promise<Connection> {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/api?token=${server.token}`);
  const answers = new Map<number, (result: Result<unknown>) => void>();
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as ServerFrame;
    if ('id' in frame) answers.get(frame.id)?.(frame.result);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () =>
      resolve({
        ws,
        closed,
        ask: (text, id) =>
          new Promise((answered) => {
            answers.set(id, answered);
            ws.send(text);
          }),
      }),
    );
  });
}

/** The server still answers, on this connection and on a new one. */
async function stillServing(connection?: Connection) {
  const ask = '{"id":99,"method":"workspace.now","payload":{}}';
  if (connection) expect(await connection.ask(ask, 99)).toMatchObject({ ok: true });
  const fresh = await connect();
  expect(await fresh.ask(ask, 99)).toMatchObject({ ok: true });
  fresh.ws.close();
}

/** Nothing stored changed since the test began (compared as text: a failure shows only that it differs). */
async function unchanged() {
  expect((await storedState(t)) === before, 'what the workspace stores changed').toBe(true);
}

const push = (payload: string) => `{"id":1,"method":"intake.push","payload":${payload}}`;
const ringing = '"source":"pbx","externalId":"call-1","status":"ringing"';

describe('browser mode under attack: WebSocket requests', () => {
  it.each(DEPTHS)('answers a payload nested %i levels deep with its path, and keeps serving', async (depth) => {
    const connection = await connect();
    const answer = await connection.ask(push(`{${ringing},"channel":${nestedText(depth)}}`), 1);
    expect(answer).toEqual({ ok: false, error: { code: 'invalid_input', message: `intake.push: ${deepPath('channel')}: nested more than 64 levels deep` } });
    await stillServing(connection);
    await unchanged();
  });

  it('refuses a key named __proto__ with its path instead of dropping it', async () => {
    const connection = await connect();
    const email = '"source":"mailbox","externalId":"m-1","channel":"email","status":"received","body":"Hello"';
    const answer = await connection.ask(push(`{${email},"headers":{"Message-ID":"<m-1>","__proto__":{"Subject":"x"}}}`), 1);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^intake\.push: headers\.__proto__: a key named "__proto__"/) } });
    await stillServing(connection);
    await unchanged();
  });

  it('refuses a calendar with no open time, naming calendar.week, and keeps the old settings', async () => {
    const connection = await connect();
    const { policy, calendar } = await t.call('settings.getSla');
    // Closed every weekday, open on one date next week: deadlines after it would never come.
    const closed = { ...calendar, week: {}, overrides: [{ date: '2026-03-10', windows: [['09:00', '17:00']] }] };
    const answer = await connection.ask(JSON.stringify({ id: 1, method: 'settings.setSla', payload: { policy, calendar: closed } }), 1);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^settings\.setSla: calendar\.week: no open time/) } });
    await stillServing(connection);
    await unchanged();
  });

  it('answers any value in any field of an intake event with ok or the field\'s path, never internal', async () => {
    const connection = await connect();
    const valid = { source: 'pbx', externalId: 'fuzz', channel: 'phone', status: 'ringing', at: '2026-03-02T13:58:00Z', from: { phone: '+1 555 555 5555' } };
    let id = 100;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(valid), 'headers', 'priority', 'agent'), fc.jsonValue({ maxDepth: 4 }), async (field, value) => {
        const stored = await storedState(t);
        const answer = await connection.ask(JSON.stringify({ id: ++id, method: 'intake.push', payload: { ...valid, [field]: value } }), id);
        if (!answer.ok) {
          expect(answer.error.code).toBe('invalid_input');
          expect(answer.error.message).toMatch(new RegExp(`^intake\\.push: (${field}|channel)\\b`));
          expect((await storedState(t)) === stored, 'a refused event changed what is stored').toBe(true);
        }
      }),
      { seed: 10, numRuns: 150 },
    );
    await stillServing(connection);
  });
});

describe('browser mode under attack: frames that are no request', () => {
  it.each([
    ['not JSON', '{"id":1,', 1007, 'not valid JSON'],
    ['a list', '[1,2,3]', 1007, 'expected a request object { id, method, payload }'],
    ['no id', '{"method":"workspace.now"}', 1007, 'id: expected a whole number'],
    ['no method', '{"id":1,"payload":{}}', 1007, 'method: expected text'],
  ])('ends the connection at %s, saying why, and keeps serving', async (_what, text, code, reason) => {
    const connection = await connect();
    connection.ws.send(text);
    expect(await connection.closed).toEqual({ code, reason });
    await stillServing();
    await unchanged();
  });

  it('ends the connection at a binary frame and at one that is not UTF-8, and keeps serving', async () => {
    const binary = await connect();
    binary.ws.send(Buffer.from('{"id":1}'), { binary: true });
    expect(await binary.closed).toMatchObject({ code: 1003 });
    const notUtf8 = await connect();
    notUtf8.ws.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
    expect(await notUtf8.closed).toMatchObject({ code: 1007 });
    await stillServing();
    await unchanged();
  });

  it.each([
    ['600 MiB', 600 * 1024 * 1024],
    ['one byte over the limit', WS_MAX_FRAME_BYTES + 1],
  ])('ends the connection at a frame of %s before reading it (1009), and keeps serving', async (_what, length) => {
    expect(await announceFrame(server.port, `/api?token=${server.token}`, length)).toBe(1009);
    await stillServing();
    await unchanged();
  });
});

function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: server.port, path }, (res) => {
      let body = '';
      res.on('data', (d) => (body += String(d)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('browser mode under attack: HTTP', () => {
  it.each(['/%', '/%E0%A4%A', '/assets/%zz.js'])('answers %s (a malformed percent escape) with 400 naming the path, and keeps serving', async (path) => {
    const answer = await get(path);
    expect(answer.status).toBe(400);
    expect(answer.body).toContain(`the path "${path}" has a malformed % escape`);
    expect((await get('/')).status).toBe(200);
    await stillServing();
    await unchanged();
  });
});
