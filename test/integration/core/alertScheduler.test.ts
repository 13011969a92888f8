import { afterEach, describe, expect, it } from 'vitest';
import { memoryPrefs } from '../../../electron/core/prefs';
import type { Preferences } from '../../../electron/core/ports';
import { toIso } from '../../../shared/time/instant';
import { FAKE_START } from '../../support/fakeClock';
import { createJumpClock, type JumpClock } from '../../support/jumpClock';
import { closeRecordingCores, openRecordingCore, type RecordingCore } from '../../support/recordingCore';
import { alertWorkspace, T0 } from '../../support/alertWorkspace';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** k1 (P1, a1's): emergency, 1 h on the calendar clock from T0+10 s. */
const K1_WARNING = T0 + 45 * MINUTE + 10 * SECOND;
const K1_DEADLINE = T0 + HOUR + 10 * SECOND;
/** k2 (P3, a1's): first response, 2 business hours from T0+10 s (the calendar is open 07:00-19:00). */
const K2_WARNING = T0 + 90 * MINUTE + 10 * SECOND;
const K2_DEADLINE = T0 + 2 * HOUR + 10 * SECOND;

afterEach(closeRecordingCores);

/** A core on `clock` (and `dbPath` to reopen one), recording what it notifies (as the desktop's notifier would). */
function open(clock: JumpClock, prefs: Preferences, dbPath?: string): RecordingCore {
  // Without the unassigned sweep, whose own notifications are tested in sweepScheduler.test.ts.
  return openRecordingCore({ clock, prefs, sweep: false, ...(dbPath ? { dbPath } : {}) });
}

/** A workspace of four cases (see alertWorkspace), with agent a1 on this device. */
async function start(options: { cases?: Parameters<typeof alertWorkspace>[0] } = {}) {
  const clock = createJumpClock(FAKE_START);
  const prefs = memoryPrefs();
  const t = open(clock, prefs);
  await t.call('workspace.import', { content: JSON.stringify(alertWorkspace(options.cases)) });
  await t.call('session.setAgent', { agentId: 'a1' });
  return { t, clock, prefs };
}

const titles = (t: RecordingCore) => t.notified.map((n) => n.title);

describe('alert scheduler: each warning and breach fires once, at its minute', () => {
  it('fires the warning at the warning instant and the breach at the deadline, never again', async () => {
    const { t, clock } = await start();
    clock.advanceTo(K1_WARNING - 1);
    expect(t.notified).toEqual([]);

    clock.advanceTo(K1_WARNING);
    expect(titles(t)).toEqual(['Due soon: C-1 · 15 min left']);
    expect(t.notified[0]!.body).toBe('Pat Doe (Acme Solar) — Site down');
    expect(t.notified[0]!.late).toBe(false);

    clock.advanceTo(K1_DEADLINE - 1);
    expect(t.notified).toHaveLength(1);
    clock.advanceTo(K1_DEADLINE);
    // The deadline in a1's zone (America/Chicago, CST): 09:00:10 local.
    expect(titles(t)).toEqual(['Due soon: C-1 · 15 min left', 'Breached: C-1 · was due Mon 09:00']);

    clock.advance(10 * MINUTE);
    expect(titles(t).filter((x) => x.includes('C-1'))).toHaveLength(2);

    const { alerts, unread } = await t.call('alerts.list');
    const c1 = alerts.filter((a) => a.key === 'C-1');
    expect(c1.map((a) => [a.kind, a.firedAt, a.delivery])).toEqual([
      ['breached', toIso(K1_DEADLINE), 'notified'],
      ['warning', toIso(K1_WARNING), 'notified'],
    ]);
    expect(unread).toBe(alerts.length);
  });

  it('after a restart on the same workspace, nothing already fired fires again', async () => {
    const { t, clock, prefs } = await start();
    clock.advanceTo(K1_WARNING + MINUTE);
    expect(titles(t)).toEqual(['Due soon: C-1 · 15 min left']);
    t.core.close();

    const again = open(clock, prefs, t.dbPath);
    clock.advance(30 * SECOND);
    expect(again.notified).toEqual([]);
    clock.advanceTo(K1_DEADLINE);
    expect(titles(again)).toEqual(['Breached: C-1 · was due Mon 09:00']);
    expect((await again.call('alerts.list')).alerts.filter((a) => a.key === 'C-1')).toHaveLength(2);
  });

  it('an alert that came due while the app was closed fires once when it opens, marked late', async () => {
    const { t, clock, prefs } = await start();
    clock.advanceTo(T0 + 5 * MINUTE);
    t.core.close();
    clock.advanceTo(K1_DEADLINE + 20 * MINUTE);

    const again = open(clock, prefs, t.dbPath);
    // Breached already: the warning it passed over is not worth an interruption of its own.
    expect(titles(again)).toEqual(['Breached: C-1 · was due Mon 09:00']);
    expect(again.notified[0]!.late).toBe(true);
    expect(again.notified[0]!.body).toContain('Late alert: it came due Mon 09:00.');
    clock.advance(5 * MINUTE);
    expect(again.notified).toHaveLength(1);
  });
});

describe('alert scheduler: sleep and clock jumps', () => {
  it('after sleep, the wake re-plan fires what came due during it once, marked late', async () => {
    const { t, clock } = await start();
    clock.advanceTo(T0 + 40 * MINUTE);
    clock.jump(25 * MINUTE); // asleep from 08:40 to 09:05: no timer ran
    expect(t.notified).toEqual([]);

    t.core.resumed();
    expect(titles(t)).toEqual(['Breached: C-1 · was due Mon 09:00']);
    expect(t.notified[0]!.late).toBe(true);
    t.core.resumed();
    clock.advance(2 * MINUTE);
    expect(t.notified).toHaveLength(1);
  });

  it('a system clock set forwards is noticed at the next periodic check, within 30 seconds', async () => {
    const { t, clock } = await start();
    clock.advanceTo(T0 + 40 * MINUTE);
    clock.jump(6 * MINUTE); // now past k1's warning (08:45:10)
    clock.advance(29 * SECOND);
    clock.advance(SECOND);
    expect(titles(t)).toEqual(['Due soon: C-1 · 13 min left']);
    // Just over a minute late: not late enough to call it late.
    expect(t.notified[0]!.late).toBe(false);
  });

  it('a system clock set backwards does not fire an alert a second time', async () => {
    const { t, clock } = await start();
    clock.advanceTo(K1_WARNING + 30 * SECOND);
    expect(t.notified).toHaveLength(1);
    clock.jump(-10 * MINUTE); // back before the warning instant
    clock.advance(10 * MINUTE + 30 * SECOND);
    expect(titles(t)).toEqual(['Due soon: C-1 · 15 min left']);
    clock.advanceTo(K1_DEADLINE);
    expect(titles(t)).toEqual(['Due soon: C-1 · 15 min left', 'Breached: C-1 · was due Mon 09:00']);
  });
});

describe('alert scheduler: the deadline moves', () => {
  it('a lead moving the target re-plans at once, and the moved deadline alerts again', async () => {
    const { t, clock } = await start();
    clock.advanceTo(K1_WARNING);
    expect(t.notified).toHaveLength(1);

    await t.call('session.setAgent', { agentId: 'a2' });
    const { policy, calendar } = await t.call('settings.getSla');
    policy.targets.emergency = { amount: 90, unit: 'minutes', clock: 'calendar' };
    await t.call('settings.setSla', { policy, calendar });
    await t.call('session.setAgent', { agentId: 'a1' });
    // New deadline 09:30:10, warning (75 %) at 09:07:40: k1 is back to "ok" until then.
    clock.advanceTo(T0 + HOUR + 7 * MINUTE + 40 * SECOND - 1);
    expect(t.notified).toHaveLength(1);
    clock.advance(1);
    expect(titles(t)).toEqual(['Due soon: C-1 · 15 min left', 'Due soon: C-1 · 22 min left']);
  });
});

describe('alert scheduler: whose alerts, and the agent status', () => {
  it("an available agent is alerted for their own and unassigned items, not a colleague's", async () => {
    const { t, clock } = await start();
    clock.advanceTo(K2_DEADLINE + MINUTE);
    const keys = t.notified.map((n) => n.title.split(' · ')[0]);
    expect(keys).toEqual(['Due soon: C-1', 'Breached: C-1', 'Due soon: C-2', 'Due soon: C-3', 'Breached: C-2', 'Breached: C-3']);
    const listed = (await t.call('alerts.list')).alerts.map((a) => a.key);
    expect(listed).not.toContain('C-4');
  });

  it('in a meeting: only emergencies and breaches of their own cases interrupt; the rest is in the centre, silenced', async () => {
    const { t, clock } = await start();
    await t.call('agents.setStatus', { agentId: 'a1', status: 'in_a_meeting' });
    clock.advanceTo(K2_WARNING + MINUTE);
    expect((await t.call('alerts.list')).alerts.map((a) => `${a.kind} ${a.key}`)).toContain('warning C-2');
    expect(t.notified).toHaveLength(2);
    clock.advanceTo(K2_DEADLINE + MINUTE);
    expect(titles(t).map((x) => x.split(' · ')[0])).toEqual(['Due soon: C-1', 'Breached: C-1', 'Breached: C-2']);

    const { alerts } = await t.call('alerts.list');
    const silenced = alerts.filter((a) => a.delivery === 'silenced').map((a) => `${a.kind} ${a.key} (${a.silencedBy})`);
    expect(silenced.sort()).toEqual([
      'breached C-3 (in_a_meeting)', // unassigned: not their own
      'warning C-2 (in_a_meeting)',
      'warning C-3 (in_a_meeting)',
    ]);
  });

  it('in a meeting: an urgent case interrupts too, even for its first response (sla.md 4)', async () => {
    const { t, clock } = await start();
    await t.call('agents.setStatus', { agentId: 'a1', status: 'in_a_meeting' });
    // C-2 is a P3 (no urgency implied): the agent marks it urgent. Its first response stays the earliest deadline.
    const c2 = await t.call('cases.setUrgency', { id: 'k2', urgency: 'urgent' });
    expect(c2).toMatchObject({ urgency: 'urgent', urgencyInForce: 'urgent', sla: { class: 'first_response' } });
    clock.advanceTo(K2_WARNING + MINUTE);
    expect(titles(t).map((x) => x.split(' · ')[0])).toContain('Due soon: C-2');
    const { alerts } = await t.call('alerts.list');
    expect(alerts.find((a) => a.key === 'C-2')).toMatchObject({ kind: 'warning', delivery: 'notified', silencedBy: null });
  });

  it('unavailable or on leave: no interruption at all, every alert still lands in the centre', async () => {
    const { t, clock } = await start();
    await t.call('agents.setStatus', { agentId: 'a1', status: 'unavailable' });
    clock.advanceTo(K1_DEADLINE);
    await t.call('agents.setStatus', { agentId: 'a1', status: 'on_leave' });
    clock.advanceTo(K2_DEADLINE + MINUTE);
    expect(t.notified).toEqual([]);
    const { alerts, unread } = await t.call('alerts.list');
    expect(alerts).toHaveLength(6);
    expect(new Set(alerts.map((a) => a.silencedBy))).toEqual(new Set(['unavailable', 'on_leave']));
    expect(unread).toBe(6);
  });
});

describe('alert scheduler: many at once', () => {
  it('up to three alerts at the same moment come one by one', async () => {
    const { t, clock, prefs } = await start();
    t.core.close();
    clock.advanceTo(K2_DEADLINE + 5 * MINUTE);
    const again = open(clock, prefs, t.dbPath);
    expect(titles(again).map((x) => x.split(' · ')[0])).toEqual(['Breached: C-1', 'Breached: C-2', 'Breached: C-3']);
    expect(again.notified.every((n) => n.late && n.alertIds.length === 1)).toBe(true);
  });

  it('groups four or more into one and lists each in the centre as grouped', async () => {
    const { t, clock, prefs } = await start({ cases: 6 });
    t.core.close();
    clock.advanceTo(K2_DEADLINE + MINUTE);
    const again = open(clock, prefs, t.dbPath);
    expect(again.notified).toHaveLength(1);
    expect(again.notified[0]).toMatchObject({ title: '5 SLA alerts', body: '5 breached: C-1, C-2, C-3 and 2 more' });
    const { alerts } = await again.call('alerts.list');
    expect(alerts.map((a) => a.delivery)).toEqual(Array(5).fill('grouped'));
  });

  it('records a backlog of hundreds a part at a time (the thread never stops long) and shows it as one', async () => {
    const { t, clock, prefs } = await start({ cases: 700 });
    t.core.close();
    clock.advanceTo(K2_DEADLINE + MINUTE);
    const again = open(clock, prefs, t.dbPath);
    // The first part is recorded at once; the next ones on the timer, one after another, with nothing shown yet.
    expect(again.notified).toEqual([]);
    clock.advance(0);
    expect(again.notified).toHaveLength(1);
    // C-1..C-3 and C-5..C-700: a1's and the unassigned one, all breached while the app was closed.
    expect(again.notified[0]!.alertIds).toHaveLength(699);
    expect(new Set(again.notified[0]!.alertIds).size).toBe(699);
    const listed = await again.call('alerts.list', { limit: 500 });
    expect(listed.unread).toBe(699);
    expect(listed.alerts.every((a) => a.delivery === 'grouped')).toBe(true);
    clock.advance(5 * MINUTE);
    expect(again.notified).toHaveLength(1);
  });
});

describe('notification centre', () => {
  it('opening one alert shows its item and marks it read; opening a group shows the centre', async () => {
    const { t, clock } = await start();
    clock.advanceTo(K1_DEADLINE);
    const [breach, warning] = (await t.call('alerts.list')).alerts;

    const target = await t.call('alerts.open', { ids: [breach!.id] });
    expect(target).toMatchObject({ kind: 'item', item: { key: 'C-1', sla: { state: 'breached' } } });
    expect(t.opened).toEqual([target]);
    expect((await t.call('alerts.list')).unread).toBe(1);

    expect(await t.call('alerts.open', { ids: [breach!.id, warning!.id] })).toEqual({ kind: 'alerts' });
    expect((await t.call('alerts.markRead', {})).unread).toBe(0);
  });

  it('refuses to open an alert that does not exist, naming it', async () => {
    const { t } = await start();
    const result = await t.core.dispatch('alerts.open', { ids: ['nope'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('"nope"') } });
  });
});
