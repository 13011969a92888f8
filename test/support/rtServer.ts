import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The RT test server of `.ci/rt/` (docs/rt-test-server.md), when one is running: RT_URL and
 * RT_TOKEN_FILE as `start.sh` prints them (the second agent's token lies beside the first, or in
 * RT_TOKEN_FILE_AGENT2). `rtServer()` answers null with the reason when there is none, and the RT
 * suites skip with one line saying how to start it.
 */

export interface RtTestServer {
  url: string;
  /** shiftdesk-staff's token (privileged). */
  token: string;
  /** shiftdesk-agent2's token. */
  tokenAgent2: string;
  /** A REST2 call as `staff`, `agent2` or the unprivileged `customer` (basic auth, as a requestor by mail). */
  api(method: string, path: string, body?: unknown, as?: 'staff' | 'agent2' | 'customer', headers?: Record<string, string>): Promise<RtReply>;
}

export interface RtReply {
  status: number;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test helper: RT's answers are read ad hoc
  headers: Headers;
}

export const RT_START_HINT = 'run: .ci/rt/install.sh && eval "$(.ci/rt/start.sh)"';

export async function rtServer(): Promise<RtTestServer | { skip: string }> {
  const url = process.env.RT_URL;
  const tokenFile = process.env.RT_TOKEN_FILE;
  if (!url || !tokenFile) return { skip: 'RT_URL / RT_TOKEN_FILE are not set (no RT test server)' };
  let token: string;
  let tokenAgent2: string;
  try {
    token = readFileSync(tokenFile, 'utf8').trim();
    tokenAgent2 = readFileSync(process.env.RT_TOKEN_FILE_AGENT2 ?? join(dirname(tokenFile), 'token-agent2'), 'utf8').trim();
  } catch (err) {
    return { skip: `cannot read the RT token (${(err as Error).message})` };
  }
  const auth = {
    staff: `token ${token}`,
    agent2: `token ${tokenAgent2}`,
    customer: `Basic ${Buffer.from('customer:customer-password').toString('base64')}`,
  };
  const api: RtTestServer['api'] = async (method, path, body, as = 'staff', headers = {}) => {
    const response = await fetch(`${url}/REST/2.0/${path}`, {
      method,
      headers: { Authorization: auth[as], ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, json, headers: response.headers };
  };
  try {
    const probe = await api('GET', 'queues/all');
    if (probe.status !== 200) return { skip: `GET ${url}/REST/2.0/queues/all answered ${probe.status}` };
  } catch (err) {
    return { skip: `RT at ${url} does not answer (${(err as Error).message})` };
  }
  return { url, token, tokenAgent2, api };
}

/** Resolves the server or prints the one skip line; use with `describe.skipIf(!rt)`. */
export async function rtServerOrSkip(): Promise<RtTestServer | null> {
  const rt = await rtServer();
  if ('skip' in rt) {
    console.log(`RT integration tests skipped: ${rt.skip} (${RT_START_HINT})`);
    return null;
  }
  return rt;
}
