import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alertWorkspace, T0 } from '../../support/alertWorkspace';
import { createFakeClock } from '../../support/fakeClock';
import { openTestCore, type TestCore } from '../../support/testCore';

const MINUTE = 60_000;
let t: TestCore;
beforeEach(async () => {
  t = openTestCore({ clock: createFakeClock(T0 + 30 * MINUTE), alerts: false });
  await t.call('workspace.import', { content: JSON.stringify(alertWorkspace()) });
});
afterEach(() => t.cleanup());

const itemOf = async (key: string) => (await t.call('queue.list', { view: 'all' })).items.find((i) => i.key === key);

describe('SLA settings (leads)', () => {
  it('refuses an agent, naming them, changing nothing', async () => {
    const settings = await t.call('settings.getSla');
    await t.call('session.setAgent', { agentId: 'a1' });
    const result = await t.core.dispatch('settings.setSla', { policy: settings.policy, calendar: settings.calendar });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('Agent One is an agent') } });
  });

  it('rejects a calendar with no open hours and a target below zero, naming the field, and keeps the old settings', async () => {
    await t.call('session.setAgent', { agentId: 'a2' });
    const before = await t.call('settings.getSla');
    const closed = { ...before.calendar, week: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } };
    const noHours = await t.core.dispatch('settings.setSla', { policy: before.policy, calendar: closed });
    expect(noHours).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('calendar') } });

    const negative = structuredClone(before.policy);
    negative.targets.urgent.amount = -1;
    const badPolicy = await t.core.dispatch('settings.setSla', { policy: negative, calendar: before.calendar });
    expect(badPolicy).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/urgent/) } });

    expect(await t.call('settings.getSla')).toEqual(before);
    expect(before.defaults).toEqual({ policy: true, calendar: false });
    expect((await itemOf('C-2'))!.sla!.deadline).toBe('2026-03-02T16:00:10Z');
  });

  it('a saved change moves every deadline at once and is kept', async () => {
    await t.call('session.setAgent', { agentId: 'a2' });
    const { policy, calendar } = await t.call('settings.getSla');
    policy.targets.first_response = { amount: 4, unit: 'hours', clock: 'business' };
    const saved = await t.call('settings.setSla', { policy, calendar });
    expect(saved.defaults.policy).toBe(false);
    // Only what moved: this workspace's interactions have no timer.
    expect(t.changes.at(-1)).toEqual(['cases', 'settings', 'audit']);
    expect((await itemOf('C-2'))!.sla).toMatchObject({ class: 'first_response', deadline: '2026-03-02T18:00:10Z' });
  });
});

describe('"no reply needed"', () => {
  it('stops the clock, is on the timeline in the agent\'s name, and the customer writing again restarts it', async () => {
    await t.call('session.setAgent', { agentId: 'a1' });
    const detail = await t.call('cases.markNoReplyNeeded', { id: 'k2', note: 'Customer said thanks' });
    expect(detail.sla).toBeNull();
    expect(detail.timeline.at(-1)).toMatchObject({ kind: 'no_reply_needed', body: 'Customer said thanks' });
    expect((await itemOf('C-2'))?.sla ?? null).toBeNull();

    // The customer writes again an hour later: the clock starts from that message.
    t.clock.advance(60 * MINUTE);
    const file = alertWorkspace();
    file.events.push({ caseId: 'k2', at: new Date(t.clock.now()).toISOString(), kind: 'inbound', body: 'One more thing.' });
    await t.call('workspace.import', { content: JSON.stringify(file) });
    const again = await t.call('cases.get', { id: 'k2' });
    expect(again.sla).toMatchObject({ class: 'first_response' });
    expect(again.slaDetail).toMatchObject({ clockStart: '2026-03-02T15:30:00Z', clockStartReason: 'customer_wrote' });
  });

  it('needs a running timer to stop', async () => {
    await t.call('session.setAgent', { agentId: 'a1' });
    await t.call('cases.markNoReplyNeeded', { id: 'k2' });
    const twice = await t.core.dispatch('cases.markNoReplyNeeded', { id: 'k2' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict', message: 'C-2 has no update timer running: nothing to stop' } });
    expect((await t.call('cases.get', { id: 'k2' })).timeline.filter((e) => e.kind === 'no_reply_needed')).toHaveLength(1);
  });
});
