import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run test:server`: runs every `*.test.ts` under server/ with node's test runner. Node given no
 * files finds no tests and exits 0, so an empty run is made to fail here instead. Extra arguments
 * (such as `--test-name-pattern=cursor`) are passed on to node.
 */
const serverDir = fileURLToPath(new URL('.', import.meta.url));

function findTests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findTests(path);
    return entry.isFile() && entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = findTests(serverDir).sort();
if (files.length === 0) {
  console.error(`No *.test.ts files found under ${serverDir}`);
  process.exit(1);
}
console.log(`Running ${files.length} test files: ${files.map((file) => relative(serverDir, file)).join(', ')}`);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...process.argv.slice(2), ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
