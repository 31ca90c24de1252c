import { readFileSync, writeFileSync } from 'node:fs';

/**
 * What `npm test`'s stages (node, widgets in Chromium, end to end) report, in one shape: a line per test
 * file, failures in full, and counts written to a summary file that the run adds up into its closing line.
 */

export type Failure = { name: string; detail: string };
export type FileResult = {
  file: string;
  passed: number;
  failed: number;
  skipped: number;
  durationMs: number;
  failures: Failure[];
};
export type StageSummary = { passed: number; failed: number; skipped: number; files: number };

/** The summary file a stage writes its counts to, named by whoever runs the stage. */
export const SUMMARY_ENV = 'STORELET_TEST_SUMMARY';
/** A file descriptor a reporter writes its lines to while the runner's own output is held back. */
export const REPORT_FD_ENV = 'STORELET_TEST_REPORT_FD';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function fileLine(result: FileResult): string {
  const skipped = result.skipped > 0 ? `, ${result.skipped} skipped` : '';
  if (result.failed === 0 && result.failures.length === 0) {
    return `✔ ${result.file}  ${plural(result.passed, 'test')}${skipped}  ${seconds(result.durationMs)}`;
  }
  return `✖ ${result.file}  ${result.passed} passed, ${Math.max(result.failed, result.failures.length)} failed${skipped}`;
}

const indent = (text: string, by: string) => text.replace(/\n$/, '').replace(/^/gm, by);

/** Each failing test of a file in full, then what the file printed while it ran. */
export function failureBlock(result: FileResult, output: string): string {
  const failures = result.failures.map((failure) => `  ✖ ${failure.name}\n${indent(failure.detail, '      ')}\n`);
  const printed = output.trim() ? `  Output of ${result.file}:\n${indent(output, '    | ')}\n` : '';
  return `${failures.join('\n')}${printed}\n`;
}

export function summarize(results: readonly FileResult[]): StageSummary {
  return {
    passed: results.reduce((sum, result) => sum + result.passed, 0),
    failed: results.reduce((sum, result) => sum + Math.max(result.failed, result.failures.length), 0),
    skipped: results.reduce((sum, result) => sum + result.skipped, 0),
    files: results.length,
  };
}

/** `N passed, N failed` (and skipped ones, when any): the closing line of a stage run alone, or of `npm test`. */
export function closingLine(summary: Omit<StageSummary, 'files'>): string {
  return `${summary.passed} passed, ${summary.failed} failed${summary.skipped > 0 ? `, ${summary.skipped} skipped` : ''}`;
}

/** Writes the stage's counts where `STORELET_TEST_SUMMARY` says; without it, answers the closing line to print. */
export function reportStage(results: readonly FileResult[]): string | null {
  const summary = summarize(results);
  const path = process.env[SUMMARY_ENV];
  if (path) {
    writeFileSync(path, JSON.stringify(summary));
    return null;
  }
  return closingLine(summary);
}

/** A stage's counts, or null when it wrote none (it crashed before its reporter finished). */
export function readStageSummary(path: string): StageSummary | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<StageSummary>;
    const counts = [parsed.passed, parsed.failed, parsed.skipped, parsed.files];
    if (!counts.every((count) => Number.isInteger(count))) return null;
    return parsed as StageSummary;
  } catch {
    return null;
  }
}
