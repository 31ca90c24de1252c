import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closingLine, readStageSummary, REPORT_FD_ENV, SUMMARY_ENV } from './test-summary.ts';

export type StageOptions = {
  /**
   * Hold back what the stage prints on its own standard output and error (a test runner's banners and
   * progress), showing it only when the stage failed without reporting a failing test, which is when it
   * explains something. The reporter writes its lines to file descriptor 3, which is our standard output.
   */
  holdOutput?: boolean;
};

/**
 * Runs one test stage (`node <args>`) whose reporter writes its counts to the summary file. Under
 * `npm test` that file is the one the run names; run alone, the stage gets its own and ends with the
 * closing line. Exits non-zero whenever the stage did: also when it ran no test, failed one, or wrote no counts.
 */
export function runStage(args: readonly string[], options: StageOptions = {}): number {
  const ownDir = process.env[SUMMARY_ENV] ? null : mkdtempSync(join(tmpdir(), 'storelet-tests-'));
  const summaryFile = process.env[SUMMARY_ENV] ?? join(ownDir ?? '', 'summary.json');
  const result = spawnSync(process.execPath, args, {
    env: { ...process.env, [SUMMARY_ENV]: summaryFile, ...(options.holdOutput ? { [REPORT_FD_ENV]: '3' } : {}) },
    stdio: options.holdOutput ? ['inherit', 'pipe', 'pipe', 1] : 'inherit',
    maxBuffer: 256 * 1024 * 1024,
  });
  const summary = readStageSummary(summaryFile);
  if (ownDir) rmSync(ownDir, { recursive: true, force: true });
  let status = result.status ?? 1;
  if (!summary || summary.failed > 0 || summary.passed === 0) status = status || 1;
  if (options.holdOutput && status !== 0 && !(summary && summary.failed > 0)) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
  }
  if (!summary) console.error(`The stage wrote no test counts: node ${args.join(' ')}`);
  else if (summary.passed + summary.failed === 0) console.error(`The stage ran no tests: node ${args.join(' ')}`);
  if (ownDir && summary) console.log(closingLine(summary));
  return status;
}
