import { defaultReporter } from '@web/test-runner';

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

/**
 * The same closing line for the Node tests: a node:test reporter (`--test-reporter=<this file>`),
 * used next to the compact `dot` reporter, which prints the name, assertion and stack of a failure.
 * Suites are not counted, only the tests in them; a file that fails to load counts as one failure.
 */
// eslint-disable-next-line require-yield -- it writes at exit, after the dot reporter's list of failures
export default async function* nodeSummaryReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const { type, data } of source) {
    if ((type !== 'test:pass' && type !== 'test:fail') || data.details?.type === 'suite') continue;
    if (data.skip || data.todo) totals.skipped += 1;
    else if (type === 'test:pass') totals.passed += 1;
    else totals.failed += 1;
  }
  // The dot reporter lists the failures when its stream ends, after ours: print ours last, at exit.
  process.once('exit', () => {
    process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
  });
}

/**
 * web-test-runner's default reporter, minus the 404s a test asked for (`expected(url)`): a 404 plan
 * step or a hostile link resolved against the test server. Unexpected 404s are still listed.
 */
export function quietDefaultReporter(expected) {
  const reporter = defaultReporter();
  return {
    ...reporter,
    reportTestFileResults(args) {
      for (const session of args.sessionsForTestFile) session.request404s = session.request404s.filter((url) => !expected(url));
      return reporter.reportTestFileResults(args);
    },
  };
}
