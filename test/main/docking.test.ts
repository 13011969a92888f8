import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryPrefs } from '../../electron/core/index';
import type { Preferences } from '../../electron/core/ports';
import { createDocking, dockedBounds, DOCKING_KEY, nearerEdge, readDockingPrefs, type DockWindow } from '../../electron/main/docking';
import { WINDOW_SIZE } from '../../electron/main/window';
import { BrowserWindow, resetElectronMock, screen } from '../mocks/electron';

/** A laptop (id 1, taskbar at the bottom) and a monitor to its right (id 2, menu bar at the top). */
const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, workArea: { x: 0, y: 0, width: 1440, height: 860 } };
const monitor = { id: 2, bounds: { x: 1440, y: 0, width: 2560, height: 1440 }, workArea: { x: 1440, y: 25, width: 2560, height: 1415 } };

beforeEach(() => {
  resetElectronMock();
  screen.setDisplays([laptop, monitor]);
});

describe('docked geometry', () => {
  it('a 380 px panel, the full height of the work area, at the left or right edge', () => {
    expect(dockedBounds(laptop.workArea, 'left')).toEqual({ x: 0, y: 0, width: 380, height: 860 });
    expect(dockedBounds(laptop.workArea, 'right')).toEqual({ x: 1060, y: 0, width: 380, height: 860 });
    expect(dockedBounds(monitor.workArea, 'left')).toEqual({ x: 1440, y: 25, width: 380, height: 1415 });
    expect(dockedBounds(monitor.workArea, 'right')).toEqual({ x: 3620, y: 25, width: 380, height: 1415 });
    expect(dockedBounds({ x: 0, y: 0, width: 300, height: 500 }, 'right')).toEqual({ x: 0, y: 0, width: 300, height: 500 });
  });

  it('the edge nearer the window', () => {
    expect(nearerEdge({ x: 0, y: 0, width: 600, height: 500 }, laptop.workArea)).toBe('left');
    expect(nearerEdge({ x: 900, y: 0, width: 600, height: 500 }, laptop.workArea)).toBe('right');
  });

  it('unreadable preferences count as never docked', () => {
    for (const saved of [undefined, 'yes', { displays: 'x' }, { displays: { 1: { docked: true, edge: 'top' } } }]) {
      expect(readDockingPrefs(saved)).toEqual({ displays: {}, alwaysOnTop: false });
    }
    expect(readDockingPrefs({ displays: { 2: { docked: true, edge: 'left' } }, alwaysOnTop: true })).toEqual({ displays: { 2: { docked: true, edge: 'left' } }, alwaysOnTop: true });
  });
});

function setup(prefs: Preferences = memoryPrefs(), bounds = { x: 1600, y: 100, width: 1280, height: 820 }) {
  const displayEvents = new EventEmitter();
  const changed = vi.fn();
  const docking = createDocking({
    screen,
    onDisplaysChanged: (listener) => {
      displayEvents.on('changed', listener);
      return () => displayEvents.off('changed', listener);
    },
    prefs,
    windowSize: WINDOW_SIZE,
    changed,
  });
  const win = new BrowserWindow({ ...WINDOW_SIZE, ...bounds });
  docking.attach(win as unknown as DockWindow);
  return { docking, win, prefs, changed, displaysChanged: () => displayEvents.emit('changed') };
}

describe('docked mode', () => {
  it('docking makes a narrow full-height panel at the nearer edge of the window’s display', () => {
    const { docking, win, changed } = setup();
    expect(docking.state()).toEqual({ docked: false, edge: 'left', alwaysOnTop: false });
    docking.setDocked(true);
    // The usual minimum width (900) would refuse 380: it is lowered first.
    expect(win.setMinimumSize).toHaveBeenCalledWith(320, 400);
    expect(win.getBounds()).toEqual({ x: 1440, y: 25, width: 380, height: 1415 });
    expect(docking.state()).toMatchObject({ docked: true, edge: 'left' });
    expect(changed).toHaveBeenCalled();
  });

  it('docks on the edge asked for, and moves between edges', () => {
    const { docking, win } = setup();
    docking.dockAt('right');
    expect(win.getBounds()).toEqual({ x: 3620, y: 25, width: 380, height: 1415 });
    docking.dockAt('left');
    expect(win.getBounds()).toEqual({ x: 1440, y: 25, width: 380, height: 1415 });
  });

  it('leaving docked mode puts the window back where it was, with its usual minimum size', () => {
    const { docking, win } = setup();
    docking.dockAt('right');
    docking.setDocked(false);
    expect(win.getBounds()).toEqual({ x: 1600, y: 100, width: 1280, height: 820 });
    expect(win.setMinimumSize).toHaveBeenLastCalledWith(WINDOW_SIZE.minWidth, WINDOW_SIZE.minHeight);
    expect(docking.state().docked).toBe(false);
  });

  it('a maximised window docks un-maximised and is maximised again when leaving', () => {
    const { docking, win } = setup();
    win.maximized = true;
    docking.setDocked(true);
    expect(win.unmaximize).toHaveBeenCalled();
    expect(win.getBounds().width).toBe(380);
    docking.setDocked(false);
    expect(win.getBounds()).toMatchObject({ x: 1600, width: 1280 });
    expect(win.maximize).toHaveBeenCalled();
  });

  it('a docked panel maximised (title bar double click, start-up restore) snaps back to a panel, and is maximised when leaving', () => {
    const { docking, win } = setup();
    docking.dockAt('right');
    win.maximize();
    expect(win.maximized).toBe(false);
    expect(win.getBounds()).toEqual({ x: 3620, y: 25, width: 380, height: 1415 });
    docking.setDocked(false);
    expect(win.maximized).toBe(true);
  });

  it('a full-screen window leaves full screen to dock', () => {
    const { docking, win } = setup();
    win.fullScreen = true;
    docking.setDocked(true);
    expect(win.fullScreen).toBe(false);
  });

  it('leaving docked mode when the old place is on an unplugged display centres the window', () => {
    const { docking, win } = setup(memoryPrefs(), { x: 100, y: 50, width: 1000, height: 700 });
    docking.setDocked(true);
    screen.setDisplays([monitor]);
    docking.setDocked(false);
    expect(win.getBounds()).toMatchObject({ width: 1000, height: 700 });
    expect(win.center).toHaveBeenCalled();
  });

  it('always on top applies while docked, is kept as a preference, and ends with docked mode', () => {
    const { docking, win, prefs } = setup();
    docking.setAlwaysOnTop(true);
    expect(win.alwaysOnTop).toBe(false); // not docked: only remembered
    docking.setDocked(true);
    expect(win.alwaysOnTop).toBe(true);
    docking.setAlwaysOnTop(false);
    expect(win.alwaysOnTop).toBe(false);
    docking.setAlwaysOnTop(true);
    docking.setDocked(false);
    expect(win.alwaysOnTop).toBe(false);
    expect(readDockingPrefs(prefs.get(DOCKING_KEY)).alwaysOnTop).toBe(true);
    expect(docking.state().alwaysOnTop).toBe(true);
  });

  it('is remembered per display and restored on the next start', () => {
    const prefs = memoryPrefs();
    const first = setup(prefs);
    first.docking.dockAt('right');
    expect(readDockingPrefs(prefs.get(DOCKING_KEY)).displays).toEqual({ 2: { docked: true, edge: 'right' } });

    // Next start, the window opens on the monitor: docked again on its right edge.
    const again = setup(prefs);
    expect(again.docking.state()).toMatchObject({ docked: true, edge: 'right' });
    expect(again.win.getBounds()).toEqual({ x: 3620, y: 25, width: 380, height: 1415 });

    // On the laptop, where it was never docked, it opens as a normal window.
    const laptopStart = setup(prefs, { x: 100, y: 50, width: 1000, height: 700 });
    expect(laptopStart.docking.state().docked).toBe(false);
    expect(laptopStart.win.getBounds()).toEqual({ x: 100, y: 50, width: 1000, height: 700 });
  });

  it('leaving docked mode is remembered for that display', () => {
    const prefs = memoryPrefs();
    const first = setup(prefs);
    first.docking.dockAt('right');
    first.docking.setDocked(false);
    expect(setup(prefs).docking.state()).toEqual({ docked: false, edge: 'right', alwaysOnTop: false });
  });

  it('while docked, the window remembers its undocked place (so it reopens there when not docked)', () => {
    const { docking } = setup();
    expect(docking.placementToRemember()).toBeUndefined();
    docking.setDocked(true);
    expect(docking.placementToRemember()).toEqual({ x: 1600, y: 100, width: 1280, height: 820, maximized: false });
    docking.setDocked(false);
    expect(docking.placementToRemember()).toBeUndefined();
  });

  it('snaps again when the work area changes, and moves to the display that remains when its display goes', () => {
    const { docking, win, displaysChanged, prefs } = setup();
    docking.dockAt('right');
    screen.setDisplays([laptop, { ...monitor, workArea: { x: 1440, y: 0, width: 2560, height: 1380 } }]);
    displaysChanged();
    expect(win.getBounds()).toEqual({ x: 3620, y: 0, width: 380, height: 1380 });

    screen.setDisplays([laptop]);
    displaysChanged();
    expect(win.getBounds()).toEqual({ x: 1060, y: 0, width: 380, height: 860 });
    expect(readDockingPrefs(prefs.get(DOCKING_KEY)).displays).toEqual({ 1: { docked: true, edge: 'right' }, 2: { docked: true, edge: 'right' } });
  });

  it('does nothing without a window, and forgets a closed one', () => {
    const { docking, win } = setup();
    win.close();
    docking.setDocked(true);
    expect(docking.state().docked).toBe(false);
    expect(win.setBounds).not.toHaveBeenCalled();
  });
});
