import { writeSync } from 'node:fs';
import { relative } from 'node:path';
import type { Reporter, TestResultError, TestSession, TestSuiteResult } from '@web/test-runner';
import { failureBlock, fileLine, REPORT_FD_ENV, reportStage, type Failure, type FileResult } from './test-summary.ts';

/**
 * The widget tests' reporter for @web/test-runner, in the same shape as the node tests' (quiet-reporter.ts):
 * a line per test file, each failing test in full with the browser's console output and missing files,
 * nothing else on success. It replaces the default reporter, its progress bar and its browser logs.
 */

function describe(error: TestResultError): string {
  const diff =
    error.expected !== undefined || error.actual !== undefined
      ? `\nexpected: ${error.expected}\nactual:   ${error.actual}`
      : '';
  if (error.stack?.includes(error.message)) return `${error.stack}${diff}`;
  const message = `${error.name ? `${error.name}: ` : ''}${error.message}`;
  return [message + diff, error.stack].filter(Boolean).join('\n');
}

function collect(suite: TestSuiteResult, path: string[], result: FileResult): void {
  for (const test of suite.tests) {
    if (test.skipped) result.skipped += 1;
    else if (test.passed) result.passed += 1;
    else {
      result.failed += 1;
      result.failures.push({
        name: [...path, test.name].join(' › '),
        detail: test.error ? describe(test.error) : 'failed',
      });
    }
    result.durationMs += test.duration ?? 0;
  }
  for (const inner of suite.suites) collect(inner, [...path, inner.name], result);
}

function printed(session: TestSession): string {
  const logs = session.logs.map((args) =>
    args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '),
  );
  const missing = session.request404s.map((path) => `404: ${path}`);
  return [...logs, ...missing].map((line) => `${line}\n`).join('');
}

function fileResult(testFile: string, sessions: readonly TestSession[]): { result: FileResult; output: string } {
  const result: FileResult = {
    file: relative(process.cwd(), testFile),
    passed: 0,
    failed: 0,
    skipped: 0,
    durationMs: 0,
    failures: [],
  };
  for (const session of sessions) {
    if (session.testResults) collect(session.testResults, [], result);
    // Errors outside any test: the file failed to load, or threw between tests.
    const outside: Failure[] = session.errors.map((error) => ({
      name: `${session.browser.name}: the test file`,
      detail: describe(error),
    }));
    result.failures.push(...outside);
    if (!session.passed && result.failed === 0 && outside.length === 0) {
      result.failures.push({
        name: `${session.browser.name}: the test file`,
        detail: `did not pass (${session.status})`,
      });
    }
  }
  return { result, output: sessions.map(printed).join('') };
}

/** The descriptor the stage runner (run-stage.ts) opened for our lines while it holds back the runner's own. */
function reportChannel(): number | null {
  const fd = Number(process.env[REPORT_FD_ENV]);
  return Number.isInteger(fd) && fd > 2 ? fd : null;
}

export type QuietReporterOptions = {
  /** Where the lines go: the stage runner's channel, or standard output. */
  write?: (text: string) => void;
};

export function quietWtrReporter(options: QuietReporterOptions = {}): Reporter {
  const results = new Map<string, FileResult>();
  const channel = reportChannel();
  const print = (text: string) => {
    if (options.write) options.write(`${text}\n`);
    else if (channel === null) console.log(text);
    else writeSync(channel, `${text}\n`);
  };
  return {
    reportTestFileResults({ sessionsForTestFile, testFile }) {
      // The runner reports some files a second time (when it redraws its overview): one line each is enough.
      if (results.has(testFile)) return;
      const { result, output } = fileResult(testFile, sessionsForTestFile);
      results.set(testFile, result);
      print(fileLine(result));
      if (result.failures.length > 0) print(failureBlock(result, output).trimEnd());
    },
    onTestRunFinished({ sessions }) {
      // A file whose results never came (the browser crashed on it) still counts, as a failure.
      const byFile = new Map<string, TestSession[]>();
      for (const session of sessions) byFile.set(session.testFile, [...(byFile.get(session.testFile) ?? []), session]);
      for (const [testFile, fileSessions] of byFile) {
        if (!results.has(testFile)) results.set(testFile, fileResult(testFile, fileSessions).result);
      }
      const closing = reportStage([...results.values()]);
      if (closing) print(closing);
    },
  };
}
