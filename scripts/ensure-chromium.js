// Chromium for the browser-mode end-to-end suite: Playwright drives Debian's `chromium`, never a
// browser of its own (playwright.config.ts, CHROMIUM_PATH). `npm test` (scripts/test-all.js) checks
// it before anything else, and `.ci/run` runs this file (`node scripts/ensure-chromium.js`) for the
// same check. Where Chromium is missing it is installed from Debian's packages when this user may
// (root, or sudo without a password); otherwise it stops at once, naming the one command to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** What is installed: the browser, and one font so pages render the same on a minimal machine. */
export const CHROMIUM_PACKAGES = ['chromium', 'fonts-dejavu-core'];

/** The one command a user without root runs (then `npm test` again). */
export const INSTALL_COMMAND = `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${CHROMIUM_PACKAGES.join(' ')}`;

const NEEDED = 'npm test needs Chromium (the browser-mode end-to-end tests run in it)';

/**
 * Finds Chromium, installing it where this user may. Resolves with `{ path }` (what Playwright is
 * to launch) or `{ problem }` (what to tell the user; nothing was tested). Everything it touches
 * comes in `deps`, so tests run it without a system:
 * - `env`: CHROMIUM_PATH, when set, is used as it is (and must exist);
 * - `which(name)`: the executable's path on the PATH, or null;
 * - `exists(path)`, `uid` (0: root), `log(line)`;
 * - `run(argv)`: runs a command with the terminal attached; its exit status.
 */
export function ensureChromium({ env, which, exists, run, uid, log }) {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (exists(configured)) return { path: configured };
    return { problem: `CHROMIUM_PATH is ${configured}, which does not exist: point it at a Chromium executable, or unset it to use Debian's chromium.` };
  }
  const found = which('chromium');
  if (found) return { path: found };

  if (!which('apt-get')) {
    return { problem: `${NEEDED}, and there is no chromium on the PATH. Install Chromium, then run npm test again (or set CHROMIUM_PATH to its executable).` };
  }
  const asRoot = uid === 0 ? [] : which('sudo') && run(['sudo', '-n', 'true']) === 0 ? ['sudo', '-n'] : null;
  if (!asRoot) return { problem: `${NEEDED}, and it is not installed. Run this once, then npm test again:\n  ${INSTALL_COMMAND}` };

  log(`Chromium is missing: installing it from Debian's packages (${CHROMIUM_PACKAGES.join(', ')})`);
  const apt = (...args) => run([...asRoot, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]);
  if (apt('update', '-qq') !== 0 || apt('install', '-y', '-qq', '--no-install-recommends', ...CHROMIUM_PACKAGES) !== 0) {
    return { problem: `${NEEDED}; installing it failed (see above). Run this once, then npm test again:\n  ${INSTALL_COMMAND}` };
  }
  const installed = which('chromium');
  return installed ? { path: installed } : { problem: `${NEEDED}; apt-get installed chromium but it is not on the PATH (${env.PATH ?? ''}).` };
}

/** The real machine. */
export const systemDeps = {
  env: process.env,
  uid: process.getuid?.() ?? -1,
  which(name) {
    const found = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', name], { encoding: 'utf8' });
    return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
  },
  exists: existsSync,
  run: (argv) => spawnSync(argv[0], argv.slice(1), { stdio: 'inherit' }).status ?? 1,
  log: (line) => console.log(line),
};

/** `node scripts/ensure-chromium.js` (.ci/run): prints the browser found, or the problem and exits 1. */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const chromium = ensureChromium(systemDeps);
  if ('problem' in chromium) {
    console.error(chromium.problem);
    process.exit(1);
  }
  const version = spawnSync(chromium.path, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`chromium: ${chromium.path} (${version || 'version unknown'})`);
}
