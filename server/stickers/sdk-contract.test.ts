// The SDK's sticker and upload calls against a real server, in Node, with every response checked
// against the shared wire schemas.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  createStorefront,
  memoryStorage,
  StoreletApiError,
  StoreletError,
  StoreletNotFoundError,
  StoreletValidationError,
  type Storefront,
} from '../../sdk/index.ts';
import { validateResponses } from '../../sdk/validate.ts';
import { exampleSeed } from '../seed/seed.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';
import { acceptedSamples } from '../uploads/test-support/samples.ts';

const spec = { shape: 'die_cut', width: 3, height: 3, unit: 'in', material: 'white_vinyl', finish: 'gloss' } as const;

describe('SDK sticker calls against a real server', () => {
  let server: TestServer;
  let shop: Storefront;
  let png: Buffer;

  before(async () => {
    server = await startTestServer({ seed: exampleSeed() });
    shop = createStorefront({ apiUrl: server.url, validateResponses, storage: memoryStorage() });
    png = (await acceptedSamples())[0]?.bytes ?? Buffer.alloc(0);
  });
  after(() => server?.close());

  it('reads the options and prices a sticker', async () => {
    const options = await shop.stickers.options();
    assert.deepEqual(options.quantityTiers, [50, 100, 200, 300, 500, 1000]);
    const quote = await shop.stickers.quote({ ...spec, quantity: 100 });
    assert.equal(quote.breaks.length, options.quantityTiers.length);
    await assert.rejects(shop.stickers.quote({ ...spec, quantity: 100, width: 100 }), (error: unknown) => {
      assert.ok(error instanceof StoreletError);
      assert.equal(error.code, 'size_out_of_range');
      return true;
    });
  });

  it('uploads a design, adds it to the cart of the example shop, and checks out', async () => {
    const cart = await shop.carts.create({ country: 'US' });
    const upload = await shop.uploads.create(cart.id, new Blob([new Uint8Array(png)], { type: 'image/png' }), {
      name: 'logo.png',
    });
    assert.equal(upload.format, 'png');
    assert.deepEqual(await shop.uploads.get(cart.id, upload.id), upload);
    const product = await shop.products.get('custom-die-cut-stickers');
    const variantId = product.variants[0]?.id ?? '';
    const filled = await shop.carts.addLine(cart.id, {
      variantId,
      quantity: 200,
      sticker: { uploadId: upload.id, ...spec },
    });
    assert.equal(filled.lines[0]?.sticker?.upload.fileName, 'logo.png');
    assert.equal(filled.lines[0]?.total.amount, (await shop.stickers.quote({ ...spec, quantity: 200 })).total.amount);
    const changed = await shop.carts.updateLine(cart.id, filled.lines[0]?.id ?? '', 1500);
    assert.equal(changed.lines[0]?.quantity, 1500);
    await assert.rejects(shop.carts.addLine(cart.id, { variantId, quantity: 50 }), StoreletValidationError);
    await assert.rejects(shop.uploads.get(cart.id, 'upl_doesnotexist0000'), StoreletNotFoundError);
  });

  it('a refused file comes back as a typed error with its code', async () => {
    const cart = await shop.carts.create();
    await assert.rejects(
      shop.uploads.create(cart.id, new Blob(['<html></html>'], { type: 'image/png' }), { name: 'x.png' }),
      (error: unknown) => {
        assert.ok(error instanceof StoreletError && !(error instanceof StoreletApiError && error.status >= 500));
        assert.equal(error.code, 'unsupported_file_type');
        return true;
      },
    );
  });
});
