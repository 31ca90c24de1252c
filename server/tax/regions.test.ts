import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CheckoutResult, CountryAddressFormat } from '../../sdk/schemas/index.ts';
import { cartWith, orderBody, patchCart, placeOrder, US_ADDRESS } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

/**
 * The region of a destination decides the tax (example rules: Texas 6.25 % on goods and shipping), so
 * where a country's addresses name one from a list it must be one of them, by code or by name.
 */
let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

type Issue = { path: string; message: string };
const issues = (body: unknown) => ((body as ErrorJson).error.details?.issues ?? []) as Issue[];

const STANDARD: Record<string, string> = { US: 'ship_us_standard', CA: 'ship_na_standard', GB: 'ship_eu_standard' };

async function orderIn(region: string | undefined, country = 'US') {
  const cart = await cartWith(server, [['lantern-mug', 1]]);
  const { region: _region, ...address } = US_ADDRESS;
  const shippingAddress = { ...address, country, ...(region === undefined ? {} : { region }) };
  return placeOrder(
    server,
    orderBody(server, cart.id, { shippingAddress, shippingMethod: STANDARD[country] ?? 'ship_world_standard' }),
  );
}

describe('an order’s shipping address', () => {
  test('a US state is taken by code or name, in any case or spacing, and stored as its code', async () => {
    for (const region of ['TX', ' Texas ', 'texas', 'tx', 'US-TX']) {
      const response = await orderIn(region);
      assert.equal(response.status, 201, `${region}: ${response.text}`);
      const { order } = response.body as CheckoutResult;
      // $15.00 + standard $4.99 = 1999, Texas tax on both: 1999 × 0.0625 = 124.94
      assert.equal(order.totals.tax.amount, 125, region);
      assert.equal(order.shippingAddress.region, 'TX', region);
    }
  });

  test('anything that is not a US state is 400 on shippingAddress.region, with a message naming the field', async () => {
    for (const region of ['ZZ', '.', 'Texass']) {
      const response = await orderIn(region);
      assert.equal(response.status, 400, `${region}: ${response.text}`);
      assert.deepEqual(issues(response.body), [
        { path: 'shippingAddress.region', message: `"${region}" is not a US state` },
      ]);
    }
    const missing = await orderIn(undefined);
    assert.equal(missing.status, 400);
    assert.deepEqual(issues(missing.body), [
      { path: 'shippingAddress.region', message: 'State is required for US addresses' },
    ]);
    const blank = await orderIn('   ');
    assert.deepEqual(issues(blank.body), [
      { path: 'shippingAddress.region', message: 'State is required for US addresses' },
    ]);
  });

  test('Canada and Australia take their provinces and states; elsewhere the region is free text', async () => {
    const quebec = await orderIn(' québec ', 'CA');
    assert.equal(quebec.status, 201, quebec.text);
    assert.equal((quebec.body as CheckoutResult).order.shippingAddress.region, 'QC');
    const wrong = await orderIn('Texas', 'CA');
    assert.deepEqual(issues(wrong.body), [{ path: 'shippingAddress.region', message: '"Texas" is not a CA province' }]);
    const australia = await orderIn('new south wales', 'AU');
    assert.equal((australia.body as CheckoutResult).order.shippingAddress.region, 'NSW');
    const kent = await orderIn('Kent', 'GB');
    assert.equal(kent.status, 201, kent.text);
    assert.equal((kent.body as CheckoutResult).order.shippingAddress.region, 'Kent');
    assert.equal((await orderIn(undefined, 'GB')).status, 201);
  });

  test('a country is an ISO 3166-1 code, not any two capitals', async () => {
    const response = await orderIn(undefined, 'XX');
    assert.equal(response.status, 400);
    assert.deepEqual(
      issues(response.body).map((issue) => issue.path),
      ['shippingAddress.country'],
    );
    assert.match(issues(response.body)[0]?.message ?? '', /^Country must be an ISO 3166-1 alpha-2 code/);
  });

  test('control characters and bidirectional overrides are refused in every field, free-text regions included', async () => {
    for (const [field, value] of [
      ['line1', '\u0000'],
      ['name', 'Ada\u202eecalevol'],
      ['city', 'Brook\nlyn'],
    ] as const) {
      const cart = await cartWith(server, [['lantern-mug', 1]]);
      const response = await placeOrder(
        server,
        orderBody(server, cart.id, { shippingAddress: { ...US_ADDRESS, [field]: value } }),
      );
      assert.equal(response.status, 400, field);
      assert.deepEqual(
        issues(response.body).map((issue) => issue.path),
        [`shippingAddress.${field}`],
        field,
      );
    }
    const response = await orderIn('Greater\nLondon', 'GB');
    assert.equal(response.status, 400);
    assert.deepEqual(
      issues(response.body).map((issue) => issue.path),
      ['shippingAddress.region'],
    );
  });
});

describe('a cart’s estimate', () => {
  test('a state by name is stored as its code and taxed; an unknown one is refused', async () => {
    const cart = await cartWith(server, [['lantern-mug', 1]], { country: 'US' });
    const texas = await patchCart(server, cart.id, { region: ' Texas ' });
    assert.equal(texas.region, 'TX');
    assert.equal(texas.totals.tax.amount, 125);
    const refused = await server.send<ErrorJson>(`/api/carts/${cart.id}`, { region: 'ZZ' }, { method: 'PATCH' });
    assert.equal(refused.status, 400);
    assert.deepEqual(issues(refused.body), [{ path: 'region', message: '"ZZ" is not a US state' }]);
    assert.equal(
      (await server.send<ErrorJson>(`/api/carts/${cart.id}`, { country: 'XX' }, { method: 'PATCH' })).status,
      400,
    );
    assert.equal((await server.send<ErrorJson>('/api/carts', { country: 'XX' })).status, 400);
  });

  test('a region without a country is refused, not kept unchecked', async () => {
    const cart = await cartWith(server, [['lantern-mug', 1]]);
    const refused = await server.send<ErrorJson>(`/api/carts/${cart.id}`, { region: 'TX' }, { method: 'PATCH' });
    assert.equal(refused.status, 400);
    assert.deepEqual(
      issues(refused.body).map((issue) => issue.path),
      ['region'],
    );
    assert.equal(
      (await patchCart(server, cart.id, { country: 'US', region: 'TX' })).region,
      'TX',
      'both at once are fine',
    );
  });

  test('says when the tax is not known yet: no country, or no state where tax goes by state', async () => {
    const cart = await cartWith(server, [['lantern-mug', 1]]);
    assert.equal(cart.totals.taxUnknown, true, 'no destination');
    const us = await patchCart(server, cart.id, { country: 'US' });
    assert.equal(us.totals.taxUnknown, true, 'a US cart without a state');
    assert.equal(
      (await patchCart(server, cart.id, { region: 'OR' })).totals.taxUnknown,
      false,
      'a state without sales tax',
    );
    const gb = await patchCart(server, cart.id, { country: 'GB' });
    assert.equal(gb.totals.taxUnknown, false, 'VAT does not depend on a region');
    assert.equal((await patchCart(server, cart.id, { country: 'CA' })).totals.taxUnknown, false, 'GST is country-wide');
  });
});

describe('GET /api/countries/{code}', () => {
  test('lists a country’s states or provinces with the field’s name, and whether it is required', async () => {
    const us = await server.get<CountryAddressFormat>('/api/countries/US');
    assert.equal(us.status, 200);
    assert.equal(us.body.regionLabel, 'State');
    assert.equal(us.body.regionRequired, true);
    assert.deepEqual(
      us.body.regions.find((region) => region.code === 'TX'),
      { code: 'TX', name: 'Texas' },
    );
    assert.ok(us.body.regions.length >= 51);
    const ca = await server.get<CountryAddressFormat>('/api/countries/CA');
    assert.equal(ca.body.regionLabel, 'Province');
    assert.equal(ca.body.regions.length, 13);
    const gb = await server.get<CountryAddressFormat>('/api/countries/GB');
    assert.deepEqual(gb.body, { code: 'GB', regionLabel: 'State / province', regionRequired: false, regions: [] });
  });

  test('an unknown or malformed code is 404', async () => {
    for (const code of ['XX', 'us', 'USA']) {
      const response = await server.get<ErrorJson>(`/api/countries/${code}`);
      assert.equal(response.status, 404, code);
      assert.equal(response.body.error.code, 'not_found');
    }
  });
});
