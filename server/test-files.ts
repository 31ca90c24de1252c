import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
 *
 * The tests record each status every API route answers (`STORELET_ROUTE_COVERAGE`, see server/http/route-coverage.ts).
 * A run of the whole `server` folder then fails if a documented status was never answered, or an undocumented one was.
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
// A file named by the caller is kept for them to read; otherwise a temporary one.
const named = process.env['STORELET_ROUTE_COVERAGE'];
const coverageDir = named ? null : mkdtempSync(join(tmpdir(), 'storelet-route-coverage-'));
const coverageFile = named ?? join(coverageDir!, 'answers.txt');
writeFileSync(coverageFile, '');
process.env['STORELET_ROUTE_COVERAGE'] = coverageFile;
const reporter = [
  `--test-reporter=${join(root, 'server', 'test-support', 'quiet-reporter.mjs')}`,
  '--test-reporter-destination=stdout',
];
let status = runStage([...testArgs.slice(0, 3), ...reporter, ...testArgs.slice(3)]);
// Only a whole, unfiltered run of the server's tests can be expected to reach every status.
const filtered = nodeArgs.some((arg) => /^--test-(name-pattern|skip-pattern|only)/.test(arg));
const wholeServer = (folders.length === 0 || folders.includes('server')) && !filtered;
if (wholeServer) {
  const covered = await checkRouteCoverage(coverageFile);
  if (status === 0) status = covered;
}
if (coverageDir) rmSync(coverageDir, { recursive: true, force: true });
process.exit(status);

async function checkRouteCoverage(file: string): Promise<number> {
  const { API_ROUTES } = await import('./openapi/api-routes.ts');
  const { readRouteCoverage } = await import('./http/route-coverage.ts');
  const { unreached, undocumented } = readRouteCoverage(API_ROUTES, file);
  if (unreached.length === 0 && undocumented.length === 0) return 0;
  if (unreached.length > 0) console.error(`Documented but never answered by a test:\n  ${unreached.join('\n  ')}`);
  if (undocumented.length > 0) console.error(`Answered but not documented:\n  ${undocumented.join('\n  ')}`);
  return 1;
}
