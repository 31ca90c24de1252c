// The size budget, as a test: shoppers download the script-tag bundle on every embedding page.
// `npm test` builds first; run `npm run build` before running this file alone.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const budgets = [
  { file: 'dist/storelet.js', what: 'script-tag bundle (SDK + every shopper widget + deps)', limit: 40 * KB },
  // Measured at 19.1 KB when <admin-dashboard> was added; the rest is room for the dashboard's next screens.
  { file: 'dist/storelet-admin.js', what: 'admin bundle (admin SDK + <admin-dashboard> + deps)', limit: 24 * KB },
  { file: 'dist/size/sdk.min.js', what: 'SDK alone (ky and nanostores included)', limit: 9 * KB },
];

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

for (const { file, what, limit } of budgets) {
  it(`${what} stays within ${limit / KB} KB min+gzip`, () => {
    assert.ok(existsSync(file), `${file} is missing: run npm run build`);
    const size = gzipSize(file);
    assert.ok(size <= limit, `${file} is ${(size / KB).toFixed(1)} KB gzip, over its ${limit / KB} KB budget`);
  });
}
