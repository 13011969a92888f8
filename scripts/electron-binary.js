// Where the Electron executable is, or why there is none, found without running
// `require('electron')` (which tries to download the binary and throws where it cannot).
// Honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does.
// Used by `npm start` and by the Electron end-to-end suite (types: electron-binary.d.ts).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function findElectronBinary() {
  let packageDir;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { missing: 'the electron package is not installed (run npm ci)' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, relative ?? 'electron');
    return existsSync(path) ? { path } : { missing: `ELECTRON_OVERRIDE_DIST_PATH has no executable at ${path}` };
  }
  if (!relative) return { missing: `${pathFile} does not exist (the binary was never downloaded)` };
  const path = join(packageDir, 'dist', relative);
  return existsSync(path) ? { path } : { missing: `${path} does not exist` };
}
