import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Cart as CartSchema, type Cart, type StickerQuote } from '../../sdk/schemas/index.ts';
import { createCart, variantId } from '../test-support/checkout.ts';
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

const spec = { shape: 'die_cut', width: 3, height: 3, unit: 'in', material: 'white_vinyl', finish: 'gloss' } as const;
const issuePaths = (body: ErrorJson) => [
  ...new Set(((body.error.details?.issues ?? []) as { path: string }[]).map((issue) => issue.path)),
];

/** A new cart with a design uploaded to it. */
async function cartWithDesign(): Promise<{ cart: Cart; uploadId: string }> {
  const cart = await createCart(server);
  const response = await upload(server, cart.id, png, 'my logo.png');
  assert.equal(response.status, 201, response.text);
  return { cart, uploadId: response.body.id };
}

const addSticker = (cartId: string, body: object) => server.send<Cart & ErrorJson>(`/api/carts/${cartId}/lines`, body);

async function quoteTotal(quantity: number, overrides: object = {}): Promise<number> {
  return (await server.send<StickerQuote>('/api/stickers/quote', { ...spec, ...overrides, quantity })).body.total
    .amount;
}

describe('sticker lines are priced by the server', () => {
  test('a sticker line costs what the quote says, whatever the client sends, and carries its design and specs', async () => {
    const { cart, uploadId } = await cartWithDesign();
    const response = await addSticker(cart.id, {
      variantId: dieCut,
      quantity: 250,
      sticker: { uploadId, ...spec, price: 1 },
      unitPrice: { amount: 1, currency: 'USD' },
      total: { amount: 1, currency: 'USD' },
    });
    assert.equal(response.status, 200, response.text);
    assert.ok(CartSchema.safeParse(response.body).success);
    const [line] = response.body.lines;
    assert.ok(line?.sticker);
    const total = await quoteTotal(250);
    assert.equal(line.total.amount, total);
    assert.equal(line.unitPrice.amount, Math.round(total / 250));
    assert.equal(response.body.totals.subtotal.amount, total);
    assert.equal(line.kind, 'sticker');
    assert.equal(line.available, 100_000);
    assert.deepEqual(
      { ...line.sticker, upload: undefined },
      {
        ...spec,
        materialName: 'White vinyl',
        summary: 'Die cut · 3 × 3 in · White vinyl · Gloss',
        upload: undefined,
      },
    );
    assert.equal(line.sticker.upload.id, uploadId);
    assert.equal(line.sticker.upload.fileName, 'my logo.png');
    assert.equal(line.sticker.upload.format, 'png');
    assert.match(line.sticker.upload.previewUrl ?? '', /\/api\/uploads\/upl_\w+\/preview\.png\?sig=/);
  });

  test('the same design and spec adds up; another spec is another line; quantities go past 999', async () => {
    const { cart, uploadId } = await cartWithDesign();
    await addSticker(cart.id, { variantId: dieCut, quantity: 600, sticker: { uploadId, ...spec } });
    const again = await addSticker(cart.id, { variantId: dieCut, quantity: 600, sticker: { uploadId, ...spec } });
    assert.deepEqual(
      again.body.lines.map((line) => line.quantity),
      [1200],
    );
    assert.equal(again.body.lines[0]?.total.amount, await quoteTotal(1200));
    const matte = await addSticker(cart.id, {
      variantId: dieCut,
      quantity: 50,
      sticker: { uploadId, ...spec, finish: 'matte', width: 2, height: 2 },
    });
    assert.equal(matte.body.lines.length, 2);
    assert.equal(matte.body.lines[1]?.sticker?.summary, 'Die cut · 2 × 2 in · White vinyl · Matte');
    assert.equal(matte.body.itemCount, 2, 'a cart badge counts a sticker run as one item, not 1,250');
    const line = matte.body.lines[0];
    const patched = await server.send<Cart & ErrorJson>(
      `/api/carts/${cart.id}/lines/${line?.id}`,
      { quantity: 20_000 },
      { method: 'PATCH' },
    );
    assert.equal(patched.status, 200, patched.text);
    assert.equal(patched.body.lines[0]?.total.amount, await quoteTotal(20_000));
    const over = await server.send<ErrorJson>(
      `/api/carts/${cart.id}/lines/${line?.id}`,
      { quantity: 100_001 },
      { method: 'PATCH' },
    );
    assert.equal(over.status, 400);
    assert.deepEqual(issuePaths(over.body), ['quantity']);
  });

  test('a full cart still adds to a sticker line it holds, like a standard line, and takes no new one', async () => {
    const { cart, uploadId } = await cartWithDesign();
    let last: Awaited<ReturnType<typeof addSticker>> | undefined;
    for (let index = 0; index < 100; index++) {
      last = await addSticker(cart.id, {
        variantId: dieCut,
        quantity: 50,
        sticker: { uploadId, ...spec, width: 1 + index / 100 },
      });
    }
    assert.equal(last?.body.lines.length, 100, last?.text);
    const more = await addSticker(cart.id, {
      variantId: dieCut,
      quantity: 50,
      sticker: { uploadId, ...spec, width: 1 },
    });
    assert.equal(more.status, 200, more.text);
    assert.equal(more.body.lines.find((line) => line.sticker?.width === 1)?.quantity, 100);
    const another = await addSticker(cart.id, {
      variantId: dieCut,
      quantity: 50,
      sticker: { uploadId, ...spec, width: 2.5 },
    });
    assert.equal(another.status, 400);
    assert.deepEqual(issuePaths(another.body), ['variantId']);
  });

  test('a sticker product needs a design, and a standard product takes none', async () => {
    const { cart, uploadId } = await cartWithDesign();
    const bare = await addSticker(cart.id, { variantId: dieCut, quantity: 50 });
    assert.equal(bare.status, 400);
    assert.equal(bare.body.error.code, 'validation_failed');
    assert.deepEqual(issuePaths(bare.body), ['sticker']);
    const onMug = await addSticker(cart.id, { variantId: mug, quantity: 1, sticker: { uploadId, ...spec } });
    assert.equal(onMug.status, 400);
    assert.deepEqual(issuePaths(onMug.body), ['sticker']);
    const standardHuge = await addSticker(cart.id, { variantId: mug, quantity: 5000 });
    assert.equal(standardHuge.status, 400);
    assert.deepEqual(issuePaths(standardHuge.body), ['quantity']);
  });

  test("another cart's design, an unknown one, a bad spec: clean 4xx with codes", async () => {
    const { cart } = await cartWithDesign();
    const other = await cartWithDesign();
    const cases: [object, number, string][] = [
      [{ uploadId: other.uploadId }, 404, 'upload_not_found'],
      [{ uploadId: 'upl_doesnotexist0000' }, 404, 'upload_not_found'],
      [{ uploadId: '' }, 400, 'validation_failed'],
      [{ width: 25 }, 400, 'size_out_of_range'],
      [{ width: 5, unit: 'mm' }, 400, 'size_out_of_range'],
      [{ material: 'gold_leaf' }, 400, 'sticker_option_unavailable'],
      [{ material: 'mirror', finish: 'matte' }, 400, 'sticker_option_unavailable'],
      [{ shape: 'star' }, 400, 'validation_failed'],
    ];
    const { uploadId } = await (async () => {
      const response = await upload(server, cart.id, png, 'mine.png');
      return { uploadId: response.body.id };
    })();
    for (const [override, status, code] of cases) {
      const response = await addSticker(cart.id, {
        variantId: dieCut,
        quantity: 100,
        sticker: { uploadId, ...spec, ...override },
      });
      assert.equal(response.status, status, `${JSON.stringify(override)}: ${response.text}`);
      assert.equal(response.body.error.code, code, JSON.stringify(override));
    }
    for (const quantity of [0, 1.5, -1, 100_001]) {
      const response = await addSticker(cart.id, { variantId: dieCut, quantity, sticker: { uploadId, ...spec } });
      assert.equal(response.status, 400, String(quantity));
      assert.deepEqual(issuePaths(response.body), ['quantity']);
    }
    assert.deepEqual((await server.get<Cart>(`/api/carts/${cart.id}`)).body.lines, [], 'nothing was added');
  });

  test('a circle or square line needs equal sides, when added and when read back', async () => {
    const { cart, uploadId } = await cartWithDesign();
    const unequal = await addSticker(cart.id, {
      variantId: dieCut,
      quantity: 100,
      sticker: { uploadId, ...spec, shape: 'circle', width: 2, height: 4 },
    });
    assert.equal(unequal.status, 400, unequal.text);
    assert.equal(unequal.body.error.code, 'validation_failed');
    assert.deepEqual(issuePaths(unequal.body), ['height']);
    const added = await addSticker(cart.id, {
      variantId: dieCut,
      quantity: 100,
      sticker: { uploadId, ...spec, shape: 'square', width: 2, height: 2 },
    });
    assert.equal(added.body.lines[0]?.sticker?.summary, 'Square · 2 × 2 in · White vinyl · Gloss');
    // A line stored before the rule: it can no longer be priced, so the cart drops it and says why.
    server.sqlite
      .prepare("UPDATE cart_lines SET sticker = json_set(sticker, '$.height', 5) WHERE cart_id = ?")
      .run(cart.id);
    const read = await server.get<Cart>(`/api/carts/${cart.id}`);
    assert.deepEqual(read.body.lines, []);
    assert.equal(read.body.notices[0]?.code, 'line_removed');
    assert.match(read.body.notices[0]?.message ?? '', /equal sides/);
  });

  test('a product made for a shape or material takes only that one; the generic die-cut product takes all', async () => {
    const { cart, uploadId } = await cartWithDesign();
    const circle = await variantId(server, 'custom-circle');
    const holographic = await variantId(server, 'custom-holographic');
    const refused: [string, object, string][] = [
      [circle, { shape: 'square', width: 2, height: 2 }, 'shape'],
      [circle, { shape: 'die_cut' }, 'shape'],
      [holographic, { material: 'paper', finish: 'matte' }, 'material'],
      [holographic, { material: 'white_vinyl' }, 'material'],
    ];
    for (const [variant, override, field] of refused) {
      const response = await addSticker(cart.id, {
        variantId: variant,
        quantity: 50,
        sticker: { uploadId, ...spec, ...override },
      });
      assert.equal(response.status, 400, `${field} ${JSON.stringify(override)}: ${response.text}`);
      assert.equal(response.body.error.code, 'sticker_option_unavailable');
      assert.equal(response.body.error.details?.field, field);
    }
    const takenCircle = await addSticker(cart.id, {
      variantId: circle,
      quantity: 50,
      sticker: { uploadId, ...spec, shape: 'circle', material: 'paper', finish: 'matte' },
    });
    assert.equal(takenCircle.status, 200, takenCircle.text);
    const takenHolo = await addSticker(cart.id, {
      variantId: holographic,
      quantity: 50,
      sticker: { uploadId, ...spec, shape: 'oval', material: 'holographic' },
    });
    assert.equal(takenHolo.status, 200, takenHolo.text);
    for (const override of [
      { shape: 'oval', material: 'paper', finish: 'matte' },
      { shape: 'circle', material: 'holographic' },
    ]) {
      const open = await addSticker(cart.id, {
        variantId: dieCut,
        quantity: 50,
        sticker: { uploadId, ...spec, ...override },
      });
      assert.equal(open.status, 200, `${JSON.stringify(override)}: ${open.text}`);
    }
    assert.deepEqual(
      (await server.get<Cart>(`/api/carts/${cart.id}`)).body.lines.map(
        (line) => `${line.title} | ${line.sticker?.summary}`,
      ),
      [
        'Custom Circle Stickers | Circle · 3 × 3 in · Paper · Matte',
        'Custom Holographic Stickers | Oval · 3 × 3 in · Holographic · Gloss',
        'Custom Die-Cut Stickers | Oval · 3 × 3 in · Paper · Matte',
        'Custom Die-Cut Stickers | Circle · 3 × 3 in · Holographic · Gloss',
      ],
    );
  });

  test('lines follow the tables: a new rate reprices them, a withdrawn material removes them with a notice', async () => {
    const { cart, uploadId } = await cartWithDesign();
    await addSticker(cart.id, {
      variantId: dieCut,
      quantity: 100,
      sticker: { uploadId, ...spec, material: 'glitter' },
    });
    const before = (await server.get<Cart>(`/api/carts/${cart.id}`)).body.lines[0]?.total.amount ?? 0;
    server.sqlite.prepare("UPDATE sticker_materials SET factor_bp = factor_bp * 2 WHERE code = 'glitter'").run();
    const doubled = (await server.get<Cart>(`/api/carts/${cart.id}`)).body.lines[0]?.total.amount ?? 0;
    assert.ok(Math.abs(doubled - 2 * before) <= 1, `${before} → ${doubled}`);
    server.sqlite.prepare("UPDATE sticker_materials SET active = 0 WHERE code = 'glitter'").run();
    const read = await server.get<Cart>(`/api/carts/${cart.id}`);
    assert.deepEqual(read.body.lines, []);
    assert.equal(read.body.notices[0]?.code, 'line_removed');
    server.sqlite
      .prepare("UPDATE sticker_materials SET active = 1, factor_bp = factor_bp / 2 WHERE code = 'glitter'")
      .run();
  });
});

describe('a lowered sticker maximum', () => {
  test('lowers a larger line with a notice, priced at the new quantity', async () => {
    const { cart, uploadId } = await cartWithDesign();
    await addSticker(cart.id, { variantId: dieCut, quantity: 5000, sticker: { uploadId, ...spec } });
    server.sqlite.prepare('UPDATE sticker_settings SET max_quantity = 2000').run();
    try {
      const read = await server.get<Cart>(`/api/carts/${cart.id}`);
      assert.equal(read.body.lines[0]?.quantity, 2000);
      assert.equal(read.body.lines[0]?.total.amount, await quoteTotal(2000));
      assert.deepEqual(
        read.body.notices.map((notice) => notice.code),
        ['quantity_reduced'],
      );
      assert.match(read.body.notices[0]?.message ?? '', /printed up to 2000 a line/);
    } finally {
      server.sqlite.prepare('UPDATE sticker_settings SET max_quantity = 100000').run();
    }
  });
});
