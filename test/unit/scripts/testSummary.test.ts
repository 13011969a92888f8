import { describe, expect, it } from 'vitest';
import { countPlaywright, countVitest, summaryLine } from '../../../scripts/test-summary.js';

/** A vitest JSON report of files, each with its tests' statuses (and a message when the file itself failed). */
function vitestReport(files: { name: string; tests: string[]; failed?: string }[]) {
  const all = files.flatMap((f) => f.tests);
  const n = (status: string) => all.filter((s) => s === status).length;
  return {
    numPassedTests: n('passed'),
    numFailedTests: n('failed'),
    numPendingTests: n('skipped'),
    numTodoTests: n('todo'),
    testResults: files.map((f) => ({
      name: f.name,
      status: f.failed !== undefined || f.tests.includes('failed') ? 'failed' : 'passed',
      message: f.failed ?? '',
      assertionResults: f.tests.map((status) => ({ status })),
    })),
  };
}

const playwrightReport = (stats: { expected: number; unexpected: number; flaky: number; skipped: number }, skippedWhy: string[] = []) => ({
  stats,
  errors: [],
  suites: [{ suites: [{ specs: skippedWhy.map((why) => ({ tests: [{ status: 'skipped', annotations: [{ type: 'skip', description: why }] }] })) }] }],
});

describe("npm test's summary line", () => {
  it('adds up every test of every suite', () => {
    const vitest = countVitest(vitestReport([{ name: 'a.test.ts', tests: ['passed', 'passed', 'failed', 'skipped', 'todo'] }]), 1);
    const playwright = countPlaywright(playwrightReport({ expected: 10, unexpected: 1, flaky: 1, skipped: 2 }, ['no Electron binary', 'no Electron binary']), 1);
    expect(summaryLine([vitest, playwright])).toBe('Tests: 13 passed, 2 failed, 4 skipped');
    expect([...playwright.skipReasons]).toEqual([['no Electron binary', 2]]);
  });

  it('counts a test file that did not load as a failure, also when other files have failing tests', () => {
    const vitest = countVitest(
      vitestReport([
        { name: 'a.test.ts', tests: ['passed', 'failed'] },
        { name: 'broken.test.ts', tests: [], failed: 'Cannot find module ./gone\nstack' },
      ]),
      1,
    );
    expect(summaryLine([vitest])).toBe('Tests: 1 passed, 2 failed, 0 skipped');
    expect(vitest.problems).toEqual(['vitest: broken.test.ts failed outside its tests: Cannot find module ./gone']);
  });

  it('counts a suite that failed without a report, or with a clean one, as one failure', () => {
    expect(summaryLine([countVitest(null, 1), countPlaywright(null, 0)])).toBe('Tests: 0 passed, 1 failed, 0 skipped');
    const crashed = countPlaywright(playwrightReport({ expected: 3, unexpected: 0, flaky: 0, skipped: 0 }), 1);
    expect(summaryLine([crashed])).toBe('Tests: 3 passed, 1 failed, 0 skipped');
    expect(crashed.problems).toEqual(['playwright exited with 1']);
  });
});
