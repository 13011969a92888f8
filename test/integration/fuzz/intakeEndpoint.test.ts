import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWorkspaceIntake, type RunningIntakeServer } from '../../../electron/intake/index';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';
import { deepPath, DEPTHS, nestedText, storedState } from './hostile';

/**
 * The local intake endpoint (a real loopback port, in front of a real core) under the bodies fuzzing
 * found (issue 10): each is answered 4xx with `{ error: { path, message } }` naming the field, the
 * endpoint keeps serving, nothing stored changed.
 */
let t: TestCore;
let server: RunningIntakeServer;
let token: string;
let before: string;

beforeEach(async () => {
  t = openTestCore();
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  server = await startWorkspaceIntake(t.core);
  token = (await t.call('intake.info')).token;
  before = await storedState(t);
});
afterEach(async () => {
  await server.close();
  t.cleanup();
});

async function post(body: string, path = '/intake'): Promise<{ status: number; json: { error?: { path: string; message: string } } }> {
  const res = await fetch(server.url.replace('/intake', path), { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body });
  return { status: res.status, json: (await res.json()) as { error?: { path: string; message: string } } };
}

const valid = { source: 'pbx', externalId: 'call-1', channel: 'phone', status: 'ringing', at: '2026-03-02T13:58:00Z', from: { phone: '+1 555 555 5555' } };

/** The endpoint still takes a valid event. */
async function stillServing() {
  expect((await post(JSON.stringify({ ...valid, externalId: 'after' }))).status).toBe(200);
}

/** Nothing stored changed since the test began (compared as text: a failure shows only that it differs). */
async function unchanged() {
  expect((await storedState(t)) === before, 'what the workspace stores changed').toBe(true);
}

describe('the intake endpoint under attack', () => {
  it.each(DEPTHS)('answers a body nested %i levels deep with 400 and the path, and keeps serving', async (depth) => {
    const answer = await post(`{"source":"pbx","externalId":"x","status":"ringing","channel":${nestedText(depth)}}`);
    expect(answer).toEqual({ status: 400, json: { error: { path: deepPath('channel'), message: 'nested more than 64 levels deep' } } });
    await unchanged();
    await stillServing();
  });

  it.each([
    ['the headers of an email', '{"source":"mailbox","externalId":"m-1","channel":"email","status":"received","body":"Hi","headers":{"__proto__":{"Subject":"x"}}}', 'headers.__proto__'],
    ['the sender', '{"source":"pbx","externalId":"x","channel":"phone","status":"ringing","from":{"__proto__":{"email":"a@b.example"}}}', 'from.__proto__'],
    ['the event itself', '{"__proto__":{"channel":"phone"},"source":"pbx","externalId":"x","status":"ringing"}', '__proto__'],
  ])('refuses a key named __proto__ in %s with 400 and its path', async (_where, body, path) => {
    const answer = await post(body);
    expect(answer.status).toBe(400);
    expect(answer.json.error).toEqual({ path, message: expect.stringMatching(/^a key named "__proto__" cannot be kept/) });
    await unchanged();
    await stillServing();
  });

  it.each([
    ['a list', '[1,2]', '(body)'],
    ['a number', '1e999', '(body)'],
    ['not JSON', '{"source":', '(body)'],
    ['a channel of the wrong type', '{"source":"pbx","externalId":"x","status":"ringing","channel":{"phone":true}}', 'channel'],
  ])('answers %s with 400 and a path', async (_what, body, path) => {
    const answer = await post(body);
    expect(answer.status).toBe(400);
    expect(answer.json.error?.path).toBe(path);
    await unchanged();
    await stillServing();
  });

  it.each(['/intake%', '/%E0%A4%A', '/intake/%zz'])('answers %s (a malformed percent escape) with 404, not 500', async (path) => {
    expect(await post(JSON.stringify(valid), path)).toMatchObject({ status: 404, json: { error: { path: '(request)' } } });
    await unchanged();
    await stillServing();
  });

  it('answers any value in any field of an event with 200 or 400 and the field\'s path, storing nothing when refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(valid), 'headers', 'priority', 'agent', 'caseKey'), fc.jsonValue({ maxDepth: 4 }), async (field, value) => {
        const stored = await storedState(t);
        const answer = await post(JSON.stringify({ ...valid, [field]: value }));
        if (answer.status !== 200) {
          expect(answer.status).toBe(400);
          // A bad channel makes the event unreadable as a whole: it is named, not the field.
          expect(answer.json.error?.path).toMatch(new RegExp(`^(${field}|channel)\\b`));
          expect((await storedState(t)) === stored, 'a refused event changed what is stored').toBe(true);
        }
      }),
      { seed: 10, numRuns: 150 },
    );
    await stillServing();
  });
});
