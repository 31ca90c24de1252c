import { relative } from 'node:path';
import { inspect } from 'node:util';
import { failureBlock, fileLine, reportStage, type FileResult } from './test-summary.ts';

/**
 * A reporter for node's test runner (`node --test --test-reporter=./server/test-support/quiet-reporter.ts`):
 * one line per test file, and for a file with a failure, each failing test in full with what the file
 * printed. A passing file's output (a server's expected error log, say) is not shown. The counts go to the
 * summary file `npm test` adds up (see test-summary.ts), or, run alone, to a closing line.
 */

type TestEventData = {
  name: string;
  nesting: number;
  file?: string;
  skip?: boolean | string;
  todo?: boolean | string;
  details: { duration_ms?: number; type?: 'suite' | 'test'; error?: Error & { failureType?: string; cause?: unknown } };
};
type TestEvent =
  | { type: 'test:pass' | 'test:fail'; data: TestEventData }
  | { type: 'test:stdout' | 'test:stderr'; data: { file?: string; message: string } }
  | { type: string; data: unknown };

/** `pending[n]`: failures at nesting n whose parents have not been reported yet (a parent comes after its tests). */
type FileState = FileResult & { pending: FileResult['failures'][]; output: string[] };

const root = process.cwd();

function describeError(error: TestEventData['details']['error']): string {
  if (!error) return 'failed';
  // The runner wraps an assertion in a "test failed" error; the assertion is its cause.
  const reason =
    error.failureType === 'testCodeFailure' && error.cause instanceof Error ? error.cause : (error.cause ?? error);
  return inspect(reason, { depth: 6, colors: false });
}

export default async function* quietReporter(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  const files = new Map<string, FileState>();
  const stateOf = (file: string | undefined) => {
    const name = file ? relative(root, file) : '(outside any file)';
    let state = files.get(name);
    if (!state) {
      state = { file: name, passed: 0, failed: 0, skipped: 0, durationMs: 0, failures: [], pending: [], output: [] };
      files.set(name, state);
    }
    return state;
  };

  for await (const event of source) {
    if (event.type === 'test:stdout' || event.type === 'test:stderr') {
      const data = event.data as { file?: string; message: string };
      stateOf(data.file).output.push(data.message);
      continue;
    }
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const data = event.data as TestEventData;
    const state = stateOf(data.file);
    if (data.nesting === 0) state.durationMs += data.details.duration_ms ?? 0;
    // A file is reported as a test of its own only when it had none: it passed empty, or failed to run.
    const isSuite =
      data.details.type === 'suite' || (data.nesting === 0 && data.name === data.file && event.type === 'test:pass');
    const error = data.details.error;
    // Name the failures inside this test by their path through it, now that it has been reported.
    const inside = (state.pending[data.nesting + 1] ?? []).map((failure) => ({
      ...failure,
      name: `${data.name} › ${failure.name}`,
    }));
    state.pending.length = data.nesting + 1;
    const here = (state.pending[data.nesting] ??= []);
    here.push(...inside);
    if (event.type === 'test:fail') {
      // A suite that failed only because a test inside it did adds nothing to that test's report.
      if (error?.failureType !== 'subtestsFailed') {
        here.push({ name: data.name, detail: describeError(error) });
        state.failed += 1;
      }
    } else if (!isSuite) {
      if (data.skip || data.todo) state.skipped += 1;
      else state.passed += 1;
    }
    if (data.nesting === 0) {
      state.failures.push(...here);
      state.pending.length = 0;
    }
  }

  const results = [...files.values()].sort((a, b) => a.file.localeCompare(b.file));
  for (const result of results) {
    yield `${fileLine(result)}\n`;
    if (result.failed > 0 || result.failures.length > 0) yield failureBlock(result, result.output.join(''));
  }
  const closing = reportStage(results);
  if (closing) yield `${closing}\n`;
}
