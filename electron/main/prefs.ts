import Store from 'electron-store';
import type { Preferences } from '../core/ports';

/**
 * Device preferences (window bounds, docked mode, sounds) in electron-store, behind the core's
 * `Preferences` interface (DESIGN.md "Settings split"). Workspace settings live in SQLite instead.
 */

/** The part of electron-store (or any key-value store) the preferences need. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/** Adapts a key-value store; setting `undefined` removes the key (electron-store refuses `undefined`). */
export function storePreferences(store: KeyValueStore): Preferences {
  return {
    get: <T = unknown>(key: string) => store.get(key) as T | undefined,
    set: (key, value) => (value === undefined ? store.delete(key) : store.set(key, value)),
  };
}

/** The desktop's preferences file: `<userData>/preferences.json` (call after the userData path is final). */
export function openDeviceStore(): KeyValueStore {
  return new Store({ name: 'preferences', clearInvalidConfig: true }) as unknown as KeyValueStore;
}

export function openDevicePreferences(store: KeyValueStore = openDeviceStore()): Preferences {
  return storePreferences(store);
}
