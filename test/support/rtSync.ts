import { randomUUID } from 'node:crypto';
import { afterEach, expect } from 'vitest';
import type { DEFAULT_RT_MAPPING } from '../../shared/contract/sync';
import { createRtConnector } from '../../electron/core/sync/rt/connector';
import type { ConnectorFactory } from '../../electron/core/sync/engine';
import { fileSecretStore } from '../../electron/core/sync/secrets';
import type { RtTestServer } from './rtServer';
import { makeTempDir } from './tempDir';
import { openTestCore, type TestCore } from './testCore';
import { smallWorkspace } from './workspaceFixture';

/**
 * A workspace connected to the RT test server's Support queue (test/integration/sync): the small
 * workspace, its lead connects, passes run when the test asks. Its fetch can lose RT: before a
 * request leaves (`down`), or an answer after RT applied the request (`loseAnswerOf`), or bend an
 * answer out of shape (`corrupt`). Call `rtSync(rt)` at the top of a test file: it closes each test's
 * workspace after it.
 */
export interface Network {
  down: boolean;
  loseAnswerOf: RegExp | null;
  corrupt: RegExp | null;
}

export function rtSync(rt: RtTestServer | null) {
  let t: TestCore | null = null;
  let temp: ReturnType<typeof makeTempDir> | null = null;
  afterEach(() => {
    t?.cleanup();
    temp?.cleanup();
    t = temp = null;
  });
  const run = randomUUID().slice(0, 8);
  let serial = 0;

  return {
    /** A subject no other test (or earlier run against the same server) uses. */
    unique: (what: string) => `${what} ${run}-${++serial}`,

    async connected(options: { token?: string; mapping?: typeof DEFAULT_RT_MAPPING } = {}): Promise<{ t: TestCore; net: Network }> {
      const net: Network = { down: false, loseAnswerOf: null, corrupt: null };
      const realFetch = globalThis.fetch;
      const fetchThrough: typeof fetch = async (input, init) => {
        const url = String(input instanceof Request ? input.url : input);
        const what = `${init?.method ?? 'GET'} ${url}`;
        if (net.down) throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1') });
        const answer = await realFetch(input, init);
        if (net.loseAnswerOf?.test(what)) {
          net.loseAnswerOf = null;
          await answer.text();
          throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
        }
        if (net.corrupt?.test(what)) {
          const body = JSON.parse(await answer.text()) as Record<string, unknown>;
          return new Response(JSON.stringify({ ...body, CustomFields: 'not a list' }), { status: answer.status, headers: answer.headers });
        }
        return answer;
      };
      const syncConnector: ConnectorFactory = (c, tok) => createRtConnector({ url: c.url, token: tok, queues: c.queues, mapping: c.mapping, fetch: fetchThrough });
      temp = makeTempDir();
      t = openTestCore({ syncConnector, secrets: fileSecretStore(temp.path('rt-token')), sync: false });
      await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
      await t.call('session.setAgent', { agentId: 'a2' }); // the lead connects
      await t.call('sync.connect', { url: rt!.url, queues: ['Support'], token: options.token ?? rt!.token, ...(options.mapping && { mapping: options.mapping }) });
      return { t, net };
    },

    /** A ticket a customer wrote to the Support queue: its id. */
    async customerTicket(subject: string): Promise<string> {
      const created = await rt!.api('POST', 'ticket', { Queue: 'Support', Subject: subject, Requestor: 'customer@shiftdesk.test', Content: `Help: ${subject}`, ContentType: 'text/plain' }, 'customer');
      expect(created.status, JSON.stringify(created.json)).toBe(201);
      return String(created.json.id);
    },

    /** The local case of an RT ticket while it is in the queue (found by its subject), else null. */
    async localCase(core: TestCore, subject: string) {
      const { items } = await core.call('queue.list', { view: 'all', filter: { text: subject } });
      const item = items.find((i) => i.subject === subject);
      return item ? core.call('cases.get', { id: item.caseId! }) : null;
    },
  };
}
