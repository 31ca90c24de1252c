import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CSP } from './security.ts';
import { rawGet, startTestServer, type TestServer } from '../test-support/server.ts';

let server: TestServer;
let publicDir: string;

const BUNDLE = 'console.log("storelet bundle");';
/** Big enough to be worth compressing, as the real bundle is. */
const BIG_BUNDLE = `${BUNDLE}\n`.repeat(200);
const MAP = '{"version":3,"sources":[],"mappings":""}';
const CHUNK = 'export const grid = 1;';
const ADMIN_BUNDLE = 'console.log("storelet admin bundle");';
const ADMIN_CHUNK = 'export const reviews = 1;';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>';

before(async () => {
  publicDir = mkdtempSync(join(tmpdir(), 'storelet-public-'));
  const write = (path: string, content: string) => {
    mkdirSync(join(publicDir, path, '..'), { recursive: true });
    writeFileSync(join(publicDir, path), content);
  };
  write('dist/storelet.js', BUNDLE);
  write('dist/storelet.js.map', MAP);
  write('dist/storelet/product-grid-3fA_x9.js', CHUNK);
  write('dist/storelet-admin.js', ADMIN_BUNDLE);
  write('dist/storelet-admin.js.map', MAP);
  write('dist/storelet-admin/reviews-screen-Bq_7x-2.js', ADMIN_CHUNK);
  write('examples/plain-html/index.html', '<!doctype html><title>Example shop</title>');
  write('examples/plain-html/shop.css', 'body { margin: 0 }');
  write('examples/plain-html/notes.txt', 'not a served type');
  write('examples/plain-html/.secret.js', 'hidden');
  write('examples/logo.svg', SVG);
  write('images/mug-1.svg', SVG);
  server = await startTestServer({
    seed: 'none',
    config: {
      publicDir: {
        dist: join(publicDir, 'dist'),
        examples: join(publicDir, 'examples'),
        seedImages: join(publicDir, 'images'),
      },
    },
  });
});
after(async () => {
  await server.close();
  rmSync(publicDir, { recursive: true, force: true });
});

describe('/storelet.js', () => {
  test('served as JavaScript that any page may load, revalidated by ETag', async () => {
    const response = await server.get('/storelet.js');
    assert.equal(response.status, 200);
    assert.equal(response.text, BUNDLE);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin');
    const etag = response.headers.get('etag');
    assert.ok(etag);
    const again = await server.get('/storelet.js', { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
  });

  test('goes out brotli- or gzip-compressed as the client accepts, each encoding with its own ETag', async () => {
    writeFileSync(join(publicDir, 'dist', 'storelet.js'), BIG_BUNDLE);
    try {
      const raw = (encoding: string) => rawGet(server.url, '/storelet.js', { 'accept-encoding': encoding });
      const br = await raw('gzip, deflate, br');
      assert.equal(br.headers.get('content-encoding'), 'br');
      assert.equal(br.headers.get('vary'), 'Accept-Encoding');
      assert.equal(brotliDecompressSync(br.bytes).toString(), BIG_BUNDLE);
      assert.ok(br.bytes.length < BIG_BUNDLE.length / 10, `${br.bytes.length} bytes`);

      const gzip = await raw('gzip;q=1, br;q=0');
      assert.equal(gzip.headers.get('content-encoding'), 'gzip');
      assert.equal(gunzipSync(gzip.bytes).toString(), BIG_BUNDLE);

      const plain = await raw('identity');
      assert.equal(plain.headers.get('content-encoding'), null);
      assert.equal(plain.body, BIG_BUNDLE);

      const etags = new Set([br, gzip, plain].map((response) => response.headers.get('etag')));
      assert.equal(etags.size, 3);
      const again = await rawGet(server.url, '/storelet.js', {
        'accept-encoding': 'br',
        'if-none-match': br.headers.get('etag') ?? '',
      });
      assert.equal(again.status, 304);
    } finally {
      writeFileSync(join(publicDir, 'dist', 'storelet.js'), BUNDLE);
    }
  });

  test('its source map is served beside it', async () => {
    const response = await server.get('/storelet.js.map');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.deepEqual(response.body, JSON.parse(MAP));
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
  });

  test('a missing bundle is a 404 that says how to build it', async () => {
    rmSync(join(publicDir, 'dist', 'storelet.js'));
    const response = await server.get<{ error: { code: string; details: { hint: string } } }>('/storelet.js');
    assert.equal(response.status, 404);
    assert.match(response.body.error.details.hint, /npm run build/);
    writeFileSync(join(publicDir, 'dist', 'storelet.js'), BUNDLE);
  });
});

describe("/storelet/* (the loader's chunks)", () => {
  test('a chunk is served to any page as JavaScript, kept for a year: its name changes with its content', async () => {
    const response = await server.get('/storelet/product-grid-3fA_x9.js');
    assert.equal(response.status, 200);
    assert.equal(response.text, CHUNK);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin');
  });

  test('only chunk names: no other file of dist, no way out of the folder', async () => {
    for (const path of [
      '/storelet/missing-AAAA.js',
      '/storelet/..%2Fstorelet.js',
      '/storelet/.hidden.js',
      '/storelet/notes.txt',
    ]) {
      const response = await server.get(path);
      assert.equal(response.status, 404, path);
    }
  });
});

describe('/storelet-admin.js', () => {
  test("the store owner's bundle and its map are served beside the shopper's, the same way", async () => {
    const bundle = await server.get('/storelet-admin.js');
    assert.equal(bundle.status, 200);
    assert.equal(bundle.text, ADMIN_BUNDLE);
    assert.equal(bundle.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(bundle.headers.get('cache-control'), 'no-cache');
    const map = await server.get('/storelet-admin.js.map');
    assert.equal(map.status, 200);
    assert.deepEqual(map.body, JSON.parse(MAP));
  });

  test('missing, it is a 404 that names the file to build', async () => {
    rmSync(join(publicDir, 'dist', 'storelet-admin.js'));
    const response = await server.get<{ error: { code: string; details: { hint: string } } }>('/storelet-admin.js');
    assert.equal(response.status, 404);
    assert.match(response.body.error.details.hint, /npm run build.*dist\/storelet-admin\.js/);
    writeFileSync(join(publicDir, 'dist', 'storelet-admin.js'), ADMIN_BUNDLE);
  });
});

describe("/storelet-admin/* (the admin loader's chunks)", () => {
  test('a screen’s chunk is served as the shopper chunks are: to any page, kept for a year', async () => {
    const response = await server.get('/storelet-admin/reviews-screen-Bq_7x-2.js');
    assert.equal(response.status, 200);
    assert.equal(response.text, ADMIN_CHUNK);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
  });

  test('only chunk names of its own folder: a 404 that says to build otherwise', async () => {
    for (const path of [
      '/storelet-admin/missing-AAAA.js',
      '/storelet-admin/..%2Fstorelet-admin.js',
      '/storelet-admin/product-grid-3fA_x9.js',
      '/storelet-admin/.hidden.js',
    ]) {
      const response = await server.get<{ error: { details: { hint: string } } }>(path);
      assert.equal(response.status, 404, path);
      assert.match(response.body.error.details.hint, /dist\/storelet-admin\//, path);
    }
  });
});

describe('example pages', () => {
  test('/ is the plain-HTML example with a page CSP', async () => {
    const response = await server.get('/');
    assert.equal(response.status, 200);
    assert.match(response.text, /Example shop/);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('content-security-policy'), CSP.html);
    assert.equal(response.headers.get('x-frame-options'), 'SAMEORIGIN');
  });

  test('/examples/* serves pages, styles and images; a folder means its index.html', async () => {
    assert.match((await server.get('/examples/plain-html/')).text, /Example shop/);
    const css = await server.get('/examples/plain-html/shop.css');
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
    const svg = await server.get('/examples/logo.svg');
    assert.equal(svg.headers.get('content-type'), 'image/svg+xml');
    assert.equal(svg.headers.get('content-security-policy'), CSP.svg);
  });

  test('other file types, hidden files and missing files are 404', async () => {
    for (const path of [
      '/examples/plain-html/notes.txt',
      '/examples/plain-html/.secret.js',
      '/examples/nope.html',
      '/examples/plain-html',
    ]) {
      assert.equal((await server.get(path)).status, 404, path);
    }
  });
});

describe('/media/seed/:file', () => {
  test('SVG as an image that cannot run script, loadable from any page', async () => {
    const response = await server.get('/media/seed/mug-1.svg');
    assert.equal(response.status, 200);
    assert.equal(response.text, SVG);
    assert.equal(response.headers.get('content-type'), 'image/svg+xml');
    assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; style-src 'unsafe-inline'");
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin');
    assert.match(response.headers.get('cache-control') ?? '', /max-age/);
  });

  test('names outside the seed pattern are 404', async () => {
    for (const path of ['/media/seed/MUG-1.svg', '/media/seed/mug-1.svg.js', '/media/seed/nope.svg', '/media/seed/']) {
      assert.equal((await server.get(path)).status, 404, path);
    }
  });
});

describe('path traversal', () => {
  const attempts = [
    '/examples/../package.json',
    '/examples/../../package.json',
    '/examples/%2e%2e/package.json',
    '/examples/%2E%2E/%2E%2E/package.json',
    '/examples/..%2fpackage.json',
    '/examples/..%2F..%2Fpackage.json',
    '/examples/%2e%2e%2fpackage.json',
    '/examples/%252e%252e%252fpackage.json',
    '/examples/plain-html/..%5c..%5cpackage.json',
    '/examples/..\\package.json',
    '/examples//etc/passwd',
    '/examples/%2fetc%2fpasswd',
    '/examples/plain-html/index.html%00.js',
    '/examples/plain-html/../../package.json',
    '/media/seed/..%2f..%2f..%2fpackage.json',
    '/media/seed/%2e%2e',
    '/media/seed/../../package.json',
    '/storelet.js/../package.json',
  ];
  for (const path of attempts) {
    test(path, async () => {
      const response = await rawGet(server.url, path);
      assert.ok(response.status === 404 || response.status === 400, `${path}: ${response.status}`);
      assert.doesNotMatch(response.body, /"name":\s*"storelet"|root:/);
    });
  }
});
