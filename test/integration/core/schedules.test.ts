import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryPrefs } from '../../../electron/core/prefs';
import type { Preferences } from '../../../electron/core/ports';
import type { Notification } from '../../../shared/contract/index';
import { createFakeClock } from '../../support/fakeClock';
import { makeTempDir } from '../../support/tempDir';
import { openTestCore, type TestCore } from '../../support/testCore';
import { smallWorkspace } from '../../support/workspaceFixture';

/** Issue 12 item 3: schedules, reminders, SLA upkeep blocks, the sweep interval as a workspace setting. */

/** Monday 2026-03-09 01:00 in Chicago (06:00 UTC), the day after Chicago moved to daylight time. */
const START = Date.parse('2026-03-09T06:00:00Z');
/** Agent One's shifts: 07:00-13:00 CDT = 12:00-18:00 UTC. */
const SHIFT_START = Date.parse('2026-03-09T12:00:00Z');
/** Tuesday's upkeep block 10:00-11:00 CDT. */
const BLOCK_START = Date.parse('2026-03-10T15:00:00Z');
const BLOCK_END = Date.parse('2026-03-10T16:00:00Z');
const H = 3600_000;

let t: TestCore;
let temp: ReturnType<typeof makeTempDir> | null = null;
let shown: { at: string; id: string; title: string }[] = [];
afterEach(() => {
  t.cleanup();
  temp?.cleanup();
  temp = null;
});

function listen(core: TestCore): void {
  shown = [];
  core.core.on('notify', (n: Notification) => shown.push({ at: new Date(core.clock.now()).toISOString(), id: n.id, title: n.title }));
}

function open(o: { at?: number; dbPath?: string; prefs?: Preferences } = {}): TestCore {
  t = openTestCore({
    clock: createFakeClock(o.at ?? START),
    alerts: false,
    sweep: false,
    closure: false,
    schedule: true,
    watchExternalChanges: false,
    ...(o.dbPath && { dbPath: o.dbPath }),
    ...(o.prefs && { prefs: o.prefs }),
  });
  listen(t);
  return t;
}

/** The fixture; the lead (a2) gives Agent One (a1, Chicago) Monday and Tuesday shifts and two upkeep blocks, then a1 uses the device. */
async function setUp(): Promise<void> {
  await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
  await t.call('session.setAgent', { agentId: 'a2' });
  await t.call('schedules.set', { agentId: 'a1', schedule: { mon: [['07:00', '13:00']], tue: [['07:00', '13:00']] } });
  await t.call('schedules.setUpkeep', {
    agentId: 'a1',
    blocks: [
      { day: 'tue', start: '10:00', minutes: 60 },
      { day: 'thu', start: '10:00', minutes: 60 },
    ],
  });
  await t.call('session.setAgent', { agentId: 'a1' });
}

const audit = (): { by_id: string | null; action: string; subject: string | null; detail: string }[] => {
  const db = new Database(t.dbPath, { readonly: true });
  try {
    return db.prepare('SELECT by_id, action, subject, detail FROM audit ORDER BY seq').all() as never;
  } finally {
    db.close();
  }
};
const status = async (id: string) => (await t.call('agents.list', {})).find((a) => a.id === id)!.status;

describe('editing schedules', () => {
  it('a lead sets the weekly windows and upkeep blocks, recorded; they travel in the workspace file', async () => {
    open();
    await setUp();
    const got = await t.call('schedules.get', { agentId: 'a1' });
    expect(got.timeZone).toBe('America/Chicago');
    expect(got.today).toEqual([{ from: '07:00', to: '13:00', start: '2026-03-09T12:00:00Z', end: '2026-03-09T18:00:00Z' }]);
    expect(got.blocks).toHaveLength(2);
    expect(audit().filter((a) => a.action.startsWith('schedule.')).map((a) => [a.by_id, a.action, a.subject])).toEqual([
      ['a2', 'schedule.set', 'a1'],
      ['a2', 'schedule.setUpkeep', 'a1'],
    ]);
    const file = JSON.parse((await t.call('workspace.export', {})).content) as { agents: Record<string, unknown>[] };
    const a1 = file.agents.find((a) => a.id === 'a1')!;
    expect(a1.schedule).toEqual({ mon: [['07:00', '13:00']], tue: [['07:00', '13:00']] });
    expect(a1.upkeepBlocks).toEqual([
      { day: 'tue', start: '10:00', minutes: 60 },
      { day: 'thu', start: '10:00', minutes: 60 },
    ]);
    expect(a1.deskPhone).toBe('4411');
  });

  it('reads the upkeep blocks of an imported file', async () => {
    open();
    const raw = smallWorkspace();
    Object.assign(raw.agents[0]!, { upkeepBlocks: [{ day: 'mon', start: '09:00', minutes: 60 }, { day: 'wed', start: '09:00', minutes: 120 }] });
    await t.call('workspace.import', { content: JSON.stringify(raw) });
    expect((await t.call('schedules.get', { agentId: 'a1' })).blocks).toEqual([
      { day: 'mon', start: '09:00', minutes: 60 },
      { day: 'wed', start: '09:00', minutes: 120 },
    ]);
  });

  it('refuses an agent, one upkeep day, a short block and overlapping windows, naming the field; nothing changes', async () => {
    open();
    await setUp();
    const agentTry = await t.core.dispatch('schedules.set', { agentId: 'a1', schedule: {} });
    expect(agentTry.ok ? null : agentTry.error.code).toBe('forbidden');
    await t.call('session.setAgent', { agentId: 'a2' });
    const oneDay = await t.core.dispatch('schedules.setUpkeep', { agentId: 'a1', blocks: [{ day: 'tue', start: '10:00', minutes: 60 }] });
    expect(oneDay.ok ? null : oneDay.error.message).toMatch(/^blocks: SLA upkeep needs blocks on at least 2 different days/);
    const short = await t.core.dispatch('schedules.setUpkeep', {
      agentId: 'a1',
      blocks: [
        { day: 'tue', start: '10:00', minutes: 30 },
        { day: 'thu', start: '10:00', minutes: 60 },
      ],
    });
    expect(short.ok ? null : short.error.message).toMatch(/^blocks\[0\]\.minutes: a block lasts at least 60 minutes/);
    const overlap = await t.core.dispatch('schedules.set', { agentId: 'a1', schedule: { mon: [['07:00', '13:00'], ['12:00', '14:00']] } });
    expect(overlap.ok ? null : overlap.error.message).toMatch(/^schedule\.mon: windows overlap/);
    const unknown = await t.core.dispatch('schedules.set', { agentId: 'nobody', schedule: {} });
    expect(unknown.ok ? null : unknown.error.code).toBe('not_found');
    expect((await t.call('schedules.get', { agentId: 'a1' })).blocks).toHaveLength(2);
    expect((await t.call('schedules.get', { agentId: 'a1' })).schedule.mon).toEqual([['07:00', '13:00']]);
  });
});

describe('reminders', () => {
  it('at shift start (with the Monday review), every 2 hours for the shared mailboxes, at shift end, each at its instant', async () => {
    open();
    await setUp();
    t.clock.advanceTo(SHIFT_START - 1);
    expect(shown).toEqual([]);
    t.clock.advanceTo(SHIFT_START + 6 * H);
    expect(shown.map((s) => [s.at, s.title])).toEqual([
      ['2026-03-09T12:00:00.000Z', 'Your shift starts'],
      ['2026-03-09T12:00:00.000Z', "Review this week's scheduled hours"],
      ['2026-03-09T14:00:00.000Z', 'Check the shared mailboxes'],
      ['2026-03-09T16:00:00.000Z', 'Check the shared mailboxes'],
      ['2026-03-09T18:00:00.000Z', 'Your shift ends'],
    ]);
    // Clicking the shift end's notification opens Unassigned.
    expect(await t.call('alerts.open', { ids: [shown.at(-1)!.id] })).toEqual({ kind: 'view', view: 'unassigned' });
  });

  it('are delivered once across a restart; one missed by more than 15 minutes is not shown late', async () => {
    temp = makeTempDir();
    const dbPath = temp.path('workspace.db');
    const prefs = memoryPrefs();
    open({ dbPath, prefs });
    await setUp();
    t.clock.advanceTo(SHIFT_START);
    expect(shown.map((s) => s.title)).toEqual(['Your shift starts', "Review this week's scheduled hours"]);
    await t.core.close();

    open({ dbPath, prefs, at: SHIFT_START + 5 * 60_000 });
    await t.core.ready();
    await t.core.settled();
    expect(shown).toEqual([]);
    t.clock.advanceTo(SHIFT_START + 2 * H);
    expect(shown.map((s) => s.title)).toEqual(['Check the shared mailboxes']);
    await t.core.close();

    // Closed through the 16:00 reminder: reopened at 16:30, it is not shown.
    open({ dbPath, prefs, at: SHIFT_START + 4.5 * H });
    await t.core.ready();
    await t.core.settled();
    t.clock.advanceTo(SHIFT_START + 6 * H - 1);
    expect(shown).toEqual([]);
  });

  it('are gated by status: nothing On leave; while Unavailable only the shift start', async () => {
    open();
    await setUp();
    await t.call('agents.setStatus', { agentId: 'a1', status: 'on_leave' });
    t.clock.advanceTo(SHIFT_START + 6 * H);
    expect(shown).toEqual([]);
    await t.call('agents.setStatus', { agentId: 'a1', status: 'unavailable' });
    t.clock.advanceTo(SHIFT_START + 24 * H + 2 * H);
    expect(shown.map((s) => s.title)).toEqual(['Your shift starts']);
  });
});

describe('SLA upkeep blocks', () => {
  it('set In a meeting for the block (recorded, by nobody), open Aging, and restore the status at its end', async () => {
    open();
    await setUp();
    t.clock.advanceTo(BLOCK_START - 1);
    expect(await status('a1')).toBe('available');
    shown = [];
    t.clock.advanceTo(BLOCK_START);
    await t.core.settled();
    expect(await status('a1')).toBe('in_a_meeting');
    const note = shown.find((s) => s.title === 'SLA upkeep block')!;
    expect(note.at).toBe('2026-03-10T15:00:00.000Z');
    expect(await t.call('alerts.open', { ids: [note.id] })).toEqual({ kind: 'view', view: 'aging' });
    t.clock.advanceTo(BLOCK_END);
    await t.core.settled();
    expect(await status('a1')).toBe('available');
    const changes = audit().filter((a) => a.action === 'agent.status');
    expect(changes.map((a) => [a.by_id, a.subject, JSON.parse(a.detail)])).toEqual([
      [null, 'a1', { from: 'available', to: 'in_a_meeting', reason: 'SLA upkeep block started' }],
      [null, 'a1', { from: 'in_a_meeting', to: 'available', reason: 'SLA upkeep block ended' }],
    ]);
  });

  it('leaves a status the agent changed during the block; a block entered late still applies, once', async () => {
    temp = makeTempDir();
    const dbPath = temp.path('workspace.db');
    const prefs = memoryPrefs();
    // The app opens half-way through the block.
    open({ dbPath, prefs });
    await setUp();
    await t.core.close();
    open({ dbPath, prefs, at: BLOCK_START + 30 * 60_000 });
    await t.core.ready();
    await t.core.settled();
    expect(await status('a1')).toBe('in_a_meeting');
    await t.call('agents.setStatus', { agentId: 'a1', status: 'unavailable' });
    t.clock.advanceTo(BLOCK_END + 60_000);
    expect(await status('a1')).toBe('unavailable');
    await t.call('agents.setStatus', { agentId: 'a1', status: 'available' });
    t.clock.advanceTo(BLOCK_END + 2 * H);
    expect(await status('a1')).toBe('available');
  });
});

describe('the sweep interval, a workspace setting', () => {
  it('only a lead changes it (recorded); an agent is refused and nothing changes', async () => {
    open();
    await setUp();
    const refused = await t.core.dispatch('sweep.setInterval', { minutes: 30 });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/only a lead/) });
    expect(await t.call('sweep.status', {})).toMatchObject({ everyMinutes: 15, editable: false });
    await t.call('session.setAgent', { agentId: 'a2' });
    expect(await t.call('sweep.setInterval', { minutes: 30 })).toMatchObject({ everyMinutes: 30, editable: true });
    expect(audit().filter((a) => a.action === 'sweep.setInterval').map((a) => [a.by_id, JSON.parse(a.detail)])).toEqual([['a2', { from: 15, to: 30 }]]);
  });

  it("takes the device's old preference on the first start without a workspace value; other devices then read it", async () => {
    temp = makeTempDir();
    const dbPath = temp.path('workspace.db');
    open({ dbPath });
    await t.call('workspace.import', { content: JSON.stringify(smallWorkspace()) });
    await t.core.close();
    t = openTestCore({ dbPath, clock: createFakeClock(START), alerts: false, sweep: true, closure: false, schedule: false, watchExternalChanges: false, prefs: memoryPrefs({ 'sweep.everyMinutes': 20 }) });
    expect((await t.call('sweep.status', {})).everyMinutes).toBe(20);
    await t.core.close();
    t = openTestCore({ dbPath, clock: createFakeClock(START), alerts: false, sweep: true, closure: false, schedule: false, watchExternalChanges: false, prefs: memoryPrefs({ 'sweep.everyMinutes': 45 }) });
    expect((await t.call('sweep.status', {})).everyMinutes).toBe(20);
  });
});
