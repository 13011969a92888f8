import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANGE_TOPICS } from '../../shared/contract/events';
import { createApiClient, type ApiClient, type ConnectionState } from '../../renderer/api';
import { createWsTransport, wsUrlFromLocation, type SocketLike } from '../../renderer/api/transports/ws';

class FakeSocket implements SocketLike {
  sent: { id: number; method: string; payload: unknown }[] = [];
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {}
  open() {
    this.onopen?.({});
  }
  receive(frame: unknown) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
  drop() {
    this.onclose?.({});
  }
}

function setup(options: { maxFrameBytes?: number } = {}) {
  const sockets: FakeSocket[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const transport = createWsTransport({
    ...options,
    url: 'ws://127.0.0.1:4000/api?token=secret',
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    schedule: (fn, ms) => {
      timers.push({ fn, ms });
      return () => {};
    },
  });
  const client: ApiClient = createApiClient(transport);
  const states: ConnectionState[] = [];
  client.onConnection((s) => states.push(s));
  const latest = () => sockets.at(-1)!;
  return { client, sockets, timers, states, latest };
}

describe('browser-mode address', () => {
  beforeEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', '/?token=abc%2F123&view=my#top');
  });
  afterEach(() => history.replaceState(null, '', '/'));

  it('takes the token from the address, keeps it for reloads and removes it from the address bar', () => {
    expect(wsUrlFromLocation(location, sessionStorage, history)).toBe(`ws://${location.host}/api?token=abc%2F123`);
    expect(location.search).toBe('?view=my');
    expect(location.hash).toBe('#top');
    // A reload: the address no longer has it, the session still does.
    expect(wsUrlFromLocation(location, sessionStorage, history)).toBe(`ws://${location.host}/api?token=abc%2F123`);
  });

  it('has no address without a token', () => {
    history.replaceState(null, '', '/');
    sessionStorage.clear();
    expect(wsUrlFromLocation(location, sessionStorage, history)).toBeNull();
  });
});

describe('WebSocket transport', () => {
  it('sends requests made before the socket opens, and matches answers by id', async () => {
    const { client, latest, states } = setup();
    expect(client.connection()).toBe('connecting');
    const counts = client.call('queue.counts', {});
    const status = client.call('workspace.status', {});
    expect(latest().sent).toEqual([]);
    latest().open();
    expect(states).toEqual(['open']);
    expect(latest().sent.map((f) => f.method)).toEqual(['queue.counts', 'workspace.status']);
    const [first, second] = latest().sent;
    latest().receive({ id: second!.id, result: { ok: false, error: { code: 'internal', message: 'disk full' } } });
    latest().receive({ id: first!.id, result: { ok: true, value: { all: 3, my: 1, unassigned: 2 } } });
    await expect(counts).resolves.toEqual({ all: 3, my: 1, unassigned: 2 });
    await expect(status).rejects.toMatchObject({ name: 'ApiError', code: 'internal', message: 'disk full' });
  });

  it('refuses a request larger than the server takes, saying so, and keeps the connection for the others', async () => {
    const { client, latest, states } = setup({ maxFrameBytes: 1024 * 1024 });
    latest().open();
    const inFlight = client.call('queue.counts', {});
    // 400,000 three-byte characters: under the limit in characters, over it in bytes.
    const tooLarge = client.call('workspace.import', { content: '€'.repeat(400_000) });
    await expect(tooLarge).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^workspace\.import: the request is larger than 1 MiB/) });
    expect(latest().sent.map((f) => f.method)).toEqual(['queue.counts']);
    latest().receive({ id: latest().sent[0]!.id, result: { ok: true, value: { all: 3 } } });
    await expect(inFlight).resolves.toEqual({ all: 3 });
    expect(states).toEqual(['open']);
  });

  it('delivers events to subscribers until they unsubscribe', () => {
    const { client, latest } = setup();
    latest().open();
    const seen: unknown[] = [];
    const off = client.on('changed', (p) => seen.push(p));
    latest().receive({ event: 'changed', payload: { topics: ['cases'] } });
    off();
    latest().receive({ event: 'changed', payload: { topics: ['agents'] } });
    expect(seen).toEqual([{ topics: ['cases'] }]);
  });

  it('reconnects with growing delays, fails what was in flight, then catches up', async () => {
    const { client, sockets, timers, states, latest } = setup();
    latest().open();
    const seen: unknown[] = [];
    client.on('changed', (p) => seen.push(p));
    const inFlight = client.call('queue.counts', {});

    latest().drop();
    expect(client.connection()).toBe('reconnecting');
    await expect(inFlight).rejects.toMatchObject({ code: 'disconnected' });
    const queued = client.call('session.get', {});

    timers.shift()!.fn();
    sockets[1]!.drop();
    timers.shift()!.fn();
    expect(sockets).toHaveLength(3);
    expect(sockets[2]!.url).toBe('ws://127.0.0.1:4000/api?token=secret');
    latest().open();
    expect(states).toEqual(['open', 'reconnecting', 'open']);

    expect(latest().sent.map((f) => f.method)).toEqual(['session.get']);
    latest().receive({ id: latest().sent[0]!.id, result: { ok: true, value: { agent: null } } });
    await expect(queued).resolves.toEqual({ agent: null });
    expect(seen).toEqual([{ topics: [...CHANGE_TOPICS] }]);
  });

  it('grows the reconnect delay and resets it after a successful open', () => {
    const { client, timers, latest } = setup();
    latest().drop();
    expect(client.connection()).toBe('unreachable');
    timers.at(-1)!.fn();
    latest().drop();
    timers.at(-1)!.fn();
    latest().drop();
    expect(timers.map((t) => t.ms)).toEqual([250, 500, 1000]);
    timers.at(-1)!.fn();
    latest().open();
    latest().drop();
    expect(timers.at(-1)!.ms).toBe(250);
  });

  it('answers at once, with what to do, when the page has no token', async () => {
    const client = createApiClient(createWsTransport({ url: null }));
    expect(client.connection()).toBe('no_token');
    await expect(client.call('queue.counts', {})).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('shiftdesk serve') });
  });
});
