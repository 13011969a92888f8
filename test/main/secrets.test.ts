import { beforeEach, describe, expect, it } from 'vitest';
import { safeStorage, resetElectronMock } from '../mocks/electron';
import type { KeyValueStore } from '../../electron/main/prefs';
import { safeSecretStore } from '../../electron/main/secrets';

/** A preferences file in memory: what the desktop's secret store writes beside the window bounds. */
function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return { data, get: (k) => data.get(k), set: (k, v) => void data.set(k, v), delete: (k) => void data.delete(k) };
}

describe('the desktop keeps the help desk token with safeStorage', () => {
  beforeEach(() => resetElectronMock());

  it('stores it encrypted in the preferences file and reads it back', () => {
    const store = memoryStore();
    const secrets = safeSecretStore(safeStorage, store);
    secrets.write('1-28-abcdef');
    const kept = String(store.data.get('secrets.rtToken'));
    expect(kept).not.toContain('1-28-abcdef');
    expect(Buffer.from(kept, 'base64').toString()).not.toContain('1-28-abcdef');
    expect(secrets.read()).toBe('1-28-abcdef');
    expect(secrets.where).toMatch(/keychain/);
  });

  it('refuses to keep it where the OS has no keyring, saying what to do instead', () => {
    safeStorage.available = false;
    const secrets = safeSecretStore(safeStorage, memoryStore());
    expect(() => secrets.write('1-28-abcdef')).toThrow(/SHIFTDESK_RT_TOKEN|token file/);
    expect(secrets.read()).toBeNull();
  });

  it('treats a token it cannot decrypt (another user or machine) as none, and forgets it on remove', () => {
    const store = memoryStore();
    store.set('secrets.rtToken', Buffer.from('garbage').toString('base64'));
    const secrets = safeSecretStore(safeStorage, store);
    expect(secrets.read()).toBeNull();
    secrets.write('t');
    secrets.remove();
    expect(secrets.read()).toBeNull();
  });
});
