import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import WebSocket from 'ws';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ServerFrame } from '../../../shared/contract/wire';
import { makeTempDir } from '../../support/tempDir';
import { announceFrame, deepPath, nestedText } from './hostile';

/**
 * The attack of issue 10 on the real thing: one WebSocket message, its payload nested 100,000
 * levels deep, used to end the browser-mode process (an unhandled rejection) and the intake endpoint
 * it runs with it. Through the built browser mode (`node out/main/serve.js`, after `npm run build`).
 */
const root = join(import.meta.dirname, '../../..');
const serveJs = join(root, 'out/main/serve.js');

let temp: ReturnType<typeof makeTempDir>;
let child: ChildProcess;

beforeAll(() => {
  if (!existsSync(serveJs)) throw new Error(`${serveJs} is missing: run \`npm run build\` first`);
});
beforeEach(() => {
  temp = makeTempDir('shiftdesk-fuzz-serve-');
});
afterEach(async () => {
  if (child.exitCode === null && child.signalCode === null) {
    const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await ended;
  }
  temp.cleanup();
});

/**
 * Starts browser mode on a fresh workspace; resolves with its address and its intake endpoint's once
 * both are printed, and `ended`, which rejects with what it printed if the process ends.
 */
function serve(): Promise<{ url: URL; intake: string; ended: Promise<never> }> {
  child = spawn(process.execPath, [serveJs, '--db', temp.path('workspace.db'), '--clock-start', '2026-03-02T17:00:00Z'], {
    cwd: root,
    env: { ...process.env, SHIFTDESK_DATA_DIR: temp.dir, SHIFTDESK_INTAKE_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const ended = new Promise<never>((_resolve, reject) => child.once('exit', (code) => reject(new Error(`serve ended (${code}): ${stderr}`))));
  ended.catch(() => undefined); // awaited by the test, when at all
  return new Promise((resolve, reject) => {
    let url: URL | null = null;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (/^http:\/\/127\.0\.0\.1:\d+\/\?token=\S+$/.test(line)) url = new URL(line);
      const intake = /^Intake endpoint: (\S+)$/.exec(line)?.[1];
      if (intake && url) resolve({ url, intake, ended });
    });
    ended.catch(reject);
  });
}

describe('browser mode under attack, as a process', () => {
  it('answers a WebSocket message nested 100,000 levels deep with its path, ends only the connection of a frame too large or not UTF-8, and keeps serving, its intake endpoint too', async () => {
    const { url, intake, ended } = await serve();
    const api = `/api?token=${url.searchParams.get('token')}`;
    const ws = new WebSocket(`ws://${url.host}${api}`);
    const answers = new Map<number, (frame: ServerFrame) => void>();
    ws.on('message', (data) => {
      const frame = JSON.parse(String(data)) as ServerFrame;
      if ('id' in frame) answers.get(frame.id)?.(frame);
    });
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const ask = (id: number, text: string) =>
      Promise.race([
        new Promise<ServerFrame>((resolve) => {
          answers.set(id, resolve);
          ws.send(text);
        }),
        ended,
      ]);

    const deep = `{"id":1,"method":"intake.push","payload":{"source":"pbx","externalId":"x","status":"ringing","channel":${nestedText(100_000)}}}`;
    expect(await ask(1, deep)).toEqual({
      id: 1,
      result: { ok: false, error: { code: 'invalid_input', message: `intake.push: ${deepPath('channel')}: nested more than 64 levels deep` } },
    });
    // A frame announcing 600 MiB, and one that is not UTF-8, end only their own connection.
    expect(await announceFrame(Number(url.port), api, 600 * 1024 * 1024)).toBe(1009);
    const notUtf8 = new WebSocket(`ws://${url.host}${api}`);
    await new Promise((resolve, reject) => notUtf8.once('open', resolve).once('error', reject));
    notUtf8.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
    expect(await new Promise((resolve) => notUtf8.once('close', resolve))).toBe(1007);

    const info = await ask(2, '{"id":2,"method":"intake.info","payload":{}}');
    expect(info).toMatchObject({ id: 2, result: { ok: true, value: { url: intake, running: true } } });
    const { token } = (info as { result: { value: { token: string } } }).result.value;
    const event = { source: 'pbx', externalId: 'call-1', channel: 'phone', status: 'ringing', from: { phone: '+1 555 555 5555' } };
    const pushed = await fetch(intake, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify(event) });
    expect(pushed.status).toBe(200);
    ws.close();
    expect(child.exitCode).toBeNull();
  }, 60_000);
});
