import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { MINIMUM_NODE, isAtLeast, nodeVersionProblem } from '../../../bin/node-version.js';
import { makeTempDir } from '../../support/tempDir';

const root = new URL('../../../', import.meta.url).pathname;

describe('the Node version check of the command line', () => {
  it('accepts Node 24.11 and newer, and refuses older ones naming what to do', () => {
    expect(nodeVersionProblem('v24.11.0', 'shiftdesk')).toBeNull();
    expect(nodeVersionProblem('v24.21.0', 'shiftdesk')).toBeNull();
    expect(nodeVersionProblem('v26.0.0', 'shiftdesk')).toBeNull();
    const problem = nodeVersionProblem('v20.20.2', 'shiftdesk', '/usr/bin/node');
    expect(problem).toContain('shiftdesk: needs Node 24.11.0 or newer');
    expect(problem).toContain('this is Node 20.20.2 (/usr/bin/node)');
    expect(problem).toContain('source .ci/node-env.sh');
    expect(problem).toContain('install Node 24 LTS');
    expect(nodeVersionProblem('v24.10.9', 'npm test')).toMatch(/^npm test: needs Node/);
  });

  it('compares versions part by part, as numbers', () => {
    expect(isAtLeast('v24.11.0', '24.11.0')).toBe(true);
    expect(isAtLeast('24.9.0', '24.11.0')).toBe(false);
    expect(isAtLeast('v100.0.0', '24.11.0')).toBe(true);
    expect(isAtLeast('v8.17.0', '24.11.0')).toBe(false);
    expect(isAtLeast('v24.11.1', '24.11.0')).toBe(true);
  });

  it('asks for the version package.json "engines" names', () => {
    const engines = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { engines: { node: string } }).engines.node;
    expect(engines).toMatch(new RegExp(`^>=${MINIMUM_NODE.replaceAll('.', '\\.')}\\b`));
  });
});

describe('`shiftdesk` on an old Node', () => {
  const machineNode = '/usr/bin/node';
  const old = existsSync(machineNode) ? spawnSync(machineNode, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim() : '';
  const tmp = makeTempDir();
  afterAll(() => tmp.cleanup());

  it.skipIf(!old || isAtLeast(old, MINIMUM_NODE))(`says what to do instead of crashing (${machineNode}: ${old || 'absent'})`, () => {
    const db = tmp.path('workspace.db');
    const run = spawnSync(machineNode, [`${root}bin/shiftdesk.js`, 'queue', '--db', db], { encoding: 'utf8', timeout: 20_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`shiftdesk: needs Node ${MINIMUM_NODE} or newer`);
    expect(run.stderr).toContain('source .ci/node-env.sh');
    expect(existsSync(db)).toBe(false);
  });

  it.skipIf(!old || isAtLeast(old, MINIMUM_NODE))('`npm start` falling back to browser mode says the same instead of crashing', () => {
    const db = tmp.path('start.db');
    const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: tmp.path('no-electron') };
    const run = spawnSync(machineNode, [`${root}scripts/start.js`, '--db', db], { encoding: 'utf8', timeout: 20_000, env });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`npm start: needs Node ${MINIMUM_NODE} or newer`);
    expect(existsSync(db)).toBe(false);
  });
});
