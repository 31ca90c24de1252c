import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { AdminOrder, AdminOrderList, type Cart, type CheckoutResult } from '../../sdk/schemas/index.ts';
import { ensureAdmin } from '../accounts/ensure-admin.ts';
import { bearer, signInToken } from '../accounts/test-support/users.ts';
import { stickerShopSeed } from '../stickers/test-support/sticker-shop.ts';
import { cartWith, checkout, createCart, payWithTestGateway, variantId } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { acceptedSamples } from '../uploads/test-support/samples.ts';
import { upload } from '../uploads/test-support/upload.ts';

let server: TestServer;
let auth: RequestInit;
let png: Buffer;
const placed: CheckoutResult[] = [];
let stickerOrder: CheckoutResult;
let stickerUploadId: string;
let otherUploadId: string;

const spec = { shape: 'circle', width: 50, height: 50, unit: 'mm', material: 'holographic', finish: 'gloss' } as const;

/** A cart with two sticker lines from one design and a mug; answers the cart and the upload id. */
async function stickerCart(fileName = 'band-logo.png'): Promise<{ cart: Cart; uploadId: string }> {
  const cart = await createCart(server);
  const uploaded = await upload(server, cart.id, png, fileName);
  assert.equal(uploaded.status, 201, uploaded.text);
  const dieCut = await variantId(server, 'custom-die-cut');
  for (const quantity of [300, 100]) {
    const body = {
      variantId: dieCut,
      quantity,
      sticker: { uploadId: uploaded.body.id, ...spec, width: 50 + quantity / 100, height: 50 + quantity / 100 },
    };
    const response = await server.send<Cart>(`/api/carts/${cart.id}/lines`, body);
    assert.equal(response.status, 200, response.text);
  }
  const mug = await variantId(server, 'lantern-mug');
  const withMug = await server.send<Cart>(`/api/carts/${cart.id}/lines`, { variantId: mug, quantity: 1 });
  assert.equal(withMug.status, 200, withMug.text);
  return { cart: withMug.body, uploadId: uploaded.body.id };
}

before(async () => {
  server = await startTestServer({ seed: stickerShopSeed });
  png = (await acceptedSamples())[0]?.bytes ?? Buffer.alloc(0);
  await ensureAdmin(server.data, { email: 'owner@example.com', password: 'a long admin password' });
  auth = bearer(await signInToken(server, 'owner@example.com', 'a long admin password'));
  const emails = [
    'ada@example.com',
    'grace.hopper@navy.example',
    'linus@example.org',
    'ada@example.com',
    'first_last@example.com',
  ];
  for (const email of emails)
    placed.push(await checkout(server, (await cartWith(server, [['lantern-mug', 2]])).id, { email }));
  const sticker = await stickerCart();
  stickerUploadId = sticker.uploadId;
  stickerOrder = await checkout(server, sticker.cart.id, { email: 'sticker@example.com' });
  placed.push(stickerOrder);
  // A PNG sent under another format's name: saved under a name that says PNG.
  const other = await stickerCart('invoice.html');
  otherUploadId = other.uploadId;
  placed.push(await checkout(server, other.cart.id, { email: 'other@example.com' }));
  await payWithTestGateway(placed[1] as CheckoutResult, 'approve');
  await payWithTestGateway(stickerOrder, 'approve');
});
after(() => server.close());

const list = (query: string) => server.get<AdminOrderList & ErrorJson>(`/api/admin/orders${query}`, auth);
const numbers = (body: AdminOrderList) => body.items.map((item) => item.number).sort();
const numberOf = (index: number) => placed[index]?.order.number ?? '';

describe('GET /api/admin/orders', () => {
  test('walks every order once, newest first, page by page', async () => {
    const seen: AdminOrderList['items'] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(response.status, 200, response.text);
      assert.ok(AdminOrderList.safeParse(response.body).success);
      assert.ok(response.body.items.length <= 2);
      seen.push(...response.body.items);
      cursor = response.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    assert.equal(pages, 4);
    assert.deepEqual(seen.map((item) => item.id).sort(), placed.map((result) => result.order.id).sort());
    const keys = seen.map((item) => `${item.createdAt} ${item.id}`);
    assert.deepEqual(keys, [...keys].sort().reverse(), 'newest first, ties by id');
  });

  test('a summary counts units and designs, and shows payment', async () => {
    const response = await list(`?q=${numberOf(5)}`);
    assert.equal(response.status, 200, response.text);
    const [summary] = response.body.items;
    assert.ok(summary);
    assert.deepEqual(
      [
        summary.email,
        summary.itemCount,
        summary.designCount,
        summary.paymentStatus,
        summary.paymentIssue,
        summary.total,
      ],
      ['sticker@example.com', 401, 1, 'paid', null, stickerOrder.order.totals.total],
    );
    assert.ok(summary.paidAt);
  });

  test('filters by status, payment status and fulfillment status', async () => {
    const paid = await list('?paymentStatus=paid');
    assert.deepEqual(numbers(paid.body), [numberOf(1), numberOf(5)].sort());
    const pending = await list('?paymentStatus=pending&status=open&fulfillmentStatus=unfulfilled');
    assert.equal(pending.body.items.length, placed.length - 2);
    assert.equal((await list('?status=cancelled')).body.items.length, 0);
    assert.equal((await list('?fulfillmentStatus=shipped')).body.items.length, 0);
  });

  test('q finds part of an order number or of an email, in any case; % and _ are plain characters', async () => {
    assert.deepEqual(numbers((await list(`?q=${numberOf(2).toLowerCase()}`)).body), [numberOf(2)]);
    const digits = numberOf(2).replace(/^\D+/, '');
    assert.notEqual(digits, numberOf(2));
    assert.deepEqual(numbers((await list(`?q=${digits}`)).body), [numberOf(2)], 'the digits alone find it');
    assert.equal(
      (await list('?q=sl-')).body.items.length,
      placed.length,
      'the start of a number finds every order it begins',
    );
    assert.deepEqual(numbers((await list('?q=%20ADA@EXAMPLE%20')).body), [numberOf(0), numberOf(3)].sort());
    assert.deepEqual(numbers((await list('?q=navy')).body), [numberOf(1)]);
    assert.deepEqual(numbers((await list('?q=%25')).body), [], 'a % is no wildcard (no email has one)');
    assert.deepEqual(numbers((await list('?q=_')).body), [numberOf(4)], 'an _ matches only an _');
    const paidAda = await list('?q=ada&paymentStatus=paid');
    assert.equal(paidAda.body.items.length, 0);
  });

  test('a cursor only continues the list it was made for', async () => {
    const first = await list('?limit=1&q=example');
    assert.ok(first.body.nextCursor);
    const same = await list(`?limit=1&q=example&cursor=${first.body.nextCursor}`);
    assert.equal(same.status, 200);
    for (const query of [
      `?limit=1&q=ada&cursor=${first.body.nextCursor}`,
      `?limit=1&cursor=${first.body.nextCursor}`,
      '?cursor=garbage',
    ]) {
      const response = await list(query);
      assert.equal(response.status, 400, query);
      assert.equal(response.body.error.code, 'invalid_cursor', query);
    }
  });

  test('a bad query is 400 validation_failed', async () => {
    for (const query of [
      '?limit=0',
      '?limit=101',
      '?limit=two',
      '?status=lost',
      '?paymentStatus=maybe',
      '?limit=1&limit=2',
      `?q=${'x'.repeat(201)}`,
      '?q=%00',
      '?q=ada%00',
      '?q=%1B',
      '?q=a%7Fb',
      '?q=%E2%80%AE',
    ]) {
      const response = await list(query);
      assert.equal(response.status, 400, query);
      assert.equal(response.body.error.code, 'validation_failed', query);
    }
  });
});

describe('GET /api/admin/orders/:id', () => {
  test("a sticker order carries the lines' specs and the design's facts once, with its SHA-256", async () => {
    const response = await server.get<AdminOrder>(`/api/admin/orders/${stickerOrder.order.id}`, auth);
    assert.equal(response.status, 200, response.text);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.ok(AdminOrder.safeParse(response.body).success, response.text);
    const order = response.body;
    assert.equal(order.number, stickerOrder.order.number);
    assert.equal(order.paymentStatus, 'paid');
    assert.equal(order.paymentIssue, null);
    const [first, second, mug] = order.lines;
    assert.equal(first?.sticker?.summary, 'Circle · 53 × 53 mm · Holographic · Gloss');
    assert.equal(second?.sticker?.summary, 'Circle · 51 × 51 mm · Holographic · Gloss');
    assert.equal(mug?.sticker, null);
    assert.equal(order.designs.length, 1);
    const [design] = order.designs;
    assert.ok(design);
    assert.equal(design.id, stickerUploadId);
    assert.equal(design.fileName, 'band-logo.png');
    assert.equal(design.downloadName, 'band-logo.png');
    assert.equal(design.format, 'png');
    assert.equal(design.size, png.length);
    assert.equal(design.sha256, createHash('sha256').update(png).digest('hex'));
    assert.deepEqual(design.lineIds, [first?.id, second?.id]);
    assert.ok(design.previewUrl);
    const preview = await fetch(design.previewUrl);
    assert.equal(preview.status, 200);
    assert.equal(preview.headers.get('content-type'), 'image/png');
  });

  test('a design sent under a misleading name is saved as what it is', async () => {
    const other = placed.at(-1)?.order.id;
    const response = await server.get<AdminOrder>(`/api/admin/orders/${other}`, auth);
    assert.equal(response.status, 200, response.text);
    assert.deepEqual(
      response.body.designs.map((design) => [design.fileName, design.downloadName]),
      [['invoice.html', 'invoice.html.png']],
    );
    const file = await fetch(`${server.url}/api/admin/orders/${other}/uploads/${otherUploadId}/file`, auth);
    assert.match(
      file.headers.get('content-disposition') ?? '',
      /filename="invoice\.html\.png"/,
      'the header names it alike',
    );
    await file.arrayBuffer();
  });

  test('an order without stickers has no designs; an unknown order is 404 not_found', async () => {
    const plain = await server.get<AdminOrder>(`/api/admin/orders/${placed[0]?.order.id}`, auth);
    assert.equal(plain.status, 200);
    assert.deepEqual(plain.body.designs, []);
    for (const id of ['ord_nothing', 'x'.repeat(300)]) {
      const missing = await server.get<ErrorJson>(`/api/admin/orders/${id}`, auth);
      assert.equal(missing.status, 404);
      assert.equal(missing.body.error.code, 'not_found');
    }
  });
});

describe('GET /api/admin/orders/:orderId/uploads/:uploadId/file', () => {
  const SAFE_HEADERS = [
    'content-type',
    'content-length',
    'content-disposition',
    'content-security-policy',
    'x-content-type-options',
    'cache-control',
  ];
  const headersOf = (response: Response) => SAFE_HEADERS.map((name) => [name, response.headers.get(name)]);

  test('is the original, byte for byte, with the headers the shopper gets', async () => {
    const path = `/api/admin/orders/${stickerOrder.order.id}/uploads/${stickerUploadId}/file`;
    const file = await fetch(server.url + path, auth);
    assert.equal(file.status, 200);
    const bytes = Buffer.from(await file.arrayBuffer());
    assert.equal(createHash('sha256').update(bytes).digest('hex'), createHash('sha256').update(png).digest('hex'));
    const shopper = await fetch(
      `${server.url}/api/orders/${stickerOrder.order.id}/uploads/${stickerUploadId}/file?token=${stickerOrder.accessToken}`,
    );
    assert.equal(shopper.status, 200);
    await shopper.arrayBuffer();
    assert.deepEqual(headersOf(file), headersOf(shopper));
    assert.match(file.headers.get('content-disposition') ?? '', /^attachment; filename="band-logo\.png"/);
    assert.equal(file.headers.get('x-content-type-options'), 'nosniff');

    const head = await fetch(server.url + path, { ...auth, method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), String(png.length));
    assert.equal((await head.arrayBuffer()).byteLength, 0);
  });

  test("another order's design is 404 upload_not_found, an unknown order 404 not_found", async () => {
    const cases: [string, string][] = [
      [`/api/admin/orders/${stickerOrder.order.id}/uploads/${otherUploadId}/file`, 'upload_not_found'],
      [`/api/admin/orders/${placed[0]?.order.id}/uploads/${stickerUploadId}/file`, 'upload_not_found'],
      [`/api/admin/orders/${stickerOrder.order.id}/uploads/upl_nothing/file`, 'upload_not_found'],
      [`/api/admin/orders/ord_nothing/uploads/${stickerUploadId}/file`, 'not_found'],
    ];
    for (const [path, code] of cases) {
      const response = await server.get<ErrorJson>(path, auth);
      assert.equal(response.status, 404, path);
      assert.equal(response.body.error.code, code, path);
    }
  });
});
