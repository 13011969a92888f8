import { afterEach, describe, expect, it } from 'vitest';
import { memoryPrefs } from '../../../electron/core/prefs';
import type { Preferences } from '../../../electron/core/ports';
import { toIso } from '../../../shared/time/instant';
import { alertWorkspace, T0 } from '../../support/alertWorkspace';
import { createJumpClock, type JumpClock } from '../../support/jumpClock';
import { closeRecordingCores, openRecordingCore, type RecordingCore } from '../../support/recordingCore';

/**
 * The unassigned sweep (sla.md section 7) on the alert workspace (see alertWorkspace): C-3 is the
 * one unassigned case at the start (first response from T0+20 s: warning at 09:30:20, due 10:00:20
 * Chicago). The workspace is imported at T0, so the first sweep runs at the scheduler's first
 * periodic check, T0+1 min, and then every 15 minutes: T0+16, T0+31, T0+46 min...
 */
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const at = (ms: number) => toIso(ms);
const C3_WARNING = T0 + 90 * MINUTE + 20 * SECOND;
const C3_DEADLINE = T0 + 120 * MINUTE + 20 * SECOND;

afterEach(closeRecordingCores);

/** A core on `clock` (and `dbPath` to reopen one) with its SLA alerts off, recording what it notifies. */
function open(clock: JumpClock, prefs: Preferences, dbPath?: string): RecordingCore {
  return openRecordingCore({ clock, prefs, alerts: false, sweep: true, ...(dbPath ? { dbPath } : {}) });
}

/** The alert workspace plus unassigned P3 email cases, each with one customer message at its instant. */
function workspace(extra: { n: number; at: number; subject?: string }[] = []) {
  const w = alertWorkspace();
  const base = w.cases[2]!; // C-3: unassigned, new, P3
  for (const e of extra) {
    w.cases.push({ ...base, id: `k${e.n}`, key: `C-${e.n}`, subject: e.subject ?? `Question ${e.n}`, createdAt: at(e.at) });
    w.events.push({ caseId: `k${e.n}`, at: at(e.at), kind: 'inbound', body: 'Hello?' });
  }
  return w;
}

async function start() {
  const clock = createJumpClock(T0);
  const prefs = memoryPrefs();
  const t = open(clock, prefs);
  await t.call('workspace.import', { content: JSON.stringify(workspace()) });
  await t.call('session.setAgent', { agentId: 'a1' });
  return { t, clock, prefs };
}

/** Cases arriving (an import with more cases, as the intake does). */
const arrive = (t: RecordingCore, extra: Parameters<typeof workspace>[0]) =>
  t.call('workspace.import', { content: JSON.stringify(workspace(extra)) });

const log = async (t: RecordingCore) => (await t.call('sweep.log', {})).sweeps;
const sweepTimes = async (t: RecordingCore) => (await log(t)).map((s) => s.at).reverse();
const texts = (t: RecordingCore) => t.notified.map((n) => `${n.title} | ${n.body}`);

describe('unassigned sweep: cadence and grouped notification', () => {
  it('runs within a minute of the workspace being set up, then every 15 minutes; nothing new, no notification', async () => {
    const { t, clock } = await start();
    expect(await log(t)).toEqual([]);
    clock.advanceTo(T0 + MINUTE);
    expect(texts(t)).toEqual(['1 new unassigned case, waiting <1 min | C-3 · Pat Doe (Acme Solar) — Password reset']);

    clock.advanceTo(T0 + 46 * MINUTE);
    expect(await sweepTimes(t)).toEqual([at(T0 + MINUTE), at(T0 + 16 * MINUTE), at(T0 + 31 * MINUTE), at(T0 + 46 * MINUTE)]);
    expect(t.notified).toHaveLength(1);
    const [latest] = await log(t);
    expect(latest).toMatchObject({
      outcome: 'nothing_new',
      counts: { unassigned: 1, new: 0, warning: 0, breached: 0 },
      newKeys: [],
      title: null,
      late: false,
      agentId: 'a1',
      agentStatus: 'available',
    });
  });

  it('new cases get one notification at the next sweep, naming the longest waiting', async () => {
    const { t, clock } = await start();
    clock.advanceTo(T0 + 5 * MINUTE);
    await arrive(t, [{ n: 9, at: T0 + 3 * MINUTE }, { n: 10, at: T0 + 4 * MINUTE }, { n: 11, at: T0 + 5 * MINUTE }]);
    clock.advanceTo(T0 + 16 * MINUTE - 1);
    expect(t.notified).toHaveLength(1); // C-3, at the first sweep
    clock.advanceTo(T0 + 16 * MINUTE);
    expect(texts(t).slice(1)).toEqual(['3 new unassigned cases, oldest waiting 13 min | C-9, C-10, C-11']);
    expect(t.notified[1]!.late).toBe(false);

    clock.advanceTo(T0 + 20 * MINUTE);
    await arrive(t, [{ n: 12, at: T0 + 19 * MINUTE, subject: 'Invoice missing' }]);
    clock.advanceTo(T0 + 46 * MINUTE);
    expect(texts(t).slice(2)).toEqual(['1 new unassigned case, waiting 12 min | C-12 · Pat Doe (Acme Solar) — Invoice missing']);

    const [, withC12] = await log(t);
    expect(withC12).toMatchObject({ outcome: 'notified', counts: { unassigned: 5, new: 1 }, newKeys: ['C-12'] });
  });

  it('lists at most three keys in the notification, and counts every new one', async () => {
    const { t, clock } = await start();
    clock.advanceTo(T0 + 2 * MINUTE);
    await arrive(t, [5, 6, 7, 8, 9].map((n) => ({ n: n + 10, at: T0 + 2 * MINUTE })));
    clock.advanceTo(T0 + 16 * MINUTE);
    expect(texts(t).at(-1)).toBe('5 new unassigned cases, oldest waiting 14 min | C-15, C-16, C-17 and 2 more');
  });

  it('an unassigned case turning to warning is in the next sweep once, its breach is only counted', async () => {
    const { t, clock } = await start();
    clock.advanceTo(C3_WARNING - 1);
    expect(t.notified).toHaveLength(1);
    clock.advanceTo(T0 + 91 * MINUTE);
    expect(texts(t).slice(1)).toEqual(['1 unassigned case due soon | C-3 · Pat Doe (Acme Solar) — Password reset']);
    expect((await log(t))[0]).toMatchObject({ outcome: 'notified', counts: { new: 0, warning: 1 }, warningKeys: ['C-3'] });

    clock.advanceTo(C3_DEADLINE + 30 * MINUTE);
    expect(t.notified).toHaveLength(2);
    expect((await log(t))[0]).toMatchObject({ outcome: 'nothing_new', counts: { unassigned: 1, warning: 0, breached: 1 } });
  });

  it('new cases and others newly in warning make one notification together', async () => {
    const { t, clock } = await start();
    clock.advanceTo(T0 + 80 * MINUTE);
    await arrive(t, [{ n: 20, at: T0 + 80 * MINUTE }]);
    clock.advanceTo(T0 + 91 * MINUTE);
    expect(texts(t).slice(1)).toEqual(['1 new unassigned case, waiting 11 min | C-20 · Pat Doe (Acme Solar) — Question 20\nAlso due soon: C-3']);
  });
});

describe('unassigned sweep: the interval', () => {
  it('is a workspace setting from 5 to 60 minutes, 15 by default, that a lead changes; the next sweep follows a change at once', async () => {
    const { t, clock, prefs } = await start();
    clock.advanceTo(T0 + 3 * MINUTE);
    expect(await t.call('sweep.status')).toEqual({ everyMinutes: 15, editable: false, lastAt: at(T0 + MINUTE), nextAt: at(T0 + 16 * MINUTE), silencedBy: null });

    await t.call('session.setAgent', { agentId: 'a2' }); // the lead
    expect(await t.call('sweep.setInterval', { minutes: 5 })).toMatchObject({ everyMinutes: 5, editable: true, nextAt: at(T0 + 6 * MINUTE) });
    expect(t.changes.at(-1)).toEqual(['sweep', 'audit']);
    expect(prefs.get('sweep.everyMinutes')).toBeUndefined();
    await t.call('session.setAgent', { agentId: 'a1' });
    clock.advanceTo(T0 + 16 * MINUTE);
    expect(await sweepTimes(t)).toEqual([at(T0 + MINUTE), at(T0 + 6 * MINUTE), at(T0 + 11 * MINUTE), at(T0 + 16 * MINUTE)]);

    await t.call('session.setAgent', { agentId: 'a2' });
    await t.call('sweep.setInterval', { minutes: 60 });
    await t.call('session.setAgent', { agentId: 'a1' });
    clock.advanceTo(T0 + 76 * MINUTE - 1);
    expect(await sweepTimes(t)).toHaveLength(4);
    clock.advanceTo(T0 + 76 * MINUTE);
    expect(await sweepTimes(t)).toHaveLength(5);
  });

  it('a shorter interval that is already over runs the sweep at once', async () => {
    const { t, clock } = await start();
    clock.advanceTo(T0 + 12 * MINUTE);
    await t.call('session.setAgent', { agentId: 'a2' });
    await t.call('sweep.setInterval', { minutes: 10 });
    expect(await sweepTimes(t)).toEqual([at(T0 + MINUTE), at(T0 + 12 * MINUTE)]);
    expect((await log(t))[0]!.late).toBe(false); // due at T0+11 min: one minute is not late
  });

  it('refuses anything but whole minutes from 5 to 60, saying so', async () => {
    const { t } = await start();
    for (const minutes of [4, 61, 7.5, 0]) {
      const result = await t.core.dispatch('sweep.setInterval', { minutes });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^sweep\.setInterval: minutes: .*(5 to 60|from 5 to 60)/) } });
    }
    expect((await t.call('sweep.status')).everyMinutes).toBe(15);
  });
});

describe('unassigned sweep: missed sweeps, restarts', () => {
  it('a sweep missed while asleep runs once on wake, marked late, and the cadence restarts from it', async () => {
    const { t, clock } = await start();
    clock.advanceTo(T0 + 20 * MINUTE);
    await arrive(t, [{ n: 9, at: T0 + 20 * MINUTE }]);
    clock.jump(40 * MINUTE); // asleep from 08:20 to 09:00: no timer ran
    expect(await sweepTimes(t)).toHaveLength(2);

    t.core.resumed();
    t.core.resumed();
    expect(await sweepTimes(t)).toEqual([at(T0 + MINUTE), at(T0 + 16 * MINUTE), at(T0 + 60 * MINUTE)]);
    expect((await log(t))[0]).toMatchObject({ dueAt: at(T0 + 31 * MINUTE), late: true, newKeys: ['C-9'] });
    expect(texts(t).at(-1)).toBe('1 new unassigned case, waiting 40 min | C-9 · Pat Doe (Acme Solar) — Question 9');
    expect(await t.call('sweep.status')).toMatchObject({ lastAt: at(T0 + 60 * MINUTE), nextAt: at(T0 + 75 * MINUTE) });
  });

  it('without a wake event, the periodic check notices the jump within a minute', async () => {
    const { t, clock } = await start();
    clock.advanceTo(T0 + 20 * MINUTE);
    clock.jump(40 * MINUTE);
    clock.advance(MINUTE);
    expect(await sweepTimes(t)).toHaveLength(3);
  });

  it('a sweep missed while the app was closed runs once when it opens', async () => {
    const { t, clock, prefs } = await start();
    clock.advanceTo(T0 + 20 * MINUTE);
    t.core.close();
    clock.advanceTo(T0 + 50 * MINUTE);

    const again = open(clock, prefs, t.dbPath);
    expect(await sweepTimes(again)).toEqual([at(T0 + MINUTE), at(T0 + 16 * MINUTE), at(T0 + 50 * MINUTE)]);
    expect((await log(again))[0]).toMatchObject({ dueAt: at(T0 + 31 * MINUTE), late: true, outcome: 'nothing_new' });
    clock.advanceTo(T0 + 65 * MINUTE - 1);
    expect(await sweepTimes(again)).toHaveLength(3);
    clock.advanceTo(T0 + 65 * MINUTE);
    expect(await sweepTimes(again)).toHaveLength(4);
    expect(again.notified).toEqual([]);
  });

  it('a restart before the next sweep is due does not sweep again, and what was seen stays seen', async () => {
    const { t, clock, prefs } = await start();
    clock.advanceTo(T0 + 20 * MINUTE);
    t.core.close();
    const again = open(clock, prefs, t.dbPath);
    clock.advanceTo(T0 + 31 * MINUTE - 1);
    expect(await sweepTimes(again)).toHaveLength(2);
    clock.advanceTo(T0 + 31 * MINUTE);
    expect(await sweepTimes(again)).toHaveLength(3);
    expect(again.notified).toEqual([]); // C-3 was seen before the restart
  });
});

describe('unassigned sweep: the agent status', () => {
  it('in a meeting: recorded as silenced, not shown; the cases are new again at the first sweep back', async () => {
    const { t, clock } = await start();
    clock.advanceTo(T0 + 5 * MINUTE);
    await arrive(t, [{ n: 9, at: T0 + 5 * MINUTE }]); // (an import sets the statuses of its file: first)
    await t.call('agents.setStatus', { agentId: 'a1', status: 'in_a_meeting' });
    clock.advanceTo(T0 + 16 * MINUTE);
    expect(t.notified).toHaveLength(1);
    expect((await log(t))[0]).toMatchObject({
      outcome: 'silenced',
      silencedBy: 'in_a_meeting',
      agentStatus: 'in_a_meeting',
      counts: { new: 1 },
      newKeys: ['C-9'],
      title: '1 new unassigned case, waiting 11 min',
    });
    expect(await t.call('sweep.status')).toMatchObject({ silencedBy: 'in_a_meeting' });

    await t.call('agents.setStatus', { agentId: 'a1', status: 'available' });
    clock.advanceTo(T0 + 31 * MINUTE);
    expect(texts(t).at(-1)).toBe('1 new unassigned case, waiting 26 min | C-9 · Pat Doe (Acme Solar) — Question 9');
  });

  it('unavailable or on leave: every sweep still recorded, silenced, so the gap shows', async () => {
    const { t, clock } = await start();
    clock.advanceTo(T0 + 2 * MINUTE);
    await t.call('agents.setStatus', { agentId: 'a1', status: 'unavailable' });
    clock.advanceTo(T0 + 16 * MINUTE);
    await arrive(t, [{ n: 9, at: T0 + 17 * MINUTE }]); // (an import sets the statuses of its file: first)
    await t.call('agents.setStatus', { agentId: 'a1', status: 'on_leave' });
    clock.advanceTo(T0 + 46 * MINUTE);
    expect(t.notified).toHaveLength(1);
    const sweeps = await log(t);
    expect(sweeps.map((s) => [s.outcome, s.silencedBy, s.counts.new])).toEqual([
      ['silenced', 'on_leave', 1],
      ['silenced', 'on_leave', 1],
      ['silenced', 'unavailable', 0],
      ['notified', null, 1],
    ]);
    expect(sweeps[2]!.title).toBeNull();
  });
});

describe('unassigned sweep: the log, the status and the notification click', () => {
  it('lists recorded sweeps newest first, as many as asked', async () => {
    const { t, clock } = await start();
    clock.advanceTo(T0 + 61 * MINUTE);
    const { sweeps } = await t.call('sweep.log', { limit: 2 });
    expect(sweeps.map((s) => [s.id, s.at])).toEqual([
      [5, at(T0 + 61 * MINUTE)],
      [4, at(T0 + 46 * MINUTE)],
    ]);
    const first = (await t.call('sweep.log', { limit: 10 })).sweeps.at(-1)!;
    expect(first).toEqual({
      id: 1,
      at: at(T0 + MINUTE),
      dueAt: at(T0 + MINUTE),
      late: false,
      agentId: 'a1',
      agentStatus: 'available',
      counts: { unassigned: 1, new: 1, warning: 0, breached: 0 },
      newKeys: ['C-3'],
      warningKeys: [],
      outcome: 'notified',
      silencedBy: null,
      title: '1 new unassigned case, waiting <1 min',
      body: 'C-3 · Pat Doe (Acme Solar) — Password reset',
    });
  });

  it('has no sweep and no countdown before the workspace is set up', async () => {
    const clock = createJumpClock(T0);
    const t = open(clock, memoryPrefs());
    clock.advance(30 * MINUTE);
    expect(await t.call('sweep.status')).toEqual({ everyMinutes: 15, editable: false, lastAt: null, nextAt: null, silencedBy: null });
    expect(await log(t)).toEqual([]);
    expect(t.changes).toEqual([]);
  });

  it('announces each sweep as a change of topic sweep', async () => {
    const { t, clock } = await start();
    clock.advanceTo(T0 + MINUTE);
    await t.core.settled();
    expect(t.changes.at(-1)).toEqual(['sweep']);
  });

  it('clicking the notification opens the Unassigned view in every window', async () => {
    const { t, clock } = await start();
    clock.advanceTo(T0 + MINUTE);
    const [notification] = t.notified;
    expect(notification!.alertIds).toEqual(['sweep:1']);
    expect(await t.call('alerts.open', { ids: notification!.alertIds })).toEqual({ kind: 'view', view: 'unassigned' });
    expect(t.opened).toEqual([{ kind: 'view', view: 'unassigned' }]);

    const missing = await t.core.dispatch('alerts.open', { ids: ['sweep:99'] });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('"sweep:99"') } });
  });

  it('sweep.preview says what a sweep would do now, recording and notifying nothing', async () => {
    const { t, clock } = await start();
    clock.advanceTo(T0 + 5 * MINUTE);
    await arrive(t, [{ n: 9, at: T0 + 4 * MINUTE }]);
    const before = t.changes.length;
    const { sweep } = await t.call('sweep.preview');
    expect(sweep).toMatchObject({ at: at(T0 + 5 * MINUTE), outcome: 'notified', newKeys: ['C-9'], title: '1 new unassigned case, waiting 1 min' });
    expect(t.changes.length).toBe(before);
    expect(await sweepTimes(t)).toHaveLength(1);
    clock.advanceTo(T0 + 16 * MINUTE);
    expect(texts(t).at(-1)).toContain('C-9');
  });
});
