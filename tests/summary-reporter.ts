import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

/** What went wrong in a run besides failed tests: each counts as one failure. */
interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  /** Test files that errored outside their tests: did not load (syntax error, missing import) or a file-level hook threw. */
  erroredFiles: number;
  /** Suites whose hooks failed (a `beforeAll` that threw, e.g. no browser to launch). */
  erroredSuites: number;
  /** Errors outside any test (an unhandled rejection, a worker crash). */
  unhandled: number;
}

/** Counts tests by state and every error outside a test. */
function count(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0, erroredFiles: 0, erroredSuites: 0, unhandled: unhandledErrors.length };
  for (const module of testModules) {
    if (module.errors().length > 0) counts.erroredFiles += 1;
    for (const suite of module.children.allSuites()) if (suite.errors().length > 0) counts.erroredSuites += 1;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed += 1;
      else if (state === 'failed') counts.failed += 1;
      else counts.skipped += 1;
    }
  }
  return counts;
}

/**
 * The summary line: `N passed, N failed, N skipped`, where "failed" also counts files that did not load,
 * suites that errored and unhandled errors (named in brackets), and is never 0 when vitest failed the run.
 */
export function summaryLine(
  testModules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<SerializedError>,
  reason: TestRunEndReason,
): string {
  const counts = count(testModules, unhandledErrors);
  const extras = [
    [counts.erroredFiles, 'file that errored', 'files that errored'],
    [counts.erroredSuites, 'suite that errored', 'suites that errored'],
    [counts.unhandled, 'unhandled error', 'unhandled errors'],
  ] as const;
  const named = extras.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  let failed = counts.failed + counts.erroredFiles + counts.erroredSuites + counts.unhandled;
  if (reason === 'failed' && failed === 0) {
    failed = 1;
    named.push('the run failed without a failed test');
  }
  const detail = named.length > 0 ? ` (${counts.failed} tests, ${named.join(', ')})` : '';
  const interrupted = reason === 'interrupted' ? ', run interrupted' : '';
  return `${counts.passed} passed, ${failed} failed${detail}, ${counts.skipped} skipped${interrupted}`;
}

/** Ends a run with one plain line, `N passed, N failed, N skipped`, that CI logs can read in any language. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): void {
    process.stdout.write(`\n${summaryLine(testModules, unhandledErrors, reason)}\n`);
  }
}
