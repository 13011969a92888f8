import type { App, BrowserWindow as ElectronWindow, GlobalShortcut } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { keepRunningInTray } from '../../electron/main/closeToTray';
import { DOCK_SHORTCUT, registerGlobalShortcut } from '../../electron/main/shortcut';
import { app, BrowserWindow, globalShortcut, resetElectronMock } from '../mocks/electron';

beforeEach(() => {
  resetElectronMock();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('closing keeps the app in the tray', () => {
  it('closing the window hides it; the app keeps running', () => {
    const tray = keepRunningInTray(app as unknown as App);
    const win = new BrowserWindow();
    win.visible = true;
    tray.attach(win as unknown as ElectronWindow);
    expect(win.requestClose()).toBe(false);
    expect(win.hide).toHaveBeenCalled();
    expect(win.visible).toBe(false);
    expect(win.destroyed).toBe(false);
  });

  it('quitting (before-quit) lets the window close for real', () => {
    const tray = keepRunningInTray(app as unknown as App);
    const win = new BrowserWindow();
    tray.attach(win as unknown as ElectronWindow);
    app.emit('before-quit');
    expect(tray.quitting).toBe(true);
    expect(win.requestClose()).toBe(true);
    expect(win.hide).not.toHaveBeenCalled();
    tray.dispose();
    expect(app.listenerCount('before-quit')).toBe(0);
  });

  it('Windows logging off or shutting down (no before-quit there) is not held up by a hidden window', () => {
    const tray = keepRunningInTray(app as unknown as App);
    const win = new BrowserWindow();
    tray.attach(win as unknown as ElectronWindow);
    win.emit('query-session-end', {});
    expect(win.requestClose()).toBe(true);
  });
});

describe('global shortcut', () => {
  it('registers, runs and unregisters once', () => {
    const run = vi.fn();
    const shortcut = registerGlobalShortcut(globalShortcut as unknown as GlobalShortcut, DOCK_SHORTCUT, run);
    expect(shortcut.registered).toBe(true);
    globalShortcut.press(DOCK_SHORTCUT);
    expect(run).toHaveBeenCalledTimes(1);
    shortcut.unregister();
    shortcut.unregister();
    expect(globalShortcut.unregister).toHaveBeenCalledTimes(1);
    expect(globalShortcut.isRegistered(DOCK_SHORTCUT)).toBe(false);
  });

  it('keys held by another application: not registered, said once, nothing to unregister', () => {
    globalShortcut.take(DOCK_SHORTCUT);
    const shortcut = registerGlobalShortcut(globalShortcut as unknown as GlobalShortcut, DOCK_SHORTCUT, vi.fn());
    expect(shortcut.registered).toBe(false);
    expect(console.warn).toHaveBeenCalledTimes(1);
    shortcut.unregister();
    expect(globalShortcut.unregister).not.toHaveBeenCalled();
  });
});
