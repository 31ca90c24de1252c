import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runStage } from './test-support/run-stage.ts';

/**
 * Runs every `*.test.ts` under the folders named on the command line (relative to the package root;
 * `server` when none is named) with node's test runner: `node --import tsx server/test-files.ts sdk server`.
 * Node given no files finds no tests and exits 0, so an empty run is made to fail here instead.
 * Arguments starting with `--` (such as `--test-name-pattern=cursor`) are passed on to node; without a
 * `--test-reporter` of their own, the quiet reporter prints a line per file and failures in full.
 * Run by `npm test`, the counts go to the summary file it names; run alone, a closing line ends the run.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const folders = args.filter((arg) => !arg.startsWith('--'));
const nodeArgs = args.filter((arg) => arg.startsWith('--'));

function findTests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findTests(path);
    return entry.isFile() && entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = (folders.length > 0 ? folders : ['server']).flatMap((folder) => findTests(join(root, folder))).sort();
if (files.length === 0) {
  console.error(`No *.test.ts files found under ${folders.join(', ') || 'server'}`);
  process.exit(1);
}
const testArgs = ['--import', 'tsx', '--test', ...nodeArgs, ...files];
if (nodeArgs.some((arg) => arg.startsWith('--test-reporter'))) {
  // A reporter of the caller's own: its output as it is, and node's exit code.
  process.exit(spawnSync(process.execPath, testArgs, { stdio: 'inherit' }).status ?? 1);
}
const reporter = [`--test-reporter=${join(root, 'server', 'test-support', 'quiet-reporter.mjs')}`, '--test-reporter-destination=stdout'];
process.exit(runStage([...testArgs.slice(0, 3), ...reporter, ...testArgs.slice(3)]));
