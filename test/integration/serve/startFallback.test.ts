import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/tempDir';

const root = new URL('../../../', import.meta.url).pathname;

describe('`npm start` without an Electron binary', () => {
  const tmp = makeTempDir();
  afterEach(() => tmp.cleanup());

  it('says in one line that it starts browser mode and how to get the desktop app, naming no internal file', async () => {
    // An Electron dist folder with no executable in it: the binary is missing, as where it cannot be downloaded.
    const child = spawn(process.execPath, [`${root}scripts/start.js`, '--db', tmp.path('workspace.db')], {
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: tmp.path('no-electron') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((done) => child.once('exit', done));
    try {
      const first = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before saying anything`)));
      });
      expect(first).toMatch(/^No desktop app here \(Electron could not be installed on this machine\): starting browser mode instead\./);
      expect(first).toContain('install a packaged build of Shiftdesk');
      expect(first).toContain('run `npm start` on a machine where Electron can be downloaded');
      expect(first).not.toMatch(/\/|path\.txt|node_modules|ELECTRON_OVERRIDE_DIST_PATH/);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });
});
