import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import type { AdminProduct, Product } from '../../../sdk/schemas/index.ts';
import type { ErrorJson } from '../../test-support/server.ts';
import { HTML, SAFE_SVG } from '../../uploads/test-support/samples.ts';
import { startAdminTestServer, type AdminTestServer } from './test-support/admin-server.ts';

let t: AdminTestServer;
let photo: Buffer;

before(async () => {
  t = await startAdminTestServer({ config: { maxUploadBytes: 200_000 } });
  // A landscape photo larger than the biggest size kept.
  photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#c05621' } })
    .jpeg()
    .toBuffer();
});
after(() => t.server.close());

const sendImage = (productId: string, bytes: Buffer, query: string, headers = t.admin.headers) =>
  t.server.get<AdminProduct & ErrorJson>(`/api/admin/products/${productId}/images?${query}`, {
    method: 'POST',
    // The claimed type is ignored: the bytes decide.
    headers: { ...headers, 'content-type': 'image/png' },
    body: new Uint8Array(bytes),
  });

describe('product photos', () => {
  test('a photo is stored in the widgets’ sizes and shown on the public product at once', async () => {
    const mug = await t.product('lantern-mug');
    const before = (await t.server.get<Product>('/api/products/lantern-mug')).body.images.length;
    const added = await sendImage(mug.id, photo, `version=${mug.version}&alt=${encodeURIComponent('Mug on a shelf')}`);
    assert.equal(added.status, 201, added.text);
    const image = added.body.images.at(-1)!;
    assert.deepEqual([image.alt, image.width, image.height], ['Mug on a shelf', 800, 600]);
    assert.match(image.url, /^\/media\/products\/[0-9a-f]{64}\/w800\.webp$/);
    assert.equal(added.body.version, mug.version + 1);

    for (const [width, height] of [
      [800, 600],
      [400, 300],
      [160, 120],
    ]) {
      const response = await fetch(t.server.url + image.url.replace('w800', `w${width}`));
      assert.equal(response.status, 200, String(width));
      assert.equal(response.headers.get('content-type'), 'image/webp');
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['webp', width, height]);
    }
    const shown = (await t.server.get<Product>('/api/products/lantern-mug')).body.images;
    assert.equal(shown.length, before + 1);
    assert.equal(shown.at(-1)?.url, image.url);
    assert.equal((await fetch(`${t.server.url}${image.url.replace('w800', 'w999')}`)).status, 404);
  });

  test('refuses what is not a photo by its content, whatever it claims', async () => {
    const towel = await t.product('tea-towel');
    for (const [bytes, detected] of [
      [HTML, null],
      [Buffer.from(SAFE_SVG), 'svg'],
    ] as const) {
      const refused = await sendImage(towel.id, bytes, `version=${towel.version}`);
      assert.deepEqual([refused.status, refused.body.error.code], [415, 'unsupported_file_type']);
      assert.equal(refused.body.error.details?.detected, detected);
    }
    const broken = await sendImage(towel.id, photo.subarray(0, 2_000), `version=${towel.version}`);
    assert.deepEqual([broken.status, broken.body.error.code], [400, 'invalid_file']);
    const empty = await sendImage(towel.id, Buffer.alloc(0), `version=${towel.version}`);
    assert.deepEqual([empty.status, empty.body.error.code], [400, 'empty_file']);
    const large = await sendImage(towel.id, Buffer.alloc(300_000, 1), `version=${towel.version}`);
    assert.deepEqual([large.status, large.body.error.code], [413, 'upload_too_large']);
    assert.deepEqual((await t.product('tea-towel')).images, towel.images);
  });

  test('a stale version or an unknown product changes nothing; only an admin adds photos', async () => {
    const clock = await t.product('wall-clock');
    const stale = await sendImage(clock.id, photo, `version=${clock.version + 3}`);
    assert.deepEqual([stale.status, stale.body.error.code], [409, 'version_conflict']);
    assert.equal((await sendImage('prod_missing', photo, 'version=1')).status, 404);
    assert.equal((await sendImage(clock.id, photo, `version=${clock.version}`, t.customer.headers)).status, 403);
    assert.equal((await sendImage(clock.id, photo, `version=${clock.version}`, {})).status, 401);
    assert.deepEqual(await t.product('wall-clock'), clock);
  });

  test('a photo can be reordered and removed by editing the product', async () => {
    const clock = await t.product('wall-clock');
    const added = await sendImage(clock.id, photo, `version=${clock.version}&alt=Clock`);
    const [first, second] = added.body.images;
    const reordered = await t.write<AdminProduct>('PATCH', `/api/admin/products/${clock.id}`, {
      version: added.body.version,
      images: [
        { url: second!.url, alt: 'Clock, front' },
        { url: first!.url, alt: first!.alt },
      ],
    });
    assert.equal(reordered.status, 200, reordered.text);
    assert.deepEqual(
      reordered.body.images.map((image) => [image.url, image.alt]),
      [
        [second!.url, 'Clock, front'],
        [first!.url, first!.alt],
      ],
    );
    const removed = await t.write<AdminProduct>('PATCH', `/api/admin/products/${clock.id}`, {
      version: reordered.body.version,
      images: [{ url: second!.url, alt: 'Clock, front' }],
    });
    assert.deepEqual(
      (await t.server.get<Product>('/api/products/wall-clock')).body.images.map((image) => image.url),
      [second!.url],
    );
    assert.equal(removed.body.images.length, 1);
  });
});
