import { afterEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../../shared/contract/index';
import { createFakeClock } from '../../support/fakeClock';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/** Issue 11 item 8: chat outcomes and the daily chat report (workflow.md "Chat outcomes"). */

let t: TestCore;
afterEach(() => t.cleanup());

/** Wednesday 2026-03-04 09:00 in Chicago (15:00 UTC), the team's zone. i3 is a chat of Monday 06:00 Chicago, nobody's. */
const NOW = Date.parse('2026-03-04T15:00:00Z');

async function open(): Promise<TestCore> {
  t = openTestCore({ clock: createFakeClock(NOW), alerts: false, watchExternalChanges: false });
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  await t.call('session.setAgent', { agentId: 'a1' });
  return t;
}

/** A chat the agent using this device had at `since` (logged by hand, theirs). */
async function chat(since: string, subject = 'Asked about exports'): Promise<string> {
  const logged = await t.call('interactions.log', { channel: 'chat', contact: { name: 'Pat Doe', email: 'pat@example.com' }, subject, since });
  return logged.id;
}

async function refusal(method: MethodName, payload: object): Promise<{ code: string; message: string }> {
  const result = await t.core.dispatch(method, payload);
  if (result.ok) throw new Error(`${method} was not refused`);
  return result.error;
}

describe('the outcome of a chat', () => {
  it('is recorded with who and when, and the most severe one given is kept', async () => {
    await open();
    const id = await chat('2026-03-03T15:00:00Z');
    const first = await t.call('chats.setOutcome', { interactionId: id, outcome: 4 });
    expect(first).toMatchObject({ outcome: 4, label: 'Reported a problem - workaround' });
    expect(first.entries).toEqual([{ outcome: 4, label: 'Reported a problem - workaround', note: null, at: '2026-03-04T15:00:00Z', by: { id: 'a1', name: 'Agent One' } }]);

    t.clock.advance(60_000);
    await t.call('session.setAgent', { agentId: 'a2' });
    const less = await t.call('chats.setOutcome', { interactionId: id, outcome: 2, note: '  Asked how to export to Excel ' });
    expect(less.outcome).toBe(4); // a less severe outcome does not replace the more severe one
    expect(less.entries.at(-1)).toEqual({ outcome: 2, label: 'Answered - unhappy', note: 'Asked how to export to Excel', at: '2026-03-04T15:01:00Z', by: { id: 'a2', name: 'Agent Two' } });

    const more = await t.call('chats.setOutcome', { interactionId: id, outcome: 5 });
    expect(more.outcome).toBe(5);
    expect(await t.call('chats.outcome', { interactionId: id })).toEqual(more);
  });

  it('is kept through export and import (it travels in the interchange format)', async () => {
    await open();
    const id = await chat('2026-03-03T15:00:00Z');
    await t.call('chats.setOutcome', { interactionId: id, outcome: 3 });
    const { content } = await t.call('workspace.export', {});
    t.cleanup();
    t = openTestCore({ clock: createFakeClock(NOW), alerts: false, watchExternalChanges: false });
    await t.call('workspace.import', { content });
    expect((await t.call('chats.outcome', { interactionId: id })).outcome).toBe(3);
  });

  it('refuses "answered - unhappy" without a note, naming the field, and writes nothing', async () => {
    await open();
    const id = await chat('2026-03-03T15:00:00Z');
    expect(await refusal('chats.setOutcome', { interactionId: id, outcome: 2, note: '   ' })).toEqual({
      code: 'invalid_input',
      message: 'chats.setOutcome: note: "Answered - unhappy" needs a note of the customer\'s question',
    });
    expect((await t.call('chats.outcome', { interactionId: id })).entries).toEqual([]);
  });

  it('refuses an outcome outside 1..5, an unknown id and a call, naming the field', async () => {
    await open();
    const id = await chat('2026-03-03T15:00:00Z');
    const six = await refusal('chats.setOutcome', { interactionId: id, outcome: 6 });
    expect(six.code).toBe('invalid_input');
    expect(six.message).toContain('outcome');
    expect(six.message).toContain('expected an outcome 1..5, got 6');
    expect(await refusal('chats.setOutcome', { interactionId: 'nope', outcome: 1 })).toEqual({
      code: 'not_found',
      message: 'chats.setOutcome: interactionId: no interaction with id "nope"',
    });
    expect(await refusal('chats.setOutcome', { interactionId: 'i1', outcome: 1 })).toEqual({
      code: 'invalid_input',
      message: 'chats.setOutcome: interactionId: "i1" is a call, not a chat: only chats get an outcome',
    });
  });
});

describe('the daily chat report', () => {
  it("counts the chats that began on the team's local day by outcome, per agent and for the team", async () => {
    await open();
    const happy = await chat('2026-03-03T14:00:00Z'); // 08:00 Chicago, a1's
    const blocker = await chat('2026-03-04T05:59:00Z'); // 23:59 Chicago, still Tuesday
    await chat('2026-03-03T16:00:00Z'); // no outcome yet
    const wednesday = await chat('2026-03-04T06:00:00Z'); // 00:00 Chicago Wednesday: not counted
    await t.call('chats.setOutcome', { interactionId: happy, outcome: 1 });
    await t.call('chats.setOutcome', { interactionId: blocker, outcome: 3 });
    await t.call('chats.setOutcome', { interactionId: blocker, outcome: 5 });
    await t.call('chats.setOutcome', { interactionId: wednesday, outcome: 1 });
    // i3 (Monday, nobody's) gets an outcome from a2: it counts on Monday, for a2.
    await t.call('session.setAgent', { agentId: 'a2' });
    await t.call('chats.setOutcome', { interactionId: 'i3', outcome: 2, note: 'Wanted a refund' });

    const tuesday = await t.call('reports.chats', { day: '2026-03-03' });
    expect(tuesday.timeZone).toBe('America/Chicago');
    expect(tuesday.team).toEqual({ byOutcome: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 1 }, none: 1, total: 3 });
    expect(tuesday.agents).toEqual([{ agent: { id: 'a1', name: 'Agent One' }, counts: tuesday.team }]);

    const monday = await t.call('reports.chats', { day: '2026-03-02' });
    expect(monday.agents).toEqual([{ agent: { id: 'a2', name: 'Agent Two' }, counts: { byOutcome: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 }, none: 0, total: 1 } }]);

    const justA2 = await t.call('reports.chats', { day: '2026-03-03', agentId: 'a2' });
    expect(justA2.agents).toEqual([{ agent: { id: 'a2', name: 'Agent Two' }, counts: { byOutcome: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, none: 0, total: 0 } }]);
    expect(justA2.team.total).toBe(3);
  });

  it('refuses a day that is not a date and an unknown agent, naming the field', async () => {
    await open();
    const bad = await refusal('reports.chats', { day: '2026-02-30' });
    expect(bad.code).toBe('invalid_input');
    expect(bad.message).toContain('day');
    expect(bad.message).toContain('expected a date YYYY-MM-DD, got "2026-02-30"');
    expect(await refusal('reports.chats', { day: '2026-03-03', agentId: 'zz' })).toEqual({
      code: 'invalid_input',
      message: 'reports.chats: agentId: no agent with id "zz"',
    });
  });
});
