// `npm run typecheck`: TypeScript strict, once per area, each with only the globals its code has at
// run time (docs/decisions.md D19). All areas are checked, one after another; exits non-zero when
// any failed. (`tsc -p tsconfig.json` checks nothing: the root file only maps files to these for editors and Vite.)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

const areas = [
  ['tsconfig.shared.json', 'shared/: no DOM, no Node'],
  ['tsconfig.dom.json', 'renderer/: DOM, no Node'],
  ['tsconfig.node.json', 'electron/, resources/, scripts/, Node tests, config files: Node, no DOM'],
  ['tsconfig.test-dom.json', 'test/renderer, test/e2e: DOM and Node'],
];

const failed = [];
for (const [config, what] of areas) {
  console.log(`--- tsc -p ${config} (${what})`);
  const { status } = spawnSync(process.execPath, [tsc, '-p', config, '--pretty', 'false'], { cwd: root, stdio: 'inherit' });
  if (status !== 0) failed.push(config);
}
if (failed.length) {
  console.log(`typecheck failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`typecheck passed: ${areas.length} areas`);
