import type { SecretStore } from '../core/sync/secrets';
import type { KeyValueStore } from './prefs';

/** The part of Electron's `safeStorage` the secret store needs (the OS keychain: Keychain, DPAPI, libsecret/kwallet). */
export interface SafeStoragePort {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

const KEY = 'secrets.rtToken';

/**
 * The desktop's secret store (docs/sync.md): the help desk's token encrypted with Electron
 * `safeStorage` and kept, as base64, in the device preferences file, never in the workspace. Where
 * the OS offers no encryption (a Linux session without a keyring), it refuses to keep the token and
 * says so: the token then comes from `SHIFTDESK_RT_TOKEN` or a token file.
 */
export function safeSecretStore(safe: SafeStoragePort, store: KeyValueStore): SecretStore {
  return {
    read() {
      const stored = store.get(KEY);
      if (typeof stored !== 'string' || !safe.isEncryptionAvailable()) return null;
      try {
        return safe.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        return null; // encrypted by another user or machine: as if none
      }
    },
    write(token) {
      if (!safe.isEncryptionAvailable()) {
        throw new Error('this computer offers no safe place for the token (no keyring): set SHIFTDESK_RT_TOKEN or use a token file');
      }
      store.set(KEY, safe.encryptString(token).toString('base64'));
    },
    remove: () => store.delete(KEY),
    where: "this computer's keychain (Electron safeStorage)",
  };
}
