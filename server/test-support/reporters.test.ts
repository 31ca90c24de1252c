import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { TestSession } from '@web/test-runner';
import { SUMMARY_ENV } from './test-summary.ts';
import { quietWtrReporter } from './wtr-reporter.ts';

// Inside the package, so the fixtures resolve tsx from its node_modules; a dot folder no test run collects.
const dir = mkdtempSync(join(fileURLToPath(new URL('.', import.meta.url)), '.reporter-fixtures-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const reporter = fileURLToPath(new URL('./quiet-reporter.mjs', import.meta.url));
const runStageModule = fileURLToPath(new URL('./run-stage.ts', import.meta.url));

const fixture = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
const passing = fixture(
  'passing.test.ts',
  `import { describe, test } from 'node:test';
describe('a passing suite', () => {
  test('one', () => { console.error('Error: connect ECONNREFUSED 127.0.0.1:1 (an expected outage)'); });
  test('two', () => {});
});`,
);
const failing = fixture(
  'failing.test.ts',
  `import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
describe('cart totals', () => {
  describe('with a discount', () => {
    test('subtracts it', () => { console.log('printed by the failing file'); assert.equal(1 + 1, 3); });
    test('keeps the currency', () => {});
  });
});`,
);
const empty = fixture('empty.test.ts', 'export {};\n');

/** Runs node's test runner on fixture files through our stage runner, as `npm run test:server` would. */
function stage(files: string[], env: NodeJS.ProcessEnv = {}) {
  const script = `import { runStage } from ${JSON.stringify(runStageModule)};
process.exit(runStage(['--import', 'tsx', '--test', '--test-reporter=${reporter}', '--test-reporter-destination=stdout', ...${JSON.stringify(files)}]));`;
  const environment: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!env[SUMMARY_ENV]) delete environment[SUMMARY_ENV];
  // Node marks the files it runs, and a marked process refuses to run tests of its own.
  delete environment['NODE_TEST_CONTEXT'];
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: dir,
    env: environment,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the node tests’ reporter', () => {
  test('a passing run: one line per file and the closing line, none of the tests’ own output', () => {
    const run = stage([passing]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2, run.stdout);
    assert.match(lines[0] ?? '', /^✔ passing\.test\.ts {2}2 tests {2}\d+\.\d s$/);
    assert.equal(lines[1], '2 passed, 0 failed');
    assert.doesNotMatch(run.stdout + run.stderr, /ECONNREFUSED/);
  });

  test('a failing run: the failing test in full, by its path, with what its file printed; exit code 1', () => {
    const run = stage([passing, failing]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^✖ failing\.test\.ts {2}1 passed, 1 failed$/m);
    assert.match(run.stdout, /^ {2}✖ cart totals › with a discount › subtracts it$/m);
    assert.match(run.stdout, /2 !== 3/);
    assert.match(run.stdout, /failing\.test\.ts:5/, 'the stack points at the line');
    assert.match(run.stdout, /\| printed by the failing file/);
    assert.doesNotMatch(run.stdout, /ECONNREFUSED/, 'the passing file stays quiet');
    assert.match(run.stdout, /^3 passed, 1 failed$/m);
  });

  test('under npm test, the counts go to the summary file instead of a closing line', () => {
    const summary = join(dir, 'summary.json');
    const run = stage([passing, failing], { [SUMMARY_ENV]: summary });
    assert.equal(run.status, 1);
    assert.doesNotMatch(run.stdout, /^\d+ passed, \d+ failed$/m);
    assert.deepEqual(JSON.parse(spawnSync('cat', [summary], { encoding: 'utf8' }).stdout), {
      passed: 3,
      failed: 1,
      skipped: 0,
      files: 2,
    });
  });

  test('a run that found no test fails', () => {
    const run = stage([empty]);
    assert.notEqual(run.status, 0);
    assert.match(run.stderr, /ran no tests/);
  });
});

describe('the widget tests’ reporter', () => {
  const session = (passed: boolean): TestSession =>
    ({
      testFile: join(process.cwd(), 'widgets/cart-drawer/cart-drawer.test.ts'),
      browser: { name: 'Chromium' },
      passed,
      status: 'FINISHED',
      errors: [],
      logs: [['Lit is in dev mode.']],
      request404s: [],
      testResults: {
        name: '',
        tests: [],
        suites: [
          {
            name: '<cart-drawer>',
            suites: [],
            tests: [
              { name: 'opens', passed: true, skipped: false, duration: 120 },
              passed
                ? { name: 'closes on Escape', passed: true, skipped: false, duration: 80 }
                : {
                    name: 'closes on Escape',
                    passed: false,
                    skipped: false,
                    duration: 80,
                    error: {
                      name: 'AssertionError',
                      message: 'expected true to be false',
                      expected: 'false',
                      actual: 'true',
                      stack: 'AssertionError: expected true to be false\n  at cart-drawer.test.ts:40:5',
                    },
                  },
            ],
          },
        ],
      },
    }) as unknown as TestSession;

  function report(passed: boolean): string {
    let output = '';
    const wtr = quietWtrReporter({ write: (text) => (output += text) });
    const sessions = [session(passed)];
    const previous = process.env[SUMMARY_ENV];
    delete process.env[SUMMARY_ENV];
    try {
      const results = {
        logger: console as never,
        sessionsForTestFile: sessions,
        testFile: sessions[0]!.testFile,
        testRun: 0,
      };
      wtr.reportTestFileResults?.(results);
      wtr.reportTestFileResults?.(results);
      wtr.onTestRunFinished?.({ sessions, testRun: 0 });
    } finally {
      if (previous !== undefined) process.env[SUMMARY_ENV] = previous;
    }
    return output;
  }

  test('a passing file is one line, without the browser’s logs, even when the runner reports it twice', () => {
    assert.match(
      report(true),
      /^✔ widgets\/cart-drawer\/cart-drawer\.test\.ts {2}2 tests {2}0\.2 s\n2 passed, 0 failed\n$/,
    );
  });

  test('a failing test in full, with the browser’s logs', () => {
    const output = report(false);
    assert.match(output, /^✖ widgets\/cart-drawer\/cart-drawer\.test\.ts {2}1 passed, 1 failed$/m);
    assert.match(output, /✖ <cart-drawer> › closes on Escape\n {6}AssertionError: expected true to be false/);
    assert.match(output, /expected: false\n\s+actual: {3}true/);
    assert.match(output, /\| Lit is in dev mode\./);
    assert.match(output, /^1 passed, 1 failed$/m);
  });
});
