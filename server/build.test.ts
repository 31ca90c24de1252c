import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { buildOnce, STAMP_FILE } from './build.ts';

const root = mkdtempSync(join(tmpdir(), 'storelet-build-'));
after(() => rmSync(root, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
write('sdk/index.ts', 'export const a = 1;');
write('widgets/cart-drawer/cart-drawer.ts', 'export const b = 2;');
write('widgets/cart-drawer/cart-drawer.test.ts', 'test');
write('server/main.ts', 'start();');
write('rollup.config.mjs', 'export default [];');
write('package.json', '{}');

let builds = 0;
let fails = false;
const build = () => {
  builds += 1;
  return !fails;
};
const start = () => buildOnce({ root, build, ifChanged: true });

describe('the build before npm start', () => {
  test('builds the first time and writes the stamp in dist/', () => {
    assert.equal(start(), 'built');
    assert.equal(builds, 1);
    assert.match(readFileSync(join(root, STAMP_FILE), 'utf8'), /^[0-9a-f]{64}\n$/);
  });

  test('is skipped while nothing the bundles are made from has changed', () => {
    assert.equal(start(), 'unchanged');
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'sdk/index.ts'), later, later);
    assert.equal(start(), 'unchanged', 'a touched file with the same bytes');
    write('widgets/cart-drawer/cart-drawer.test.ts', 'another test');
    write('server/main.ts', 'start(); // the server runs from source');
    assert.equal(start(), 'unchanged', 'tests and the server are not inputs');
    assert.equal(builds, 1);
  });

  test('runs again after a change to a widget, the SDK, a new file, the rollup config or package.json', () => {
    const changes: [string, string][] = [
      ['widgets/cart-drawer/cart-drawer.ts', 'export const b = 3;'],
      ['sdk/index.ts', 'export const a = 2;'],
      ['widgets/new-widget/new-widget.ts', 'export {};'],
      ['rollup.config.mjs', 'export default [{}];'],
      ['package.json', '{ "version": "2" }'],
    ];
    for (const [path, text] of changes) {
      write(path, text);
      const before = builds;
      assert.equal(start(), 'built', path);
      assert.equal(builds, before + 1, path);
      assert.equal(start(), 'unchanged', path);
    }
  });

  test('a failed build leaves no stamp, so the next start builds again', () => {
    write('sdk/index.ts', 'export const a = 3;');
    fails = true;
    assert.equal(start(), 'failed');
    assert.ok(!existsSync(join(root, STAMP_FILE)));
    fails = false;
    assert.equal(start(), 'built');
    assert.equal(start(), 'unchanged');
  });

  test('a deleted dist/ and `npm run build` (not --if-changed) always build', () => {
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    assert.equal(start(), 'built');
    const before = builds;
    assert.equal(buildOnce({ root, build }), 'built');
    assert.equal(builds, before + 1);
  });

  test('npm start goes through it', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    assert.match(pkg.scripts.start ?? '', /^node --import tsx server\/build\.ts --if-changed && /);
  });
});
