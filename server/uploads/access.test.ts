import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Upload } from '../../sdk/schemas/index.ts';
import { createCart } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { acceptedSamples, SAFE_SVG, type Sample } from './test-support/samples.ts';
import { upload } from './test-support/upload.ts';

const SHOP = 'https://shop.example.com';

let server: TestServer;
let samples: Sample[];
before(async () => {
  server = await startTestServer({ seed: 'none', config: { allowedOrigins: [SHOP] } });
  samples = await acceptedSamples();
});
after(() => server.close());

async function uploaded(name: string): Promise<{ cartId: string; upload: Upload; bytes: Buffer }> {
  const sample = samples.find((candidate) => candidate.name === name);
  assert.ok(sample);
  const cart = await createCart(server);
  const response = await upload(server, cart.id, sample.bytes, name);
  assert.equal(response.status, 201, response.text);
  return { cartId: cart.id, upload: response.body, bytes: sample.bytes };
}

describe('reading an upload back', () => {
  test('its owner reads the JSON and downloads the original as an attachment', async () => {
    const { cartId, upload: mine, bytes } = await uploaded('logo.png');
    const json = await server.get<Upload>(`/api/carts/${cartId}/uploads/${mine.id}`);
    assert.equal(json.status, 200);
    assert.deepEqual(json.body, mine);
    const file = await fetch(`${server.url}/api/carts/${cartId}/uploads/${mine.id}/file`);
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'image/png');
    assert.equal(file.headers.get('content-disposition'), `attachment; filename="logo.png"; filename*=UTF-8''logo.png`);
    assert.equal(file.headers.get('x-content-type-options'), 'nosniff');
    assert.match(file.headers.get('content-security-policy') ?? '', /sandbox/);
    assert.deepEqual(Buffer.from(await file.arrayBuffer()), bytes);
    const head = await fetch(`${server.url}/api/carts/${cartId}/uploads/${mine.id}/file`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), String(bytes.length));
    assert.equal((await head.arrayBuffer()).byteLength, 0);
  });

  test('an SVG original is bytes to save, never a document to render', async () => {
    const cart = await createCart(server);
    const { body } = await upload(server, cart.id, Buffer.from(SAFE_SVG), 'a "quoted" ünïcode.svg');
    const file = await fetch(`${server.url}/api/carts/${cart.id}/uploads/${body.id}/file`);
    assert.equal(file.headers.get('content-type'), 'application/octet-stream');
    assert.equal(
      file.headers.get('content-disposition'),
      `attachment; filename="a _quoted_ _n_code.svg"; filename*=UTF-8''a%20%22quoted%22%20%C3%BCn%C3%AFcode.svg`,
    );
    assert.equal(await file.text(), SAFE_SVG);
  });

  test('the download is saved with the extension of the format found, whatever the name sent', async () => {
    const cart = await createCart(server);
    const png = samples.find((candidate) => candidate.format === 'png');
    assert.ok(png);
    const cases: [string, string][] = [
      ['invoice.html', 'invoice.html.png'],
      ['LOGO.PNG', 'LOGO.PNG'],
      ['logo', 'logo.png'],
    ];
    for (const [name, saved] of cases) {
      const { body } = await upload(server, cart.id, png.bytes, name);
      const file = await fetch(`${server.url}/api/carts/${cart.id}/uploads/${body.id}/file`, { method: 'HEAD' });
      assert.equal(
        file.headers.get('content-disposition'),
        `attachment; filename="${saved}"; filename*=UTF-8''${saved}`,
        name,
      );
      assert.equal(body.fileName, name, 'the label stays as sent');
    }
  });

  test("another cart's id never reads an upload, and an unknown cart is cart_not_found", async () => {
    const { cartId, upload: theirs } = await uploaded('photo.jpg');
    const mine = await createCart(server);
    for (const suffix of ['', '/file']) {
      const foreign = await server.get<ErrorJson>(`/api/carts/${mine.id}/uploads/${theirs.id}${suffix}`);
      assert.equal(foreign.status, 404);
      assert.equal(foreign.body.error.code, 'upload_not_found');
      const unknown = await server.get<ErrorJson>(
        `/api/carts/cart_00000000000000000000000000/uploads/${theirs.id}${suffix}`,
      );
      assert.equal(unknown.body.error.code, 'cart_not_found');
      const missing = await server.get<ErrorJson>(`/api/carts/${cartId}/uploads/upl_doesnotexist0000${suffix}`);
      assert.equal(missing.body.error.code, 'upload_not_found');
    }
    for (const odd of ['%', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(300)]) {
      const response = await server.get(`/api/carts/${cartId}/uploads/${odd}/file`);
      assert.ok(response.status === 404, `${odd}: ${response.status}`);
    }
  });
});

describe('signed previews', () => {
  test('a wrong, missing, foreign or altered signature is 404 and never the image', async () => {
    const { upload: first } = await uploaded('logo.png');
    const { upload: second } = await uploaded('art.webp');
    const url = new URL(first.previewUrl ?? '');
    const sig = url.searchParams.get('sig') ?? '';
    const otherSig = new URL(second.previewUrl ?? '').searchParams.get('sig') ?? '';
    const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    for (const query of [
      '',
      '?sig=',
      `?sig=${flipped}`,
      `?sig=${otherSig}`,
      `?sig=${sig.slice(0, -1)}`,
      `?sig=${sig}x`,
      `?sig=${'x'.repeat(201)}`,
    ]) {
      const response = await server.get<ErrorJson>(`/api/uploads/${first.id}/preview.png${query}`);
      assert.ok(response.status === 404 || response.status === 400, `${query}: ${response.status}`);
      assert.notEqual(response.headers.get('content-type'), 'image/png');
    }
    assert.equal((await server.get(`/api/uploads/${second.id}/preview.png?sig=${sig}`)).status, 404);
    assert.equal((await fetch(url)).status, 200);
  });

  test('a design without a thumbnail has no preview URL, and a forged one finds nothing', async () => {
    const { upload: pdf } = await uploaded('print.pdf');
    assert.equal(pdf.previewUrl, null);
    assert.equal((await server.get(`/api/uploads/${pdf.id}/preview.png?sig=anything`)).status, 404);
  });
});

describe('cross-origin uploads from an allowed shop page', () => {
  test('the preflight allows the method and Content-Type, and the upload answers with CORS headers', async () => {
    const cart = await createCart(server);
    const preflight = await server.get(`/api/carts/${cart.id}/uploads?name=a.png`, {
      method: 'OPTIONS',
      headers: {
        origin: SHOP,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), SHOP);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Content-Type/i);
    const png = samples[0];
    assert.ok(png);
    const response = await upload(server, cart.id, png.bytes, 'a.png', { origin: SHOP, 'content-type': 'image/png' });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), SHOP);
    const refused = await upload(server, cart.id, png.bytes, 'a.png', {
      origin: 'https://evil.example.net',
      'content-type': 'image/png',
    });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'origin_not_allowed');
  });
});
