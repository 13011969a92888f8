import { describe, expect, it } from 'vitest';
import { DEFAULT_RT_MAPPING } from '../../../../shared/contract/sync';
import type { PullPage } from '../../../../electron/core/sync/connector';
import { createRtConnector } from '../../../../electron/core/sync/rt/connector';

/**
 * Paging and cursors of `pull` against a fake REST2 that answers only what a pull asks: 150 tickets in
 * Support, one in Billing the engine holds (linked), one in Billing it does not. The real server is
 * test/integration/sync/rtConnector.test.ts; making 150 tickets there would take minutes.
 */

const QUEUE_IDS: Record<string, string> = { Support: '3', Billing: '4' };
const tickets = new Map<number, string>([...Array.from({ length: 150 }, (_, i) => [i + 1, 'Support'] as const), [160, 'Billing'], [161, 'Billing']]);
const SERVER_DATE = 'Sat, 05 Dec 2026 21:04:26 GMT';

function fakeRt() {
  const queries: string[] = [];
  const f: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const path = url.pathname.replace('/REST/2.0/', '');
    const ok = (body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status: 200, headers: { Date: SERVER_DATE, ...headers } });
    if (path === 'queues/all') return ok({ count: 2, page: 1, per_page: 100, total: null, items: Object.entries(QUEUE_IDS).map(([Name, id]) => ({ id, Name })) });
    if (path === 'tickets') {
      const query = url.searchParams.get('query')!;
      queries.push(query);
      const after = Number(/id > (\d+)/.exec(query)![1]);
      const full = query.includes("Queue = 'Support'");
      const hits = [...tickets].filter(([id, q]) => id > after && (!full || q === 'Support')).slice(0, 100);
      return ok({ count: hits.length, page: 1, per_page: 100, total: hits.length, items: hits.map(([id, q]) => ({ id: String(id), Queue: { id: QUEUE_IDS[q] }, LastUpdated: id <= 5 ? '2026-12-05T13:00:00Z' : '2026-12-05T21:30:00Z' })) });
    }
    const t = /^ticket\/(\d+)$/.exec(path);
    if (t) {
      const queue = tickets.get(Number(t[1]))!;
      return ok(
        {
          id: Number(t[1]),
          Subject: `Ticket ${t[1]}`,
          Status: 'new',
          Queue: { id: QUEUE_IDS[queue] },
          Owner: { id: 'Nobody' },
          Requestor: [],
          Created: '2026-12-05T12:00:00Z',
          LastUpdated: '2026-12-05T13:00:00Z',
          Priority: '0',
          CustomFields: [],
        },
        { ETag: `"${1000 + Number(t[1])}"` },
      );
    }
    if (path === 'transactions' && init?.method === 'POST') return ok({ count: 0, page: 1, per_page: 100, total: null, items: [] });
    return new Response(JSON.stringify({ message: 'Not Found' }), { status: 404 });
  };
  return { f, queries };
}

async function pullAll(cursor: string | null, linked: string[], f: typeof fetch): Promise<PullPage[]> {
  const c = createRtConnector({ url: 'http://rt.test', token: '1-28-x', queues: ['Support'], mapping: DEFAULT_RT_MAPPING, fetch: f });
  const pages: PullPage[] = [];
  for await (const page of c.pull({ cursor, linked, knownEvent: () => null })) pages.push(page);
  return pages;
}

describe('RT pull: pages and cursors', () => {
  it('a full pull pages the followed queues by id, 100 tickets a page, then gives an incremental cursor', async () => {
    const { f, queries } = fakeRt();
    const pages = await pullAll(null, [], f);
    expect(pages.map((p) => [p.cases.length, p.more])).toEqual([
      [100, true],
      [50, false],
    ]);
    expect(queries).toEqual(["(Queue = 'Support') AND id > 0", "(Queue = 'Support') AND id > 100"]);
    expect(pages[0]!.cases[0]).toMatchObject({ remoteId: '1', version: '1001', status: 'new', followed: true });
    // Per ticket: GET /ticket/N and the transaction search; plus the search and the queues once.
    expect(pages.map((p) => p.requests)).toEqual([1 + 1 + 200, 1 + 100]);
    // A cursor in the middle resumes after the last id; the last one starts the next pull 5 s before this one began by RT's clock.
    expect(JSON.parse(pages[0]!.cursor)).toEqual({ since: null, afterId: 100, next: '2026-12-05 21:04:21' });
    expect(JSON.parse(pages[1]!.cursor)).toEqual({ since: '2026-12-05 21:04:21', afterId: 0, next: null });
    const resumed = await pullAll(pages[0]!.cursor, [], fakeRt().f);
    expect(resumed.map((p) => p.cases.length)).toEqual([50]);
  });

  it('an incremental pull searches every queue and reports followed and linked tickets changed since the cursor only', async () => {
    const { f, queries } = fakeRt();
    const pages = await pullAll(JSON.stringify({ since: '2026-12-05 21:04:21', afterId: 0, next: null }), ['161'], f);
    // Asked from 13 h before (RT reads the date in the user's zone, maybe behind UTC); kept by RT's UTC dates.
    expect(queries[0]).toBe("LastUpdated > '2026-12-05 08:04:21' AND id > 0");
    const cases = pages.flatMap((p) => p.cases);
    expect(cases).toHaveLength(146);
    expect(cases.some((c) => Number(c.remoteId) <= 5)).toBe(false); // changed before the cursor
    expect(cases.find((c) => c.remoteId === '161')).toMatchObject({ queue: 'Billing', followed: false });
    expect(cases.some((c) => c.remoteId === '160')).toBe(false);
  });
});
