// Measured figures drift: the README points to BENCHMARKS.md, which `npm run bench` rewrites, instead of restating them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** Sizes in kilobytes and throughput or latency figures: what a benchmark measures, never a setting. */
const MEASURED = /\b\d+(?:[.,]\d+)?\s?(?:KB|kB|KiB|req\/s|requests per second|ms)\b/g;

describe('the README', () => {
  test('restates no measured figure: sizes and throughput are in BENCHMARKS.md', () => {
    assert.deepEqual(readme.match(MEASURED) ?? [], []);
    assert.match(readme, /\[BENCHMARKS\.md\]\(BENCHMARKS\.md\)/);
  });
});
