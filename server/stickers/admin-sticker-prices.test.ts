import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  AdminStickerPrices,
  Cart,
  StickerPricePreview,
  StickerQuote,
  UpdateStickerPricesBody,
} from '../../sdk/schemas/index.ts';
import { startAdminTestServer, type AdminTestServer } from '../admin/test-support/admin-server.ts';
import { checkout, createCart, variantId } from '../test-support/checkout.ts';
import type { ErrorJson } from '../test-support/server.ts';
import { acceptedSamples } from '../uploads/test-support/samples.ts';
import { upload } from '../uploads/test-support/upload.ts';
import { stickerShopSeed } from './test-support/sticker-shop.ts';

let server: AdminTestServer;
let dieCut: string;
let png: Buffer;
before(async () => {
  server = await startAdminTestServer({ seed: stickerShopSeed });
  dieCut = await variantId(server, 'custom-die-cut');
  png = (await acceptedSamples())[0]?.bytes ?? Buffer.alloc(0);
});
after(() => server.close());

const PATH = '/api/admin/sticker-prices';
const spec = { shape: 'die_cut', width: 3, height: 3, unit: 'in', material: 'white_vinyl', finish: 'gloss' } as const;

const quote = async (quantity: number) =>
  (await server.send<StickerQuote>('/api/stickers/quote', { ...spec, quantity })).body.total.amount;

async function read(): Promise<AdminStickerPrices> {
  const response = await server.admin<AdminStickerPrices>('GET', PATH);
  assert.equal(response.status, 200, response.text);
  return response.body;
}

/** The tables with white vinyl's factor doubled, as an edit body. */
function doubledVinyl(prices: AdminStickerPrices): UpdateStickerPricesBody {
  const { currency: _currency, ...body } = prices;
  return {
    ...body,
    materials: prices.materials.map((material) =>
      material.code === 'white_vinyl' ? { ...material, factorBp: material.factorBp * 2 } : material,
    ),
  };
}

async function stickerCart(quantity: number): Promise<Cart> {
  const cart = await createCart(server);
  const uploaded = await upload(server, cart.id, png, 'logo.png');
  assert.equal(uploaded.status, 201, uploaded.text);
  const response = await server.send<Cart>(`/api/carts/${cart.id}/lines`, {
    variantId: dieCut,
    quantity,
    sticker: { uploadId: uploaded.body.id, ...spec },
  });
  assert.equal(response.status, 200, response.text);
  return response.body;
}

describe('sticker prices in the admin API', () => {
  test('a preview quotes proposed tables beside today’s and saves nothing', async () => {
    const prices = await read();
    const { version: _version, ...proposal } = doubledVinyl(prices);
    const today = await quote(250);
    const response = await server.admin<StickerPricePreview>('POST', `${PATH}/preview`, {
      tables: { ...proposal, presets: [], limits: { ...proposal.limits, maxSideMm: 50 } },
      samples: [
        { ...spec, quantity: 250 },
        { ...spec, width: 1, height: 1, quantity: 50 },
      ],
    });
    assert.equal(response.status, 200, response.text);
    const [big, small] = response.body.items;
    assert.equal(big?.current?.total.amount, today);
    assert.equal(big?.proposed, null, '3 in is above the proposed 50 mm');
    assert.equal(big?.problem?.code, 'size_out_of_range');
    assert.ok(small?.current && small.proposed);
    assert.ok(Math.abs(small.proposed.total.amount - 2 * small.current.total.amount) <= 1, 'white vinyl doubled');
    assert.deepEqual(await read(), prices, 'nothing saved');
    assert.equal(await quote(250), today);
  });

  test('an edit prices new quotes; a line already in a cart keeps its price through checkout', async () => {
    const before = await read();
    const cart = await stickerCart(250);
    const quoted = cart.lines[0]?.total.amount;
    assert.equal(quoted, await quote(250));
    const quoted300 = await quote(300);

    const edited = await server.admin<AdminStickerPrices>('PUT', PATH, doubledVinyl(before));
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.body.version, before.version + 1);
    const raised = await quote(250);
    assert.ok(raised > (quoted ?? 0) * 1.9, `${raised} against ${quoted}`);

    const held = (await server.get<Cart>(`/api/carts/${cart.id}`)).body;
    assert.equal(held.lines[0]?.total.amount, quoted, 'the line in the cart keeps its price');
    // Its quantity changes are priced from the tables it was added at, too.
    const line = `/api/carts/${cart.id}/lines/${held.lines[0]?.id}`;
    const more300 = await server.send<Cart>(line, { quantity: 300 }, { method: 'PATCH' });
    assert.equal(more300.status, 200, more300.text);
    assert.equal(more300.body.lines[0]?.total.amount, quoted300);
    assert.notEqual(quoted300, await quote(300));
    assert.equal((await server.send<Cart>(line, { quantity: 250 }, { method: 'PATCH' })).status, 200);
    // The same sticker added now is a line of its own, at today's price.
    const more = await server.send<Cart>(`/api/carts/${cart.id}/lines`, {
      variantId: dieCut,
      quantity: 250,
      sticker: { uploadId: held.lines[0]?.sticker?.upload.id, ...spec },
    });
    assert.equal(more.status, 200, more.text);
    assert.deepEqual(
      more.body.lines.map((line) => line.total.amount),
      [quoted, raised],
    );
    const { order } = await checkout(server, cart.id);
    assert.deepEqual(
      order.lines.map((line) => line.total.amount),
      [quoted, raised],
    );

    const [entry] = await server.auditOf('sticker_prices', 'sticker_prices');
    assert.equal(entry?.action, 'sticker_prices.update');
    assert.equal((entry?.before as { version: number }).version, before.version);
    assert.equal((entry?.after as { version: number }).version, before.version + 1);
  });

  test('a stale edit is 409 and changes nothing; tables that make no sense are 400 naming the fields', async () => {
    const current = await read();
    const stale = await server.admin<ErrorJson>('PUT', PATH, {
      ...doubledVinyl(current),
      version: current.version - 1,
    });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, 'version_conflict');
    assert.deepEqual(stale.body.error.details, { currentVersion: current.version });
    assert.deepEqual(await read(), current);

    const body = doubledVinyl(current);
    const broken = await server.admin<ErrorJson>('PUT', PATH, {
      ...body,
      materials: [body.materials[0], body.materials[0]],
      breaks: [...body.breaks].reverse(),
      limits: { ...body.limits, maxSideMm: body.limits.minSideMm / 2 },
      presets: [],
    });
    assert.equal(broken.status, 400);
    const paths = (broken.body.error.details?.['issues'] as { path: string }[]).map((issue) => issue.path);
    assert.deepEqual(paths, [
      'materials.1.code',
      ...body.breaks.slice(1).map((_, index) => `breaks.${index + 1}.quantity`),
      'limits.maxSideMm',
    ]);
    const preview = await server.admin<ErrorJson>('POST', `${PATH}/preview`, {
      tables: { ...body, finishes: body.finishes.slice(0, 1), version: undefined },
      samples: [{ ...spec, quantity: 1 }],
    });
    assert.equal(preview.status, 400, preview.text);
    assert.deepEqual(await read(), current);
  });

  test('a customer or no one is refused, and nothing changes', async () => {
    const current = await read();
    await server.refusesNonAdmins('PUT', PATH, doubledVinyl(current), PATH);
    const { version: _version, ...tables } = doubledVinyl(current);
    await server.refusesNonAdmins('POST', `${PATH}/preview`, { tables, samples: [{ ...spec, quantity: 1 }] }, PATH);
  });
});
