import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Preferences } from './ports';

/** Device preferences kept in memory (the CLI, tests). */
export function memoryPrefs(initial: Record<string, unknown> = {}): Preferences {
  const values = new Map<string, unknown>(Object.entries(initial));
  return {
    get: <T>(key: string) => values.get(key) as T | undefined,
    set: (key, value) => {
      if (value === undefined) values.delete(key);
      else values.set(key, value);
    },
  };
}

function readJsonObject(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw err;
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // A damaged preferences file must not stop the app: start from defaults, the next write replaces it.
  }
  return {};
}

/**
 * Device preferences in a JSON file (browser mode). Every `set` rewrites the file atomically:
 * a temporary file in the same folder, then a rename, so a crash never leaves half a file.
 */
export function jsonFilePrefs(path: string): Preferences {
  const values = readJsonObject(path);
  const save = () => {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(values, null, 2)}\n`);
    renameSync(tmp, path);
  };
  return {
    get: <T>(key: string) => values[key] as T | undefined,
    set: (key, value) => {
      if (value === undefined) delete values[key];
      else values[key] = value;
      save();
    },
  };
}
