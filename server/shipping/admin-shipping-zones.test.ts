import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AdminShippingZone, AdminShippingZoneList, Cart } from '../../sdk/schemas/index.ts';
import { startAdminTestServer, type AdminTestServer } from '../admin/test-support/admin-server.ts';
import { cartWith } from '../test-support/checkout.ts';
import type { ErrorJson } from '../test-support/server.ts';

let server: AdminTestServer;
before(async () => {
  server = await startAdminTestServer();
});
after(() => server.close());

const JAPAN = {
  name: 'Japan',
  countries: ['JP'],
  methods: [
    {
      name: 'Japan Post',
      minDays: 4,
      maxDays: 8,
      basis: 'weight',
      freeAbove: 10_000,
      rates: [
        { from: 0, to: 2000, price: 900 },
        { from: 2000, to: null, price: 1900 },
      ],
    },
  ],
};

/** The audit log records the zone as stored; the API adds the shop's currency. */
const withoutCurrency = (zone: unknown) => {
  if (!zone || typeof zone !== 'object') return zone;
  const { currency: _currency, ...stored } = zone as AdminShippingZone;
  return stored;
};
const options = (cart: Cart) => cart.shippingOptions.map((option) => [option.name, option.price.amount]);
const cartIn = async (country: string, lines: [string, number][] = [['lantern-mug', 1]]) =>
  cartWith(server, lines, { country });

async function createZone(body: object): Promise<AdminShippingZone> {
  const response = await server.admin<AdminShippingZone>('POST', '/api/admin/shipping-zones', body);
  assert.equal(response.status, 201, response.text);
  return response.body;
}

describe('shipping zones in the admin API', () => {
  test('a new zone takes its country from the rest of the world, from the next quote on', async () => {
    const before = await cartIn('JP');
    assert.deepEqual(options(before), [
      ['Standard', 1999],
      ['Express', 3999],
    ]);
    const zone = await createZone(JAPAN);
    assert.match(zone.id, /^zone_/);
    assert.equal(zone.version, 1);
    assert.equal(zone.currency, 'USD');
    const [method] = zone.methods;
    assert.ok(method);
    assert.match(method.id, /^ship_/);
    assert.deepEqual({ ...method, id: 'x' }, { ...JAPAN.methods[0], id: 'x', description: '', active: true });

    const after = (await server.get<Cart>(`/api/carts/${before.id}`)).body;
    assert.deepEqual(options(after), [['Japan Post', 900]]);
    // 7 mugs: $105.00, 1.4 kg, over the $100 free-shipping threshold.
    assert.deepEqual(options(await cartIn('JP', [['lantern-mug', 7]])), [['Japan Post', 0]]);
    const listed = await server.admin<AdminShippingZoneList>('GET', '/api/admin/shipping-zones');
    assert.deepEqual(
      listed.body.items.map((item) => item.name),
      ['Canada and Mexico', 'Europe', 'Japan', 'United States', 'Rest of the world'],
    );
  });

  test('an edit replaces the zone whole, keeps method ids sent back, and takes the version it read', async () => {
    const zone = await createZone({ ...JAPAN, name: 'Korea', countries: ['KR'] });
    const path = `/api/admin/shipping-zones/${zone.id}`;
    const kept = zone.methods[0]!;
    const edit = {
      version: 1,
      name: 'Korea and Taiwan',
      countries: ['KR', 'TW'],
      methods: [
        { ...kept, rates: [{ from: 0, to: null, price: 1200 }], freeAbove: null },
        { name: 'Courier', minDays: 1, maxDays: 2, basis: 'subtotal', rates: [{ from: 0, to: null, price: 4500 }] },
      ],
    };
    const edited = await server.admin<AdminShippingZone>('PUT', path, edit);
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.body.version, 2);
    assert.equal(edited.body.methods[0]?.id, kept.id);
    assert.deepEqual(options(await cartIn('TW')), [
      ['Japan Post', 1200],
      ['Courier', 4500],
    ]);

    const stale = await server.admin<ErrorJson>('PUT', path, { ...edit, name: 'Stale' });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, 'version_conflict');
    assert.deepEqual(stale.body.error.details, { currentVersion: 2 });
    assert.deepEqual((await server.admin('GET', path)).body, edited.body);

    assert.equal((await server.admin('DELETE', `${path}?version=1`)).status, 409);
    assert.equal((await server.admin('DELETE', `${path}?version=2`)).status, 204);
    assert.deepEqual(
      (await server.auditOf('shipping_zone', zone.id)).map((entry) => [entry.action, entry.before, entry.after]),
      [
        ['shipping_zone.delete', edited.body, null],
        ['shipping_zone.update', zone, edited.body],
        ['shipping_zone.create', null, zone],
      ].map(([action, before, after]) => [action, withoutCurrency(before), withoutCurrency(after)]),
    );
    assert.deepEqual(options(await cartIn('TW')), [
      ['Standard', 1999],
      ['Express', 3999],
    ]);
    for (const [method, url, body] of [
      ['GET', path, undefined],
      ['PUT', path, edit],
      ['DELETE', `${path}?version=2`, undefined],
    ] as const) {
      const gone = await server.admin<ErrorJson>(method, url, body);
      assert.deepEqual([gone.status, gone.body.error.code], [404, 'not_found'], method);
    }
  });

  test('a country, a method id or the rest of the world another zone holds is 409', async () => {
    const usMethod = 'ship_us_standard';
    for (const [body, details] of [
      [
        { ...JAPAN, name: 'Dup', countries: ['US'] },
        { country: 'US', zoneId: 'zone_us' },
      ],
      [{ name: 'World 2', countries: [], restOfWorld: true, methods: [] }, { zoneId: 'zone_world' }],
      [
        { ...JAPAN, name: 'Steal', countries: ['NZ'], methods: [{ ...JAPAN.methods[0], id: usMethod }] },
        { methodId: usMethod, zoneId: 'zone_us' },
      ],
    ] as const) {
      const response = await server.admin<ErrorJson>('POST', '/api/admin/shipping-zones', body);
      assert.equal(response.status, 409, response.text);
      assert.equal(response.body.error.code, 'conflict');
      assert.deepEqual(response.body.error.details, details);
    }
  });

  test('bands out of order, days reversed and country lists that make no sense are 400 naming the field', async () => {
    const method = JAPAN.methods[0]!;
    const response = await server.admin<ErrorJson>('POST', '/api/admin/shipping-zones', {
      name: 'Broken',
      countries: ['NZ', 'NZ'],
      methods: [
        {
          ...method,
          minDays: 9,
          rates: [
            { from: 0, to: 1000, price: 1 },
            { from: 500, to: 400, price: 2 },
          ],
        },
      ],
    });
    assert.equal(response.status, 400);
    assert.deepEqual(
      (response.body.error.details?.['issues'] as { path: string }[]).map((issue) => issue.path),
      ['countries.1', 'methods.0.minDays', 'methods.0.rates.1.to', 'methods.0.rates.1.from'],
    );
    const world = await server.admin<ErrorJson>('POST', '/api/admin/shipping-zones', {
      ...JAPAN,
      restOfWorld: true,
    });
    assert.equal(world.status, 400);
    const none = await server.admin<ErrorJson>('POST', '/api/admin/shipping-zones', { ...JAPAN, countries: [] });
    assert.equal(none.status, 400);
  });

  test('a customer or no one is refused every write, and nothing changes', async () => {
    const list = '/api/admin/shipping-zones';
    await server.refusesNonAdmins('POST', list, { ...JAPAN, name: 'Chile', countries: ['CL'] }, list);
    const path = `${list}/zone_us`;
    await server.refusesNonAdmins('PUT', path, { version: 1, name: 'US', countries: ['US'], methods: [] }, list);
    await server.refusesNonAdmins('DELETE', `${path}?version=1`, undefined, list);
    assert.deepEqual(await server.auditOf('shipping_zone', 'zone_us'), []);
  });
});
