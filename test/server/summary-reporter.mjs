// Prints one plain closing line, "N passed, N failed, N skipped", that any CI can read.
// A test file that failed to load (syntax error, missing import) counts as one failure.

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

/** A web-test-runner reporter that ends the run with a single summary line. */
export function summaryLineReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed;
        if (session.testResults) count(session.testResults, totals);
        const broken = !session.passed && totals.failed === before;
        if (broken) totals.failed += 1;
      }
      // The default reporter flushes its own summary after this hook: print ours last, at exit.
      process.once('exit', () => {
        process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
