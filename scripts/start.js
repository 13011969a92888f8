// `npm start` (after `npm run build`): the desktop app where the Electron binary exists,
// otherwise browser mode on the same workspace, with a one-line explanation.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { nodeVersionProblem } from '../bin/node-version.js';
import { findElectronBinary } from './electron-binary.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const electron = findElectronBinary();

if ('path' in electron) {
  const child = spawn(electron.path, [root, ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  // Browser mode runs on this Node and loads better-sqlite3, which crashes an older one ("Segmentation fault").
  const problem = nodeVersionProblem(process.version, 'npm start', process.execPath);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  // One line for a user: what happens, and how to get the desktop app (electron.missing names files only a developer knows).
  console.log(
    'No desktop app here (Electron could not be installed on this machine): starting browser mode instead. ' +
      'For the desktop app, install a packaged build of Shiftdesk, or run `npm start` on a machine where Electron can be downloaded.',
  );
  await import(new URL('../out/main/serve.js', import.meta.url).href);
}
