import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SyncError } from '../../../../electron/core/sync/connector';
import { createRtHttp } from '../../../../electron/core/sync/rt/http';

type Answer = { status: number; body: string; headers?: Record<string, string> } | Error;

/** A fetch that answers from a list and records what was asked. */
function fakeFetch(answer: (url: URL, init: RequestInit) => Answer) {
  const asked: { url: URL; init: RequestInit }[] = [];
  const f: typeof fetch = async (input, init = {}) => {
    const url = new URL(String(input));
    asked.push({ url, init });
    const a = answer(url, init);
    if (a instanceof Error) throw a;
    return new Response(a.body, { status: a.status, headers: a.headers });
  };
  return { f, asked };
}

const json = (status: number, body: unknown, headers?: Record<string, string>): Answer => ({ status, body: JSON.stringify(body), headers });

async function failure(p: Promise<unknown>): Promise<SyncError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SyncError);
  return err as SyncError;
}

describe('RT REST2 client', () => {
  it('sends the token, JSON and a quoted If-Match; reads ETag, Location and Date; counts requests', async () => {
    const { f, asked } = fakeFetch(() => json(200, ['ok'], { ETag: '"52"', Location: '/REST/2.0/transaction/9', Date: 'Sat, 05 Dec 2026 21:04:26 GMT' }));
    const http = createRtHttp({ url: 'http://rt.test/', token: '1-28-abc', fetch: f });
    const answer = await http.call({ method: 'PUT', path: 'ticket/3', body: { Status: 'open' }, query: { a: 'b c' } }, z.array(z.string()));
    expect(answer).toEqual({ body: ['ok'], etag: '52', location: '/REST/2.0/transaction/9', date: Date.UTC(2026, 11, 5, 21, 4, 26) });
    expect(asked[0]!.url.href).toBe('http://rt.test/REST/2.0/ticket/3?a=b+c');
    expect(asked[0]!.init.headers).toMatchObject({ Authorization: 'token 1-28-abc', 'Content-Type': 'application/json' });
    expect(asked[0]!.init.body).toBe('{"Status":"open"}');
    await http.request({ method: 'PUT', path: 'ticket/3', body: {}, ifMatch: '51' }, z.array(z.string()));
    expect(asked[1]!.init.headers).toMatchObject({ 'If-Match': '"51"' });
    expect(http.requests()).toBe(2);
  });

  it('412 is an answer (stale), not an error', async () => {
    const { f } = fakeFetch(() => json(412, { message: 'Precondition Failed' }));
    const http = createRtHttp({ url: 'http://rt.test', token: 't', fetch: f });
    expect(await http.request({ method: 'PUT', path: 'ticket/3', body: {}, ifMatch: '1' }, z.array(z.string()))).toEqual({ stale: true });
  });

  it.each([
    [401, 'unauthorized', 'RT refused the token (401): check or replace it'],
    [403, 'forbidden', 'RT refused GET /ticket/3 (403): Forbidden'],
    [404, 'not_found', 'RT has no ticket/3 (404): Forbidden'],
    [400, 'rejected', 'RT refused GET /ticket/3 (400): Forbidden'],
    [500, 'unreachable', 'RT failed on GET /ticket/3 (500): Forbidden'],
    [503, 'unreachable', 'RT failed on GET /ticket/3 (503): Forbidden'],
  ])('HTTP %i → %s', async (status, code, message) => {
    const { f } = fakeFetch(() => json(status, { message: 'Forbidden' }));
    const err = await failure(createRtHttp({ url: 'http://rt.test', token: 't', fetch: f }).call({ path: 'ticket/3' }, z.object({})));
    expect([err.code, err.message]).toEqual([code, message]);
  });

  it('network failures and timeouts are unreachable', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const down = await failure(createRtHttp({ url: 'http://rt.test', token: 't', fetch: fakeFetch(() => refused).f }).call({ path: 'rt' }, z.object({})));
    expect([down.code, down.message]).toEqual(['unreachable', 'RT cannot be reached at http://rt.test (ECONNREFUSED)']);
    const slow: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error)));
    const late = await failure(createRtHttp({ url: 'http://rt.test', token: 't', fetch: slow, timeoutMs: 50 }).call({ path: 'rt' }, z.object({})));
    expect([late.code, late.message]).toEqual(['unreachable', 'RT cannot be reached at http://rt.test (no answer within 0.05 s)']);
  });

  it('an answer that is not JSON, or not the shape expected, is malformed', async () => {
    const html = await failure(createRtHttp({ url: 'http://rt.test', token: 't', fetch: fakeFetch(() => ({ status: 200, body: '<html>login</html>' })).f }).call({ path: 'rt' }, z.object({})));
    expect([html.code, html.message]).toEqual(['malformed', 'RT answered GET /rt with something that is not JSON']);
    const odd = await failure(
      createRtHttp({ url: 'http://rt.test', token: 't', fetch: fakeFetch(() => json(200, { items: [{ id: 1 }, { id: 'x' }] })).f }).call(
        { path: 'x' },
        z.object({ items: z.array(z.object({ id: z.number() })) }),
      ),
    );
    expect([odd.code, odd.message]).toEqual(['malformed', 'RT answered something unexpected at items[1].id: expected a number']);
  });

  it('pages with per_page=100 until a page has fewer (RT may give no total)', async () => {
    const { f, asked } = fakeFetch((url) => {
      const page = Number(url.searchParams.get('page'));
      const count = page < 3 ? 100 : 7;
      return json(200, { count, page, per_page: 100, total: null, items: Array.from({ length: count }, (_, i) => ({ n: page * 1000 + i })) });
    });
    const http = createRtHttp({ url: 'http://rt.test', token: 't', fetch: f });
    const items = await http.all({ path: 'ticket/1/history', query: { fields: 'Type' } }, z.object({ n: z.number() }));
    expect(items).toHaveLength(207);
    expect(asked.map((a) => [a.url.searchParams.get('page'), a.url.searchParams.get('per_page'), a.url.searchParams.get('fields')])).toEqual([
      ['1', '100', 'Type'],
      ['2', '100', 'Type'],
      ['3', '100', 'Type'],
    ]);
  });
});
