import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChecklistDay } from '../../../shared/contract/checklist';
import { createFakeClock } from '../../support/fakeClock';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/** Issue 12 item 4: the daily checklist, one per agent per local day, ticking itself after the commits that change what it observes. */

/** Tuesday 2026-03-03 09:20 in Chicago (a1's zone), 16:20 in Berlin (a2's). */
const NOW = Date.parse('2026-03-03T15:20:00Z');
const MINUTE = 60_000;

let t: TestCore;
afterEach(() => t.cleanup());

async function open(options: { sweep?: boolean } = {}): Promise<TestCore> {
  t = openTestCore({ clock: createFakeClock(NOW), alerts: false, sweep: options.sweep ?? false, closure: false, watchExternalChanges: false });
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  await t.call('session.setAgent', { agentId: 'a1' });
  return t;
}

const item = (day: ChecklistDay, id: string) => day.items.find((i) => i.id === id)!;

async function refused(method: Parameters<TestCore['call']>[0], payload: unknown): Promise<{ code: string; message: string }> {
  const result = await t.core.dispatch(method, payload as never);
  if (result.ok) throw new Error(`${method} was not refused`);
  return result.error;
}

describe('the daily checklist', () => {
  it('is made from the template on its first read, once per agent per local day in the agent’s zone', async () => {
    await open();
    const mine = await t.call('checklist.today', {});
    expect(mine).toMatchObject({ agentId: 'a1', day: '2026-03-03', timeZone: 'America/Chicago', canTick: true, previous: null });
    expect(mine.items.map((i) => i.part)).toContain('middle');
    // Read again: the same instance (its ticks kept), not a new one.
    await t.call('checklist.tick', { itemId: 'clock-in', done: true });
    expect(item(await t.call('checklist.today', {}), 'clock-in')).toMatchObject({ done: true, how: 'hand', time: '09:20' });

    // 18:30 in Chicago is 00:30 the next day in Berlin: a2's day has turned, a1's has not.
    t.clock.advanceTo(Date.parse('2026-03-04T00:30:00Z'));
    expect((await t.call('checklist.today', {})).day).toBe('2026-03-03');
    const lead = await t.call('checklist.today', { agentId: 'a2' });
    expect(lead).toMatchObject({ agentId: 'a2', day: '2026-03-04', canTick: false });
    // a1's day that was not kept is refused, naming the day.
    expect((await refused('checklist.today', { agentId: 'a1', day: '2026-03-01' })).message).toMatch(/^day: no checklist kept for Agent One on 2026-03-01/);
    expect((await refused('checklist.today', { agentId: 'nobody' })).message).toBe('agentId: no agent nobody in this workspace');
  });

  it('ticks items itself after the commits that change what they observe, with the time and the evidence', async () => {
    await open();
    const start = await t.call('checklist.today', {});
    // At 09:20: no chat and no email waits; the voicemail i2 does.
    expect(item(start, 'answer-waiting-chats')).toMatchObject({ done: true, how: 'auto', time: '09:20', evidence: 'No chat waiting at 09:20' });
    expect(item(start, 'file-email')).toMatchObject({ done: true, evidence: 'Every email filed at 09:20' });
    expect(item(start, 'file-voicemail').done).toBe(false);

    // A note on a case changes no observed fact: nothing ticks.
    t.clock.advance(5 * MINUTE);
    await t.call('cases.note', { id: 'k1', body: 'Checked SSO.' });
    expect(item(await t.call('checklist.today', {}), 'file-voicemail').done).toBe(false);

    // Filing the voicemail into a case: ticked after that commit, at 09:30.
    t.clock.advance(5 * MINUTE);
    await t.call('interactions.file', { id: 'i2', caseId: 'k2' } as never);
    const filed = await t.call('checklist.today', {});
    expect(item(filed, 'file-voicemail')).toMatchObject({ done: true, how: 'auto', time: '09:30', evidence: 'Every voicemail filed at 09:30' });
    expect(t.changes.some((topics) => topics.includes('checklist'))).toBe(true);

    // End of the day: status Unavailable ticks itself, and a1's one Our turn case (C-1001) is the day's lowest.
    t.clock.advanceTo(Date.parse('2026-03-03T23:05:00Z'));
    await t.call('agents.setStatus', { agentId: 'a1', status: 'unavailable' });
    const end = await t.call('checklist.today', {});
    expect(item(end, 'set-unavailable')).toMatchObject({ done: true, how: 'auto', evidence: 'Status set to Unavailable at 17:05' });
    expect(item(end, 'few-our-turn')).toMatchObject({ done: true, evidence: '1 Our turn case of yours at 17:05, the day’s lowest' });
  });

  it('ticks Unassigned when the agent opens it after the last sweep, and costs nothing for other views', async () => {
    await open({ sweep: true });
    await t.call('checklist.today', {});
    t.clock.advance(2 * MINUTE); // the first sweep, within a minute of the import
    const sweeps = (await t.call('sweep.log', {})).sweeps;
    expect(sweeps.length).toBeGreaterThan(0);
    const before = t.changes.length;
    expect(await t.call('checklist.viewed', { view: 'my' })).toEqual({ ticked: [] });
    expect(t.changes.length).toBe(before);
    expect(await t.call('checklist.viewed', { view: 'unassigned' })).toEqual({ ticked: ['take-unassigned'] });
    const day = await t.call('checklist.today', {});
    expect(item(day, 'take-unassigned').evidence).toMatch(/^Unassigned opened 09:22, after the 09:2\d sweep$/);
    // Opened again: nothing more to write.
    expect(await t.call('checklist.viewed', { view: 'unassigned' })).toEqual({ ticked: [] });
  });

  it('keeps each day as history and shows yesterday’s unfinished items', async () => {
    await open();
    await t.call('checklist.today', {});
    await t.call('checklist.tick', { itemId: 'clock-in', done: true });
    t.clock.advance(24 * 60 * MINUTE);
    const today = await t.call('checklist.today', {});
    expect(today.day).toBe('2026-03-04');
    expect(item(today, 'clock-in').done).toBe(false);
    expect(today.previous?.day).toBe('2026-03-03');
    expect(today.previous?.items.map((i) => i.id)).not.toContain('clock-in');
    expect(today.previous?.items.map((i) => i.id)).toContain('scan-misfiled');
    // Yesterday's item ticked late, by hand, on yesterday's list.
    await t.call('checklist.tick', { itemId: 'scan-misfiled', done: true, day: '2026-03-03' });
    const history = await t.call('checklist.history', { agentId: 'a1', from: '2026-03-01', to: '2026-03-31' });
    expect(history.days.map((d) => [d.day, d.done])).toEqual([
      ['2026-03-03', 4],
      ['2026-03-04', 2],
    ]);
    expect((await refused('checklist.history', { agentId: 'a1', from: '2026-03-05', to: '2026-03-01' })).message).toBe('to: 2026-03-01 is before from (2026-03-05)');
    expect((await refused('checklist.tick', { itemId: 'nope', done: true })).message).toBe('itemId: the checklist of 2026-03-04 has no item nope');
  });

  it('lets only a lead edit the template, recorded in the audit list; kept days keep their items', async () => {
    await open();
    const before = await t.call('checklist.today', {});
    const items = [
      { id: 'clock-in', part: 'start', text: 'Clock in' },
      { id: 'coffee', part: 'middle', text: 'Refill the coffee' },
    ] as const;
    const refusal = await refused('checklist.saveTemplate', { items });
    expect(refusal).toMatchObject({ code: 'forbidden', message: 'Editing the checklist: only a lead may do this (Agent One is an agent)' });
    expect((await t.call('checklist.template', {})).isDefault).toBe(true);

    await t.call('session.setAgent', { agentId: 'a2' });
    const bad = await refused('checklist.saveTemplate', { items: [{ id: 'x', part: 'later', text: 'Hm' }] });
    expect(bad.message).toMatch(/items\[0\]\.part/);
    const saved = await t.call('checklist.saveTemplate', { items: [...items] });
    expect(saved).toMatchObject({ isDefault: false, canEdit: true });
    expect(saved.items.map((i) => i.id)).toEqual(['clock-in', 'coffee']);
    // Recorded in the audit list with who and when; the agent's refused attempt was not.
    const db = new Database(t.dbPath, { readonly: true });
    try {
      expect(db.prepare("SELECT at, by_id AS byId, action FROM audit WHERE action LIKE 'checklist%'").all()).toEqual([{ at: NOW, byId: 'a2', action: 'checklist.template' }]);
    } finally {
      db.close();
    }
    // a1's checklist of today was already made: it keeps the old items.
    expect((await t.call('checklist.today', { agentId: 'a1' })).items.length).toBe(before.items.length);
    // a2's first checklist is made from the new template.
    expect((await t.call('checklist.today', {})).items.map((i) => i.text)).toEqual(['Clock in', 'Refill the coffee']);
  });

  it('round-trips the edited template and the kept days through the interchange file', async () => {
    await open();
    await t.call('checklist.today', {});
    await t.call('checklist.tick', { itemId: 'clock-in', done: true });
    await t.call('session.setAgent', { agentId: 'a2' });
    const template = [
      { id: 'clock-in', part: 'start', text: 'Clock in', auto: null },
      { id: 'no-chats', part: 'start', text: 'Answer the chats', auto: 'noChatWaiting' },
    ] as const;
    await t.call('checklist.saveTemplate', { items: [...template] });
    const { content } = await t.call('workspace.export', {});
    const file = JSON.parse(content) as { checklistTemplate: unknown; checklistDays: { agentId: string; day: string; items: { id: string; at: string | null }[] }[] };
    expect(file.checklistTemplate).toEqual(template);
    expect(file.checklistDays.map((d) => [d.agentId, d.day])).toEqual([['a1', '2026-03-03']]);
    expect(file.checklistDays[0]!.items.find((i) => i.id === 'clock-in')!.at).toBe('2026-03-03T15:20:00Z');

    const mine = await t.call('checklist.today', { agentId: 'a1' });
    const copy = openTestCore({ clock: createFakeClock(NOW), alerts: false, sweep: false, closure: false, watchExternalChanges: false });
    try {
      await copy.call('workspace.import', { content });
      expect(await copy.call('checklist.today', { agentId: 'a1' })).toEqual({ ...mine, canTick: true });
      expect((await copy.call('checklist.template', {})).items).toEqual(template);
      // Written again, the file is the same.
      expect(JSON.parse((await copy.call('workspace.export', {})).content)).toMatchObject({ checklistTemplate: file.checklistTemplate, checklistDays: file.checklistDays });
    } finally {
      copy.cleanup();
    }
  });

  it('refuses a bad checklist in a file, naming the path, and imports nothing', async () => {
    await open();
    const raw = { ...smallWorkspace(), checklistDays: [{ agentId: 'a1', day: '2026-03-03', items: [{ id: 'x', part: 'soon', text: 'Hm' }] }] };
    const result = await t.core.dispatch('workspace.import', { content: JSON.stringify(raw) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toContain('checklistDays[0].items[0].part');
  });
});
