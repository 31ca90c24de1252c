import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Cart } from '../../sdk/schemas/index.ts';
import { applyCode, cartWith, patchCart } from '../test-support/checkout.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

/**
 * Every figure of a priced cart over HTTP, against the fixture catalog (every unit weighs 200 g) and
 * the example rules (see seed/shop-rules.ts).
 */
let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** The totals as plain amounts, null for unknown shipping. */
function figures(cart: Cart) {
  const { subtotal, discount, shipping, tax, taxIncluded, total } = cart.totals;
  return {
    subtotal: subtotal.amount,
    discount: discount.amount,
    shipping: shipping?.amount ?? null,
    tax: tax.amount,
    taxIncluded,
    total: total.amount,
  };
}

const options = (cart: Cart) =>
  Object.fromEntries(cart.shippingOptions.map((option) => [option.id, option.price.amount]));

describe('lines and subtotal', () => {
  test('each line is the catalog price times the quantity; no destination means no shipping or tax yet', async () => {
    const cart = await cartWith(server, [
      ['lantern-mug', 2],
      ['alpha-tee', 1, 2],
    ]);
    assert.deepEqual(
      cart.lines.map((line) => [line.sku, line.unitPrice.amount, line.quantity, line.total.amount]),
      [
        ['LANTERN-MUG-0', 1500, 2, 3000],
        ['ALPHA-TEE-2', 2400, 1, 2400],
      ],
    );
    assert.equal(cart.itemCount, 3);
    assert.deepEqual(figures(cart), {
      subtotal: 5400,
      discount: 0,
      shipping: null,
      tax: 0,
      taxIncluded: false,
      total: 5400,
    });
    assert.deepEqual(cart.shippingOptions, []);
    assert.equal(cart.shippingMethod, null);
    assert.ok(cart.lines.every((line) => line.unitPrice.currency === 'USD' && line.total.currency === 'USD'));
  });
});

describe('shipping', () => {
  test('US standard by subtotal: under $25, from $25 (inclusive), free from $75', async () => {
    const under = await cartWith(server, [['tea-towel', 2]], { country: 'US' });
    assert.equal(options(under).ship_us_standard, 499);
    const at = await cartWith(server, [['cafe-apron', 1]], { country: 'US' });
    assert.equal(options(at).ship_us_standard, 699);
    const below = await cartWith(
      server,
      [
        ['cafe-apron', 2],
        ['tea-towel', 2],
      ],
      { country: 'US' },
    );
    assert.equal(options(below).ship_us_standard, 699, '$74.00');
    const free = await cartWith(server, [['cafe-apron', 3]], { country: 'US' });
    assert.equal(options(free).ship_us_standard, 0, '$75.00');
    assert.equal(free.shippingMethod, 'ship_us_standard', 'the first option is chosen by default');
    assert.equal(free.totals.shipping?.amount, 0);
  });

  test('the free threshold looks at the subtotal after the discount', async () => {
    const cart = await cartWith(server, [['cafe-apron', 3]], { country: 'US' });
    const discounted = (await applyCode(server, cart.id, 'SAVE5')).body;
    assert.equal(options(discounted).ship_us_standard, 699);
  });

  test('US express by weight: under 1 kg, from 1 kg, from 5 kg, nothing from 20 kg', async () => {
    assert.equal(options(await cartWith(server, [['lantern-mug', 4]], { country: 'US' })).ship_us_express, 1499); // 800 g
    assert.equal(options(await cartWith(server, [['lantern-mug', 5]], { country: 'US' })).ship_us_express, 2499); // 1000 g
    const heavy = await cartWith(
      server,
      [
        ['lantern-mug', 20],
        ['tea-towel', 5],
      ],
      { country: 'US' },
    ); // 5000 g
    assert.equal(options(heavy).ship_us_express, 3999);
    const handles = ['lantern-mug', 'tea-towel', 'cafe-apron', 'wall-clock', 'canvas-tote'];
    const tooHeavy = await cartWith(
      server,
      handles.map((handle): [string, number] => [handle, 20]),
      { country: 'US' },
    ); // 20 kg
    assert.deepEqual(Object.keys(options(tooHeavy)), ['ship_us_standard']);
  });

  test('zones: Canada and Mexico, Europe, and the rest of the world', async () => {
    const lines: [string, number][] = [['lantern-mug', 2]];
    assert.deepEqual(options(await cartWith(server, lines, { country: 'CA' })), {
      ship_na_standard: 999,
      ship_na_express: 2499,
    });
    assert.deepEqual(options(await cartWith(server, lines, { country: 'MX' })), {
      ship_na_standard: 999,
      ship_na_express: 2499,
    });
    assert.deepEqual(options(await cartWith(server, lines, { country: 'DE' })), {
      ship_eu_standard: 1299,
      ship_eu_express: 2999,
    });
    assert.deepEqual(options(await cartWith(server, lines, { country: 'JP' })), {
      ship_world_standard: 1999,
      ship_world_express: 3999,
    });
    const freeInEurope = await cartWith(server, [['rain-jacket', 2]], { country: 'FR' });
    assert.deepEqual(options(freeInEurope), { ship_eu_standard: 0, ship_eu_express: 2999 });
  });

  test('options carry name and delivery days; choosing one prices it', async () => {
    const cart = await cartWith(server, [['lantern-mug', 1]], { country: 'US' });
    assert.deepEqual(
      cart.shippingOptions.map(({ id, name, minDays, maxDays }) => ({ id, name, minDays, maxDays })),
      [
        { id: 'ship_us_standard', name: 'Standard', minDays: 3, maxDays: 5 },
        { id: 'ship_us_express', name: 'Express', minDays: 1, maxDays: 2 },
      ],
    );
    const express = await patchCart(server, cart.id, { shippingMethod: 'ship_us_express' });
    assert.equal(express.shippingMethod, 'ship_us_express');
    assert.deepEqual(figures(express), {
      subtotal: 1500,
      discount: 0,
      shipping: 1499,
      tax: 0,
      taxIncluded: false,
      total: 2999,
    });
  });
});

describe('tax', () => {
  test('New York: 8.875 % added, shipping taxed', async () => {
    const cart = await cartWith(server, [['cafe-apron', 1]], { country: 'US' });
    const ny = await patchCart(server, cart.id, { region: 'ny' });
    // (2500 + 699) × 0.08875 = 283.91
    assert.deepEqual(figures(ny), {
      subtotal: 2500,
      discount: 0,
      shipping: 699,
      tax: 284,
      taxIncluded: false,
      total: 3483,
    });
  });

  test('California: 7.25 % added, shipping not taxed, rounded half up', async () => {
    const cart = await cartWith(server, [['cafe-apron', 1]], { country: 'US' });
    const ca = await patchCart(server, cart.id, { region: 'CA' });
    // 2500 × 0.0725 = 181.25
    assert.deepEqual(figures(ca), {
      subtotal: 2500,
      discount: 0,
      shipping: 699,
      tax: 181,
      taxIncluded: false,
      total: 3380,
    });
    const mug = await patchCart(server, (await cartWith(server, [['tea-towel', 1]], { country: 'US' })).id, {
      region: 'CA',
    });
    // 1200 × 0.0725 = 87.0
    assert.equal(mug.totals.tax.amount, 87);
  });

  test('a US state without a rate, or no state yet, is untaxed', async () => {
    const cart = await cartWith(server, [['cafe-apron', 1]], { country: 'US' });
    assert.equal(cart.totals.tax.amount, 0);
    assert.equal((await patchCart(server, cart.id, { region: 'OR' })).totals.tax.amount, 0);
  });

  test('Canada: 5 % GST added on goods and shipping', async () => {
    const cart = await cartWith(server, [['lantern-mug', 2]], { country: 'CA' });
    // (3000 + 999) × 0.05 = 199.95
    assert.deepEqual(figures(cart), {
      subtotal: 3000,
      discount: 0,
      shipping: 999,
      tax: 200,
      taxIncluded: false,
      total: 4199,
    });
  });

  test('UK and Germany: VAT included in the prices, extracted, total unchanged', async () => {
    const gb = await cartWith(server, [['lantern-mug', 2]], { country: 'GB' });
    // (3000 + 1299) × 0.2 / 1.2 = 716.5
    assert.deepEqual(figures(gb), {
      subtotal: 3000,
      discount: 0,
      shipping: 1299,
      tax: 717,
      taxIncluded: true,
      total: 4299,
    });
    const de = await cartWith(server, [['lantern-mug', 2]], { country: 'DE' });
    // 4299 × 0.19 / 1.19 = 686.38
    assert.deepEqual(figures(de), {
      subtotal: 3000,
      discount: 0,
      shipping: 1299,
      tax: 686,
      taxIncluded: true,
      total: 4299,
    });
  });

  test('a discount lowers the taxable amount; free shipping takes shipping out of it', async () => {
    const cart = await cartWith(server, [['cafe-apron', 1]], { country: 'US' });
    await patchCart(server, cart.id, { region: 'NY' });
    const welcome = (await applyCode(server, cart.id, 'WELCOME10')).body;
    // $22.50 after the code is in the under-$25 band: (2500 − 250 + 499) × 0.08875 = 243.97
    assert.deepEqual(figures(welcome), {
      subtotal: 2500,
      discount: 250,
      shipping: 499,
      tax: 244,
      taxIncluded: false,
      total: 2993,
    });
    const freeShipping = (await applyCode(server, cart.id, 'FREESHIP')).body;
    // 2500 × 0.08875 = 221.875
    assert.deepEqual(figures(freeShipping), {
      subtotal: 2500,
      discount: 699,
      shipping: 699,
      tax: 222,
      taxIncluded: false,
      total: 2722,
    });
  });
});

describe('destination changes', () => {
  test('a new country clears the region and picks that zone’s methods', async () => {
    const cart = await cartWith(server, [['lantern-mug', 1]], { country: 'US' });
    await patchCart(server, cart.id, { region: 'NY', shippingMethod: 'ship_us_express' });
    const moved = await patchCart(server, cart.id, { country: 'DE' });
    assert.equal(moved.region, null);
    assert.equal(moved.shippingMethod, 'ship_eu_standard');
    assert.ok(moved.notices.some((notice) => notice.code === 'shipping_method_changed'));
    const cleared = await patchCart(server, cart.id, { country: null });
    assert.equal(cleared.totals.shipping, null);
    assert.deepEqual(cleared.shippingOptions, []);
  });

  test('a method not offered for the destination is refused with the ones that are', async () => {
    const cart = await cartWith(server, [['lantern-mug', 1]], { country: 'US' });
    const response = await server.send<{ error: { code: string; details: { available: string[] } } }>(
      `/api/carts/${cart.id}`,
      { shippingMethod: 'ship_eu_standard' },
      { method: 'PATCH' },
    );
    assert.equal(response.status, 409);
    assert.equal(response.body.error.code, 'shipping_unavailable');
    assert.deepEqual(response.body.error.details.available, ['ship_us_standard', 'ship_us_express']);
    const noCountry = await cartWith(server, [['lantern-mug', 1]]);
    const refused = await server.send<{ error: { code: string } }>(
      `/api/carts/${noCountry.id}`,
      { shippingMethod: 'ship_us_standard' },
      { method: 'PATCH' },
    );
    assert.equal(refused.body.error.code, 'shipping_unavailable');
  });
});
