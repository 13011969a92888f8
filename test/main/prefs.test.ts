import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDevicePreferences } from '../../electron/main/prefs';
import { app, resetElectronMock } from '../mocks/electron';

beforeEach(() => resetElectronMock());

describe('device preferences (electron-store)', () => {
  it('persist in <userData>/preferences.json and survive a restart', () => {
    const prefs = openDevicePreferences();
    prefs.set('window', { width: 1400, height: 900 });
    prefs.set('sounds', false);

    const file = join(app.getPath('userData'), 'preferences.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ window: { width: 1400, height: 900 }, sounds: false });

    const reopened = openDevicePreferences();
    expect(reopened.get('window')).toEqual({ width: 1400, height: 900 });
    expect(reopened.get('sounds')).toBe(false);
    expect(reopened.get('missing')).toBeUndefined();
  });

  it('setting undefined removes the key instead of throwing', () => {
    const prefs = openDevicePreferences();
    prefs.set('docked', true);
    prefs.set('docked', undefined);
    expect(prefs.get('docked')).toBeUndefined();
    expect(existsSync(join(app.getPath('userData'), 'preferences.json'))).toBe(true);
  });
});
