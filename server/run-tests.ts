import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closingLine, readStageSummary, SUMMARY_ENV, type StageSummary } from './test-support/test-summary.ts';

/**
 * `npm test`: the build (when its inputs changed), the type check, the lint and the format check, then the three test stages (node: SDK
 * and server; widgets in Chromium; end to end), each printing a line per test file and its failures in
 * full. One closing line adds the three up: `N passed, N failed`. The exit code is non-zero when anything
 * failed, when a stage reported no counts, and when a stage ran no test at all.
 */

const root = fileURLToPath(new URL('..', import.meta.url));

type Step = { name: string; args: string[]; quiet?: boolean };

const BUILD: Step = { name: 'the build', args: ['--import', 'tsx', 'server/build.ts', '--if-changed'], quiet: true };
const TYPECHECK: Step = {
  name: 'the type check',
  args: ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit'],
};
/** Lint rules that catch real bugs (eslint.config.js), and the formatting prettier would give. Quiet unless they fail. */
const LINT: Step = { name: 'the lint', args: ['node_modules/eslint/bin/eslint.js', '.'], quiet: true };
const FORMAT: Step = {
  name: 'the format check',
  args: ['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level', 'warn', '.'],
  quiet: true,
};
const STAGES: Step[] = [
  { name: 'node tests', args: ['--import', 'tsx', 'server/test-files.ts', 'sdk', 'server'] },
  { name: 'widget tests', args: ['--import', 'tsx', 'server/test-widgets.ts'] },
  { name: 'end-to-end tests', args: ['--import', 'tsx', 'server/test-files.ts', 'examples'] },
];

/** Runs a step from the package root; a quiet one shows its output only when it fails. */
function run(step: Step, env: NodeJS.ProcessEnv = process.env): boolean {
  const result = spawnSync(process.execPath, step.args, {
    cwd: root,
    env,
    stdio: step.quiet ? ['inherit', 'pipe', 'pipe'] : 'inherit',
  });
  if (result.status !== 0 && step.quiet) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
  }
  return result.status === 0;
}

if (!run(BUILD)) {
  console.error('✖ The build failed; no tests were run.');
  process.exit(1);
}
const problems: string[] = [];
const total = { passed: 0, failed: 0, skipped: 0 };
const summaries = mkdtempSync(join(tmpdir(), 'storelet-test-run-'));
try {
  if (!run(TYPECHECK)) problems.push('the type check failed');
  if (!run(LINT)) problems.push('the lint found problems (npm run lint)');
  if (!run(FORMAT)) problems.push('some files are not formatted (npm run format)');
  for (const [index, stage] of STAGES.entries()) {
    const file = join(summaries, `stage-${index}.json`);
    const succeeded = run(stage, { ...process.env, [SUMMARY_ENV]: file });
    const summary: StageSummary | null = readStageSummary(file);
    if (!summary) problems.push(`the ${stage.name} reported no counts`);
    else {
      total.passed += summary.passed;
      total.failed += summary.failed;
      total.skipped += summary.skipped;
      if (summary.passed + summary.failed === 0) problems.push(`the ${stage.name} ran no test`);
    }
    if (!succeeded && (!summary || summary.failed === 0)) problems.push(`the ${stage.name} exited with an error`);
  }
} finally {
  rmSync(summaries, { recursive: true, force: true });
}

const failed = total.failed > 0 || problems.length > 0;
console.log(`${failed ? '✖' : '✔'} ${closingLine(total)}${problems.length > 0 ? `; ${problems.join('; ')}` : ''}`);
process.exit(failed ? 1 : 0);
