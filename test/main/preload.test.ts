import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eventChannel, type ShiftdeskBridge } from '../../shared/contract/bridge';
import { EVENT_NAME_LIST, METHOD_NAME_LIST } from '../../shared/contract/names';
import { contextBridge, ipcRenderer, resetElectronMock } from '../mocks/electron';

// The real preload entry runs once, at import, against the electron mock; capture what it exposed
// before the per-test reset clears the mock's records.
await import('../../electron/preload/index');
const exposeCalls = [...contextBridge.exposeInMainWorld.mock.calls];
const exposedBridge = contextBridge.exposed('shiftdesk') as ShiftdeskBridge;

beforeEach(() => resetElectronMock());

describe('preload bridge', () => {
  it('exposes exactly the contract method names, the event subscriptions and the face', () => {
    expect(exposeCalls.map(([key]) => key)).toEqual(['shiftdesk']);
    const bridge = exposedBridge;
    expect(Object.keys(bridge).sort()).toEqual(['face', 'methods', 'on']);
    expect(Object.keys(bridge.methods).sort()).toEqual([...METHOD_NAME_LIST].sort());
    expect(Object.keys(bridge.on)).toEqual([...EVENT_NAME_LIST]);
    expect(bridge.face).toBe('desktop');
  });

  it('never hands out ipcRenderer or a generic send', () => {
    const bridge = exposedBridge;
    const reachable = [bridge, bridge.methods, bridge.on, ...Object.values(bridge.methods), ...Object.values(bridge.on)];
    expect(reachable).not.toContain(ipcRenderer);
    expect(reachable).not.toContain(ipcRenderer.invoke);
    expect(bridge).not.toHaveProperty('send');
    expect(bridge).not.toHaveProperty('invoke');
    expect(Object.isFrozen(bridge.methods)).toBe(true);
  });

  it('invokes the channel named after the method with the payload and returns its result', async () => {
    const bridge = exposedBridge;
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { items: [] } });
    const result = await bridge.methods['queue.list']({ view: 'all' } as never);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('queue.list', { view: 'all' });
    expect(result).toEqual({ ok: true, value: { items: [] } });
  });

  it('on.changed delivers the payload only, and its unsubscribe stops delivery', () => {
    const bridge = exposedBridge;
    const listener = vi.fn();
    const unsubscribe = bridge.on.changed(listener);
    ipcRenderer.emit(eventChannel('changed'), { sender: 'ipc event' }, { topics: ['cases'] });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ topics: ['cases'] });

    unsubscribe();
    ipcRenderer.emit(eventChannel('changed'), {}, { topics: ['agents'] });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.listenerCount(eventChannel('changed'))).toBe(0);
  });

  it('unsubscribing one listener leaves the others subscribed', () => {
    const bridge = exposedBridge;
    const kept = vi.fn();
    const dropped = vi.fn();
    bridge.on.changed(kept);
    bridge.on.changed(dropped)();
    ipcRenderer.emit(eventChannel('changed'), {}, { topics: ['session'] });
    expect(kept).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
  });
});
