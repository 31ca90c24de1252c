import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run build` and the build step of `npm start`: runs rollup, then writes a hash of everything the
 * bundles are made from into `dist/`. With `--if-changed` (`npm start`) the build is skipped when that
 * hash still matches, so a start after editing only the server does not wait for a full build.
 * The server is not an input: `npm start` runs it from source, and only the npm package's copy of it is built.
 */

/** What the script-tag bundles and the npm entries the pages load are made from, relative to the root. */
export const BUILD_INPUTS = [
  'sdk',
  'widgets',
  'rollup.config.mjs',
  'custom-elements-manifest.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];
export const STAMP_FILE = join('dist', '.build-inputs');

/** Tests never reach a bundle, so editing one does not call for a build. */
const isInput = (path: string) => !path.endsWith('.test.ts');

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) =>
    entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : filesUnder(join(path, entry.name)),
  );
}

/** A content hash of the inputs under `root`: names and bytes, so a touched but unchanged file does not count. */
export function inputsHash(root: string, inputs: readonly string[] = BUILD_INPUTS): string {
  const hash = createHash('sha256');
  const files = inputs.flatMap((input) => filesUnder(join(root, input))).filter(isInput);
  for (const file of files.map((path) => relative(root, path)).sort()) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

export type BuildOptions = {
  root: string;
  /** Runs the build itself; true when it succeeded. */
  build: () => boolean;
  ifChanged?: boolean;
  inputs?: readonly string[];
};

/**
 * Builds unless `ifChanged` and the stamp matches the inputs. The hash is taken before building, so an
 * edit made while the build runs is built next time; a failed build leaves no stamp.
 */
export function buildOnce(options: BuildOptions): 'built' | 'unchanged' | 'failed' {
  const stamp = join(options.root, STAMP_FILE);
  const hash = inputsHash(options.root, options.inputs);
  if (options.ifChanged && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash) return 'unchanged';
  rmSync(stamp, { force: true });
  if (!options.build()) return 'failed';
  mkdirSync(join(options.root, 'dist'), { recursive: true });
  writeFileSync(stamp, `${hash}\n`);
  return 'built';
}

/** The bundles, then the custom elements manifest (`dist/custom-elements.json`) from the elements' JSDoc. */
function runBuild(root: string): boolean {
  const rollup = join(root, 'node_modules', 'rollup', 'dist', 'bin', 'rollup');
  const cem = join(root, 'node_modules', '@custom-elements-manifest', 'analyzer', 'cem.js');
  const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status === 0;
  return (
    run([rollup, '-c', '--silent']) &&
    run([cem, 'analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs'])
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const ifChanged = process.argv.includes('--if-changed');
  const outcome = buildOnce({ root, ifChanged, build: () => runBuild(root) });
  if (outcome === 'unchanged') console.log('The build is up to date (sdk/ and widgets/ unchanged since the last one).');
  process.exit(outcome === 'failed' ? 1 : 0);
}
