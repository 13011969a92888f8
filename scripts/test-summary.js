// How `npm test` adds up its suites into one line, `Tests: N passed, N failed, N skipped`, from the
// JSON reports of vitest and Playwright and their exit codes (scripts/test-all.js). Pure.

/**
 * A suite's figures from its report: every test counts once; a test file that failed outside its
 * tests (it did not load, or a hook failed) counts as one failure; a suite that exited non-zero
 * with no failure in its report (it crashed, or wrote no report) counts as one failure too.
 */

/** vitest's JSON report (`--reporter json`), or null when it wrote none. */
export function countVitest(report, exitCode) {
  const counts = { passed: 0, failed: 0, skipped: 0, problems: [] };
  if (report) {
    counts.passed = report.numPassedTests;
    counts.failed = report.numFailedTests;
    counts.skipped = report.numPendingTests + report.numTodoTests;
    const broken = (report.testResults ?? []).filter((file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'));
    counts.failed += broken.length;
    for (const file of broken) counts.problems.push(`vitest: ${file.name} failed outside its tests: ${file.message.split('\n')[0] || 'no message'}`);
  }
  if (exitCode !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.problems.push(`vitest exited with ${exitCode}${report ? '' : ' and wrote no report'}`);
  }
  return counts;
}

/** Playwright's JSON report (`--reporter json`), or null when it wrote none; also why each skipped test skipped. */
export function countPlaywright(report, exitCode) {
  const counts = { passed: 0, failed: 0, skipped: 0, problems: [], skipReasons: new Map() };
  if (report) {
    const s = report.stats;
    counts.passed = s.expected + s.flaky;
    counts.failed = s.unexpected;
    counts.skipped = s.skipped;
    for (const e of report.errors ?? []) counts.problems.push(`playwright: ${e.message?.split('\n')[0]}`);
    const walk = (suite) => {
      for (const spec of suite.specs ?? []) {
        for (const t of spec.tests ?? []) {
          if (t.status !== 'skipped') continue;
          const why = (t.annotations ?? []).find((a) => a.type === 'skip')?.description ?? 'no reason given';
          counts.skipReasons.set(why, (counts.skipReasons.get(why) ?? 0) + 1);
        }
      }
      for (const child of suite.suites ?? []) walk(child);
    };
    for (const suite of report.suites ?? []) walk(suite);
  }
  if (exitCode !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.problems.push(`playwright exited with ${exitCode}${report ? '' : ' and wrote no report'}`);
  }
  return counts;
}

/** The one summary line of all suites added up. */
export function summaryLine(suites) {
  const sum = (key) => suites.reduce((total, s) => total + s[key], 0);
  return `Tests: ${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`;
}
