import { afterEach, describe, expect, it } from 'vitest';
import { memoryPrefs } from '../../../electron/core/prefs';
import { FAKE_START } from '../../support/fakeClock';
import { createJumpClock, type JumpClock } from '../../support/jumpClock';
import { closeRecordingCores, openRecordingCore, type RecordingCore } from '../../support/recordingCore';
import { alertWorkspace, T0 } from '../../support/alertWorkspace';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
/** k1 (P1, a1's): emergency, 1 h on the calendar clock from T0+10 s. */
const K1_DEADLINE = T0 + HOUR + 10 * SECOND;
/** k2 (P3, a1's): first response, 2 business hours from T0+10 s; warned 30 min before. */
const K2_WARNING = T0 + 90 * MINUTE + 10 * SECOND;

afterEach(closeRecordingCores);

/** The app's core on a fresh workspace with agent a1 on this device, recording what it notifies. */
function appCore(clock: JumpClock): RecordingCore {
  return openRecordingCore({ clock, prefs: memoryPrefs(), sweep: false, watchExternalChanges: false });
}

const titles = (t: RecordingCore) => t.notified.map((n) => n.title);

describe('the alert history in a workspace file', () => {
  it('export -> import into a fresh workspace: the alerts fired before are not notified again; later ones still are', async () => {
    const clock = createJumpClock(FAKE_START);
    const first = appCore(clock);
    await first.call('workspace.import', { content: JSON.stringify(alertWorkspace()) });
    await first.call('session.setAgent', { agentId: 'a1' });
    clock.advanceTo(K1_DEADLINE + MINUTE);
    expect(titles(first)).toEqual(['Due soon: C-1 · 15 min left', 'Breached: C-1 · was due Mon 09:00']);
    const fired = await first.call('alerts.list');
    await first.call('alerts.markRead', { ids: [fired.alerts.at(-1)!.id] });
    const { content } = await first.call('workspace.export');
    expect(JSON.parse(content)).toHaveProperty('alerts');

    const second = appCore(clock);
    await second.call('workspace.import', { content });
    await second.call('session.setAgent', { agentId: 'a1' });
    clock.advance(2 * MINUTE);
    expect(second.notified).toEqual([]);
    // The bell shows the same history, read and unread as it was.
    const restored = await second.call('alerts.list');
    expect(restored.alerts.map((a) => [a.id, a.kind, a.firedAt, a.read])).toEqual(
      (await first.call('alerts.list')).alerts.map((a) => [a.id, a.kind, a.firedAt, a.read]),
    );
    expect(restored.unread).toBe(1);
    // Exported again, it is the same file.
    expect((await second.call('workspace.export')).content).toBe(content);

    // The next alert (C-2's warning) comes as it would have.
    clock.advanceTo(K2_WARNING);
    expect(titles(second)).toEqual(['Due soon: C-2 · 30 min business left']);
  });

  it('importing the same file twice changes nothing, and a workspace without alerts exports no alerts key', async () => {
    const clock = createJumpClock(FAKE_START);
    const t = appCore(clock);
    await t.call('workspace.import', { content: JSON.stringify(alertWorkspace()) });
    expect(JSON.parse((await t.call('workspace.export')).content)).not.toHaveProperty('alerts');
    await t.call('session.setAgent', { agentId: 'a1' });
    clock.advanceTo(K1_DEADLINE);
    const { content } = await t.call('workspace.export');
    await t.call('workspace.import', { content });
    expect((await t.call('workspace.export')).content).toBe(content);
    expect(t.notified).toHaveLength(2);
  });
});
