import { beforeEach, describe, expect, it, vi } from 'vitest';
import { replanOnWake } from '../../electron/main/power';
import { powerMonitor, resetElectronMock } from '../mocks/electron';

/** Waking from sleep or unlocking the screen makes the core re-plan its SLA alerts (sla.md section 5). */
function setup() {
  const core = { resumed: vi.fn() };
  const stop = replanOnWake(powerMonitor, core);
  return { core, stop };
}

beforeEach(() => resetElectronMock());

describe('re-planning alerts on wake', () => {
  it('waking from sleep re-plans at once', () => {
    const { core } = setup();
    expect(core.resumed).not.toHaveBeenCalled();
    powerMonitor.emit('resume');
    expect(core.resumed).toHaveBeenCalledTimes(1);
  });

  it('unlocking the screen re-plans at once', () => {
    const { core } = setup();
    powerMonitor.emit('unlock-screen');
    expect(core.resumed).toHaveBeenCalledTimes(1);
  });

  it('each wake and unlock re-plans again', () => {
    const { core } = setup();
    powerMonitor.emit('resume');
    powerMonitor.emit('unlock-screen');
    powerMonitor.emit('resume');
    expect(core.resumed).toHaveBeenCalledTimes(3);
  });

  it('going to sleep alone does not re-plan', () => {
    const { core } = setup();
    powerMonitor.emit('suspend');
    powerMonitor.emit('lock-screen');
    expect(core.resumed).not.toHaveBeenCalled();
  });

  it('after unsubscribing, neither wake nor unlock re-plans, and no listener is left behind', () => {
    const { core, stop } = setup();
    stop();
    powerMonitor.emit('resume');
    powerMonitor.emit('unlock-screen');
    expect(core.resumed).not.toHaveBeenCalled();
    expect(powerMonitor.listenerCount('resume')).toBe(0);
    expect(powerMonitor.listenerCount('unlock-screen')).toBe(0);
  });

  it('unsubscribing one core leaves another subscribed', () => {
    const first = setup();
    const second = setup();
    first.stop();
    powerMonitor.emit('resume');
    expect(first.core.resumed).not.toHaveBeenCalled();
    expect(second.core.resumed).toHaveBeenCalledTimes(1);
  });
});
