import type { BrowserWindow as ElectronWindow } from 'electron';
import { describe, expect, it } from 'vitest';
import { memoryPrefs } from '../../electron/core/index';
import { WINDOW_SIZE } from '../../electron/main/window';
import { rememberWindowPlacement, restoreWindowPlacement, WINDOW_STATE_KEY } from '../../electron/main/windowState';
import { BrowserWindow } from '../mocks/electron';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1400 };
const defaults = { bounds: { width: WINDOW_SIZE.width, height: WINDOW_SIZE.height }, maximized: false };

describe('restoreWindowPlacement', () => {
  it('uses the default size on first launch or when the saved value is not a placement', () => {
    for (const saved of [undefined, null, 'big', { width: 'wide', height: 700 }, { width: Number.NaN, height: 700 }]) {
      expect(restoreWindowPlacement(saved, [laptop], WINDOW_SIZE), JSON.stringify(saved)).toEqual(defaults);
    }
  });

  it('puts the window back where it was, maximised if it was', () => {
    const saved = { x: 1600, y: 100, width: 1800, height: 1100, maximized: true };
    expect(restoreWindowPlacement(saved, [laptop, rightMonitor], WINDOW_SIZE)).toEqual({
      bounds: { x: 1600, y: 100, width: 1800, height: 1100 },
      maximized: true,
    });
  });

  it('drops the position when its monitor is gone, keeping a size that fits', () => {
    const saved = { x: 1600, y: 100, width: 2400, height: 1300, maximized: false };
    expect(restoreWindowPlacement(saved, [laptop], WINDOW_SIZE)).toEqual({ bounds: { width: 1440, height: 860 }, maximized: false });
  });

  it('never restores below the minimum size', () => {
    const saved = { x: 10, y: 10, width: 200, height: 100 };
    expect(restoreWindowPlacement(saved, [laptop], WINDOW_SIZE).bounds).toEqual({ x: 10, y: 10, width: WINDOW_SIZE.minWidth, height: WINDOW_SIZE.minHeight });
  });

  it('drops a position whose title bar would be off screen', () => {
    expect(restoreWindowPlacement({ x: 100, y: -300, width: 1000, height: 700 }, [laptop], WINDOW_SIZE).bounds).not.toHaveProperty('x');
    expect(restoreWindowPlacement({ x: 1400, y: 10, width: 1000, height: 700 }, [laptop], WINDOW_SIZE).bounds).not.toHaveProperty('x');
  });
});

describe('rememberWindowPlacement', () => {
  it('saves the normal bounds and maximised state when the window closes, and they come back next launch', () => {
    const prefs = memoryPrefs();
    const win = new BrowserWindow({ x: 40, y: 30, width: 1300, height: 900 });
    win.maximized = true;
    rememberWindowPlacement(win as unknown as ElectronWindow, prefs);
    expect(prefs.get(WINDOW_STATE_KEY)).toBeUndefined();
    win.emit('close');
    expect(prefs.get(WINDOW_STATE_KEY)).toEqual({ x: 40, y: 30, width: 1300, height: 900, maximized: true });
    expect(restoreWindowPlacement(prefs.get(WINDOW_STATE_KEY), [laptop], WINDOW_SIZE)).toEqual({
      bounds: { x: 40, y: 30, width: 1300, height: 860 },
      maximized: true,
    });
  });
});
