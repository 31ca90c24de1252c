import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Order as OrderSchema, type Cart } from '../../sdk/schemas/index.ts';
import { listOutbox, readOutboxMessage } from '../email/outbox.ts';
import {
  addLine,
  checkout,
  createCart,
  getOrder,
  payWithTestGateway,
  stockOf,
  variantId,
} from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { acceptedSamples } from '../uploads/test-support/samples.ts';
import { upload } from '../uploads/test-support/upload.ts';
import { stickerShopSeed } from './test-support/sticker-shop.ts';

let server: TestServer;
let dieCut: string;
let mug: string;
let png: Buffer;
before(async () => {
  server = await startTestServer({ seed: stickerShopSeed });
  dieCut = await variantId(server, 'custom-die-cut');
  mug = await variantId(server, 'lantern-mug');
  png = (await acceptedSamples())[0]?.bytes ?? Buffer.alloc(0);
});
after(() => server.close());

const spec = { shape: 'circle', width: 50, height: 50, unit: 'mm', material: 'holographic', finish: 'gloss' } as const;

/** A cart holding 300 custom circle stickers from an uploaded design and one mug. */
async function stickerCart(): Promise<{ cart: Cart; uploadId: string }> {
  const cart = await createCart(server);
  const uploaded = await upload(server, cart.id, png, 'band-logo.png');
  assert.equal(uploaded.status, 201, uploaded.text);
  const response = await server.send<Cart>(`/api/carts/${cart.id}/lines`, {
    variantId: dieCut,
    quantity: 300,
    sticker: { uploadId: uploaded.body.id, ...spec },
  });
  assert.equal(response.status, 200, response.text);
  return { cart: await addLine(server, cart.id, mug, 1), uploadId: uploaded.body.id };
}

describe('an order with a custom sticker line', () => {
  test('is paid through the test gateway; the order, its email and its stock show a made-to-order sticker', async () => {
    const { cart, uploadId } = await stickerCart();
    const stickerStock = stockOf(server, dieCut);
    const mugStock = stockOf(server, mug);
    const result = await checkout(server, cart.id);
    assert.deepEqual(stockOf(server, dieCut), stickerStock, 'made to order: nothing reserved');
    assert.equal(stockOf(server, mug).reserved, mugStock.reserved + 1);
    const [stickerLine] = result.order.lines;
    assert.equal(stickerLine?.total.amount, cart.lines[0]?.total.amount, 'the order charges what the cart showed');

    await payWithTestGateway(result, 'approve');
    const order = await getOrder(server, result.order.id, result.accessToken);
    assert.ok(OrderSchema.safeParse(order).success);
    assert.equal(order.paymentStatus, 'paid');
    assert.deepEqual(stockOf(server, dieCut), stickerStock, 'paying takes no sticker stock either');
    assert.equal(stockOf(server, mug).stocked, mugStock.stocked - 1);
    const sticker = order.lines[0]?.sticker;
    assert.ok(sticker);
    assert.equal(sticker.summary, 'Circle · 50 × 50 mm · Holographic · Gloss');
    assert.deepEqual(
      [sticker.shape, sticker.width, sticker.height, sticker.unit, sticker.material, sticker.finish],
      ['circle', 50, 50, 'mm', 'holographic', 'gloss'],
    );
    assert.equal(sticker.upload.id, uploadId);
    assert.equal(sticker.upload.fileName, 'band-logo.png');
    assert.equal(order.lines[1]?.sticker, null);
    const preview = await fetch(sticker.upload.previewUrl ?? '');
    assert.equal(preview.headers.get('content-type'), 'image/png');

    await server.shop.tasks.drain();
    const outbox = join(server.dir, 'outbox');
    const entry = (await listOutbox(outbox)).find((message) => message.subject.includes(order.number));
    assert.ok(entry);
    const message = await readOutboxMessage(outbox, entry.id);
    assert.ok(message);
    assert.ok(
      message.text.includes(
        'Custom Die-Cut Stickers (Circle · 50 × 50 mm · Holographic · Gloss)\n  Design: band-logo.png\n  300 ',
      ),
      message.text,
    );
    assert.ok(
      message.html.includes(`<img src="${sticker.upload.previewUrl?.replace(/&/g, '&#38;')}"`),
      'the design thumbnail is in the HTML',
    );
    assert.ok(message.html.includes('Design: band-logo.png'));
  });

  test("the order's holder may download the design; nobody else, and nothing else, through the order", async () => {
    const { cart, uploadId } = await stickerCart();
    const result = await checkout(server, cart.id);
    const file = await fetch(
      `${server.url}/api/orders/${result.order.id}/uploads/${uploadId}/file?token=${result.accessToken}`,
    );
    assert.equal(file.status, 200);
    assert.match(file.headers.get('content-disposition') ?? '', /^attachment; filename="band-logo\.png"/);
    assert.deepEqual(Buffer.from(await file.arrayBuffer()), png);

    const other = await stickerCart();
    const otherOrder = await checkout(server, other.cart.id);
    const refusals: [string, string][] = [
      [`/api/orders/${result.order.id}/uploads/${uploadId}/file`, 'not_found'],
      [`/api/orders/${result.order.id}/uploads/${uploadId}/file?token=oat_wrong`, 'not_found'],
      [`/api/orders/${result.order.id}/uploads/${uploadId}/file?token=${otherOrder.accessToken}`, 'not_found'],
      [`/api/orders/${result.order.id}/uploads/${other.uploadId}/file?token=${result.accessToken}`, 'upload_not_found'],
    ];
    for (const [path, code] of refusals) {
      const response = await server.get<ErrorJson>(path);
      assert.equal(response.status, 404, path);
      assert.equal(response.body.error.code, code, path);
    }
  });

  test('the checked-out cart still reads its design, and takes no new one', async () => {
    const { cart, uploadId } = await stickerCart();
    await checkout(server, cart.id);
    assert.equal((await server.get(`/api/carts/${cart.id}/uploads/${uploadId}`)).status, 200);
    const late = await upload(server, cart.id, png, 'late.png');
    assert.equal(late.status, 409);
    assert.equal(late.body.error.code, 'cart_completed');
  });
});
