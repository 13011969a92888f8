// The Node version the command line (and `npm test`) needs, checked before anything loads
// better-sqlite3: on an older Node its native binary crashes the process with a bare
// "Segmentation fault" instead of an error. Pure: bin/shiftdesk.js and scripts/test-all.js call it.

/** The lowest Node that runs Shiftdesk: the lower bound of package.json "engines" (a unit test keeps them equal). */
export const MINIMUM_NODE = '24.11.0';

const parts = (version) => version.replace(/^v/, '').split('.').map((n) => Number.parseInt(n, 10) || 0);

/** Whether `version` ("v20.20.2" or "20.20.2") is at least `minimum`. */
export function isAtLeast(version, minimum) {
  const have = parts(version);
  const want = parts(minimum);
  for (let i = 0; i < want.length; i++) {
    if ((have[i] ?? 0) !== want[i]) return (have[i] ?? 0) > want[i];
  }
  return true;
}

/**
 * Null when `version` is new enough; otherwise what to say, naming what to do: in a clone of the
 * repository `source .ci/node-env.sh` (it puts Node 24 first on the PATH), elsewhere install Node 24.
 * `what` names the program in the first line ("shiftdesk", "npm test").
 */
export function nodeVersionProblem(version, what, execPath = 'node') {
  if (isAtLeast(version, MINIMUM_NODE)) return null;
  return [
    `${what}: needs Node ${MINIMUM_NODE} or newer (Node 24 LTS); this is Node ${version.replace(/^v/, '')} (${execPath}).`,
    'In a clone of Shiftdesk, run `source .ci/node-env.sh` first (it puts Node 24 first on the PATH), then try again.',
    'Elsewhere, install Node 24 LTS (https://nodejs.org/) and try again.',
  ].join('\n');
}
