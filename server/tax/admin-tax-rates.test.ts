import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AdminTaxRate, AdminTaxRateList, Cart, CheckoutResult } from '../../sdk/schemas/index.ts';
import { startAdminTestServer, type AdminTestServer } from '../admin/test-support/admin-server.ts';
import { cartWith, checkout, patchCart, US_ADDRESS } from '../test-support/checkout.ts';
import type { ErrorJson } from '../test-support/server.ts';

let server: AdminTestServer;
before(async () => {
  server = await startAdminTestServer();
});
after(() => server.close());

const VIRGINIA = { country: 'US', region: 'Virginia', name: 'Virginia sales tax', ratePpm: 53_000 };
const VA_ADDRESS = { ...US_ADDRESS, city: 'Richmond', region: 'VA', postalCode: '23219' };

async function createRate(body: object): Promise<AdminTaxRate> {
  const response = await server.admin<AdminTaxRate>('POST', '/api/admin/tax-rates', body);
  assert.equal(response.status, 201, response.text);
  return response.body;
}

describe('tax rates in the admin API', () => {
  test('a Virginia rate added by the owner taxes the next quote and the next order', async () => {
    // $15.00 mug, standard shipping $4.99 (untaxed: the rate does not apply to shipping).
    const cart = await cartWith(server, [['lantern-mug', 1]]);
    const untaxed = await patchCart(server, cart.id, { country: 'US', region: 'VA' });
    assert.equal(untaxed.totals.tax.amount, 0);

    const rate = await createRate(VIRGINIA);
    assert.deepEqual(rate, {
      id: rate.id,
      country: 'US',
      region: 'VA',
      name: 'Virginia sales tax',
      ratePpm: 53_000,
      inclusive: false,
      appliesToShipping: false,
      version: 1,
    });
    assert.match(rate.id, /^txr_\d+$/);

    const quoted = (await server.get<Cart>(`/api/carts/${cart.id}`)).body;
    assert.equal(quoted.totals.tax.amount, 80, '1500 × 5.3 % = 79.5, half up');
    const { order } = await checkout(server, cart.id, { shippingAddress: VA_ADDRESS });
    assert.equal(order.totals.tax.amount, 80);
    assert.equal(order.totals.total.amount, 1500 + 499 + 80);

    const listed = await server.admin<AdminTaxRateList>('GET', '/api/admin/tax-rates?country=US');
    assert.ok(listed.body.items.some((item) => item.id === rate.id && item.region === 'VA'));
    assert.ok(listed.body.items.every((item) => item.country === 'US'));
    assert.deepEqual((await server.admin('GET', `/api/admin/tax-rates/${rate.id}`)).body, rate);
  });

  test('an edit takes the version it read: a stale one is 409 and changes nothing', async () => {
    const rate = await createRate({ country: 'AT', name: 'USt', ratePpm: 200_000, inclusive: true });
    const path = `/api/admin/tax-rates/${rate.id}`;
    const edited = await server.admin<AdminTaxRate>('PATCH', path, {
      version: 1,
      ratePpm: 70_000,
      appliesToShipping: true,
    });
    assert.equal(edited.status, 200, edited.text);
    assert.deepEqual(edited.body, { ...rate, ratePpm: 70_000, appliesToShipping: true, version: 2 });

    const stale = await server.admin<ErrorJson>('PATCH', path, { version: 1, ratePpm: 1 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, 'version_conflict');
    assert.deepEqual(stale.body.error.details, { currentVersion: 2 });
    const staleDelete = await server.admin<ErrorJson>('DELETE', `${path}?version=1`);
    assert.equal(staleDelete.status, 409);
    assert.deepEqual((await server.admin('GET', path)).body, edited.body);

    assert.equal((await server.admin('DELETE', `${path}?version=2`)).status, 204);
    const audit = await server.auditOf('tax_rate', rate.id);
    assert.deepEqual(
      audit.map((entry) => [entry.action, entry.actor.email, entry.before, entry.after]),
      [
        ['tax_rate.delete', 'owner@example.com', edited.body, null],
        ['tax_rate.update', 'owner@example.com', rate, edited.body],
        ['tax_rate.create', 'owner@example.com', null, rate],
      ],
      'the refused stale edits left no entry',
    );
    for (const [method, body, url] of [
      ['GET', undefined, path],
      ['PATCH', { version: 2, name: 'x' }, path],
      ['DELETE', undefined, `${path}?version=2`],
      ['GET', undefined, '/api/admin/tax-rates/not-a-rate'],
    ] as const) {
      const gone = await server.admin<ErrorJson>(method, url, body);
      assert.deepEqual([gone.status, gone.body.error.code], [404, 'not_found'], `${method} ${url}`);
    }
  });

  test('two edits of the same version sent at once: one is applied, the other is 409', async () => {
    const rate = await createRate({ country: 'BE', name: 'BTW', ratePpm: 210_000, inclusive: true });
    const path = `/api/admin/tax-rates/${rate.id}`;
    const answers = await Promise.all(
      [60_000, 120_000].map((ratePpm) => server.admin<AdminTaxRate>('PATCH', path, { version: 1, ratePpm })),
    );
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 409]);
    const applied = answers.find((answer) => answer.status === 200)?.body;
    assert.deepEqual((await server.admin('GET', path)).body, applied);
    assert.deepEqual(
      (await server.auditOf('tax_rate', rate.id)).map((entry) => entry.action),
      ['tax_rate.update', 'tax_rate.create'],
    );
  });

  test('one rate per destination; a region must be one of the country’s where it has a list', async () => {
    const taken = await server.admin<ErrorJson>('POST', '/api/admin/tax-rates', {
      country: 'US',
      region: 'tx',
      name: 'Texas again',
      ratePpm: 1,
    });
    assert.equal(taken.status, 409);
    assert.equal(taken.body.error.code, 'conflict');
    const unknown = await server.admin<ErrorJson>('POST', '/api/admin/tax-rates', { ...VIRGINIA, region: 'Atlantis' });
    assert.equal(unknown.status, 400);
    assert.deepEqual(unknown.body.error.details?.['issues'], [
      { path: 'region', message: '"Atlantis" is not a US state' },
    ]);
    const tooHigh = await server.admin<ErrorJson>('POST', '/api/admin/tax-rates', { ...VIRGINIA, ratePpm: 1_000_001 });
    assert.equal(tooHigh.status, 400);
  });

  test('a customer or no one is refused every write, and nothing changes', async () => {
    const rate = await createRate({ country: 'PT', name: 'IVA', ratePpm: 230_000, inclusive: true });
    const path = `/api/admin/tax-rates/${rate.id}`;
    const list = '/api/admin/tax-rates';
    await server.refusesNonAdmins('POST', list, { country: 'IT', name: 'IVA', ratePpm: 220_000 }, list);
    await server.refusesNonAdmins('PATCH', path, { version: 1, ratePpm: 0 }, list);
    await server.refusesNonAdmins('DELETE', `${path}?version=1`, undefined, list);
    assert.equal((await server.auditOf('tax_rate', rate.id)).length, 1, 'only the create');
  });
});

// Placed orders keep what they were charged: an order's tax is its own copy.
test('an order placed before a rate changes keeps its tax', async () => {
  const rate = (await server.admin<AdminTaxRateList>('GET', '/api/admin/tax-rates?country=US')).body.items.find(
    (item) => item.region === 'VA',
  );
  assert.ok(rate);
  const cart = await cartWith(server, [['lantern-mug', 1]]);
  const placed: CheckoutResult = await checkout(server, cart.id, { shippingAddress: VA_ADDRESS });
  const raised = await server.admin('PATCH', `/api/admin/tax-rates/${rate.id}`, {
    version: rate.version,
    ratePpm: 100_000,
  });
  assert.equal(raised.status, 200, raised.text);
  const order = await server.get<{ totals: { tax: { amount: number } } }>(
    `/api/orders/${placed.order.id}?token=${encodeURIComponent(placed.accessToken)}`,
  );
  assert.equal(order.body.totals.tax.amount, 80);
});
