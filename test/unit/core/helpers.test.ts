import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultDataDir, defaultDbPath } from '../../../electron/core/paths';
import { jsonFilePrefs, memoryPrefs } from '../../../electron/core/prefs';
import { createFakeClock } from '../../support/fakeClock';
import { makeTempDir } from '../../support/tempDir';

describe('defaultDataDir: where Electron keeps userData for "Shiftdesk"', () => {
  it('uses XDG_CONFIG_HOME, else ~/.config, on Linux', () => {
    expect(defaultDataDir({ platform: 'linux', home: '/home/pat', env: {} })).toBe('/home/pat/.config/Shiftdesk');
    expect(defaultDataDir({ platform: 'linux', home: '/home/pat', env: { XDG_CONFIG_HOME: '/cfg' } })).toBe('/cfg/Shiftdesk');
  });

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir({ platform: 'darwin', home: '/Users/pat', env: {} })).toBe('/Users/pat/Library/Application Support/Shiftdesk');
  });

  it('uses APPDATA, else AppData\\Roaming, on Windows', () => {
    expect(defaultDataDir({ platform: 'win32', home: 'C:\\Users\\pat', env: { APPDATA: 'D:\\Roam' } })).toBe('D:\\Roam\\Shiftdesk');
    expect(defaultDbPath({ platform: 'win32', home: 'C:\\Users\\pat', env: {} })).toBe('C:\\Users\\pat\\AppData\\Roaming\\Shiftdesk\\workspace.db');
  });

  it('lets SHIFTDESK_DATA_DIR override the folder', () => {
    expect(defaultDbPath({ platform: 'linux', home: '/home/pat', env: { SHIFTDESK_DATA_DIR: '/data/sd' } })).toBe('/data/sd/workspace.db');
  });
});

describe('preferences', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.cleanup());

  it('keeps values in memory', () => {
    const prefs = memoryPrefs({ a: 1 });
    prefs.set('b', 'two');
    expect([prefs.get('a'), prefs.get('b'), prefs.get('c')]).toEqual([1, 'two', undefined]);
  });

  it('persists to a JSON file, read back by a new instance, with no temporary file left', () => {
    const file = temp.path('nested/prefs.json');
    jsonFilePrefs(file).set('session.agentId', 'a2');
    expect(jsonFilePrefs(file).get('session.agentId')).toBe('a2');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ 'session.agentId': 'a2' });
    expect(readdirSync(temp.path('nested'))).toEqual(['prefs.json']);
  });

  it('starts from defaults when the file is damaged, and replaces it on the next write', () => {
    const file = temp.path('prefs.json');
    writeFileSync(file, '{"half":');
    const prefs = jsonFilePrefs(file);
    expect(prefs.get('half')).toBeUndefined();
    prefs.set('ok', true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ok: true });
  });
});

describe('fake clock', () => {
  it('fires due timers in order of due time, each seeing its own time', () => {
    const clock = createFakeClock(1000);
    const seen: string[] = [];
    clock.setTimeout(() => seen.push(`late@${clock.now()}`), 300);
    clock.setInterval(() => seen.push(`tick@${clock.now()}`), 100);
    const cancelled = clock.setTimeout(() => seen.push('never'), 50);
    cancelled.cancel();
    clock.advance(350);
    expect(seen).toEqual(['tick@1100', 'tick@1200', 'late@1300', 'tick@1300']);
    expect(clock.now()).toBe(1350);
    expect(clock.pendingTimers()).toBe(1);
  });

  it('refuses to go back in time', () => {
    const clock = createFakeClock(1000);
    expect(() => clock.advanceTo(999)).toThrow(/cannot go back/);
  });
});
