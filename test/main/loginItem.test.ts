import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryPrefs } from '../../electron/core/index';
import { autostartEntry, createLoginItem, diskAutostartFiles, START_AT_LOGIN_KEY, xdgAutostartDir } from '../../electron/main/loginItem';
import { app, resetElectronMock } from '../mocks/electron';

let home: string;
beforeEach(() => {
  resetElectronMock();
  home = mkdtempSync(join(tmpdir(), 'shiftdesk-login-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

function loginItem(platform: NodeJS.Platform, packaged = true) {
  const prefs = memoryPrefs();
  const item = createLoginItem({
    platform,
    packaged,
    app: app as unknown as Pick<App, 'setLoginItemSettings' | 'getLoginItemSettings'>,
    prefs,
    autostartDir: xdgAutostartDir({}, home),
    execPath: '/opt/Shiftdesk/shiftdesk',
    files: diskAutostartFiles(fs),
  });
  return { item, prefs };
}

describe('start at login', () => {
  it.each(['darwin', 'win32'] as const)('%s: the system login item, and the preference', (platform) => {
    const { item, prefs } = loginItem(platform);
    expect(item.enabled()).toBe(false);
    item.set(true);
    expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: true });
    expect(item.enabled()).toBe(true);
    expect(prefs.get(START_AT_LOGIN_KEY)).toBe(true);
    item.set(false);
    expect(app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false });
    expect(item.enabled()).toBe(false);
    expect(prefs.get(START_AT_LOGIN_KEY)).toBe(false);
  });

  it('linux: an XDG autostart entry in ~/.config/autostart', () => {
    const { item, prefs } = loginItem('linux');
    const entry = join(home, '.config', 'autostart', 'shiftdesk.desktop');
    expect(item.enabled()).toBe(false);
    item.set(true);
    expect(readFileSync(entry, 'utf8')).toContain('Exec="/opt/Shiftdesk/shiftdesk"');
    expect(item.enabled()).toBe(true);
    expect(prefs.get(START_AT_LOGIN_KEY)).toBe(true);
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
    item.set(false);
    expect(existsSync(entry)).toBe(false);
    expect(item.enabled()).toBe(false);
    item.set(false); // already off: nothing to remove
  });

  it('the system list stays the truth (the agent removed it in the system settings)', () => {
    const { item } = loginItem('darwin');
    item.set(true);
    app.setLoginItemSettings({ openAtLogin: false });
    expect(item.enabled()).toBe(false);
  });

  it('a development run cannot register itself', () => {
    const { item, prefs } = loginItem('darwin', false);
    expect(item.enabled()).toBeNull();
    item.set(true);
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
    expect(prefs.get(START_AT_LOGIN_KEY)).toBeUndefined();
  });

  it('the entry quotes the command and honours XDG_CONFIG_HOME', () => {
    expect(autostartEntry('/home/a b/Shiftdesk.AppImage')).toContain('Exec="/home/a b/Shiftdesk.AppImage"');
    expect(autostartEntry('/x/"q"$')).toContain('Exec="/x/\\"q\\"\\$"');
    expect(xdgAutostartDir({ XDG_CONFIG_HOME: '/cfg' }, '/home/a')).toBe(join('/cfg', 'autostart'));
    expect(xdgAutostartDir({}, '/home/a')).toBe(join('/home/a', '.config', 'autostart'));
  });
});
