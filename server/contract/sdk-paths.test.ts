import { existsSync } from 'node:fs';
// Every request the SDK (storefront and admin) can make is a route object's method and path, with a query and a
// JSON body that route's own schemas accept. Each SDK method is called against a recording fetch; a method
// added to the SDK without a line here fails the test, so none goes unchecked.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as z from 'zod';
import {
  createAdminClient,
  type AdminClient,
  type CreateShippingZoneBody,
  type StickerPriceTables,
} from '../../sdk/admin/index.ts';
import { createStorefront, memoryStorage, type Storefront } from '../../sdk/index.ts';
import type { RouteSpec } from '../http/route.ts';
import { API_ROUTES } from '../openapi/api-routes.ts';

type Sent = { method: string; url: URL; body: unknown };

const API_URL = 'https://shop.test';
/** One answer that every SDK method can read: each picks the fields it needs. */
const ANSWER = {
  items: [],
  order: { id: 'ord_1', number: 'SL-10001' },
  accessToken: 'order-token',
  token: 'sst_session',
  expiresAt: '2999-01-01T00:00:00.000Z',
  account: { id: 'usr_1', email: 'owner@example.com', role: 'admin' },
};

function recordingFetch(sent: Sent[]): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const text = request.body ? await request.text() : '';
    const isJson = request.headers.get('content-type') === 'application/json';
    sent.push({
      method: request.method.toLowerCase(),
      url: new URL(request.url),
      body: isJson ? JSON.parse(text) : undefined,
    });
    return new Response(JSON.stringify(ANSWER), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

const address = {
  name: 'Ada Lovelace',
  line1: '1 Main St',
  city: 'Brooklyn',
  region: 'NY',
  postalCode: '11201',
  country: 'US',
};
const sticker = {
  shape: 'circle',
  width: 3,
  height: 3,
  unit: 'in',
  material: 'vinyl',
  finish: 'gloss',
  quantity: 50,
} as const;

/** Each storefront method that talks to the server, called with valid arguments; null for the local ones. */
const STOREFRONT_CALLS: Record<string, Record<string, ((shop: Storefront) => Promise<unknown>) | null>> = {
  products: {
    list: (shop) =>
      shop.products.list({ q: 'mug', category: 'mugs', minPrice: 100, inStock: true, sort: 'price_asc', limit: 12 }),
    get: (shop) => shop.products.get('prod_1'),
  },
  categories: { list: (shop) => shop.categories.list() },
  carts: {
    create: (shop) => shop.carts.create({ country: 'US' }),
    get: (shop) => shop.carts.get('cart_1'),
    update: (shop) => shop.carts.update('cart_1', { country: 'US', shippingMethod: 'standard' }),
    addLine: (shop) => shop.carts.addLine('cart_1', { variantId: 'var_1', quantity: 2 }),
    updateLine: (shop) => shop.carts.updateLine('cart_1', 'line_1', 3),
    removeLine: (shop) => shop.carts.removeLine('cart_1', 'line_1'),
    applyDiscount: (shop) => shop.carts.applyDiscount('cart_1', 'WELCOME10'),
    removeDiscount: (shop) => shop.carts.removeDiscount('cart_1'),
  },
  orders: {
    create: (shop) =>
      shop.orders.create(
        {
          cartId: 'cart_1',
          email: 'ada@example.com',
          shippingAddress: address,
          shippingMethod: 'standard',
          returnUrl: `${API_URL}/done`,
        },
        'key-1',
      ),
    get: (shop) => shop.orders.get('ord_1', 'order-token'),
    retryPayment: (shop) => shop.orders.retryPayment('ord_1', `${API_URL}/done`, 'order-token', 'key-2'),
    cancelPayment: (shop) => shop.orders.cancelPayment('ord_1', 'order-token'),
    requestReturn: (shop) =>
      shop.orders.requestReturn(
        'ord_1',
        { lines: [{ lineId: 'oli_1', quantity: 1 }], reason: 'damaged', note: 'Cracked' },
        'order-token',
      ),
    returns: (shop) => shop.orders.returns('ord_1', 'order-token'),
    rememberAccess: null,
    pendingCheckout: null,
    forgetCheckout: null,
    hasAccess: null,
    knownOrders: null,
    // Sent to a real server, which answers 404 to a path it does not have: server/contract/sdk-shipments.test.ts.
    shipments: null,
    lookup: null,
  },
  stickers: { options: (shop) => shop.stickers.options(), quote: (shop) => shop.stickers.quote(sticker) },
  uploads: {
    create: (shop) => shop.uploads.create('cart_1', new Blob(['%PDF-1.7']), { name: 'design.pdf' }),
    get: (shop) => shop.uploads.get('cart_1', 'upl_1'),
  },
  countries: { addressFormat: (shop) => shop.countries.addressFormat('US') },
};

const band = { from: 0, to: null, price: 500 };
const zone: CreateShippingZoneBody = {
  name: 'Japan',
  countries: ['JP'],
  methods: [{ name: 'Post', minDays: 3, maxDays: 6, basis: 'weight', rates: [band] }],
};
const tables: StickerPriceTables = {
  materials: [{ code: 'vinyl', name: 'Vinyl', description: '', factorBp: 10_000, finishes: ['gloss'] }],
  shapes: [{ code: 'circle', name: 'Circle', description: '', factorBp: 10_000 }],
  finishes: [{ code: 'gloss', name: 'Gloss', description: '', factorBp: 10_000 }],
  breaks: [{ quantity: 50, rateMilli: 12_000, tier: true }],
  presets: [{ label: '2 in', width: 2, height: 2, unit: 'in' }],
  limits: { minSideMm: 10, maxSideMm: 300, maxQuantity: 10_000, minBillableAreaMm2: 0 },
};

/** The admin client's pricing rules (tax, shipping, discount codes, sticker prices), one call per method. */
const RULES_CALLS: Record<string, (admin: AdminClient) => Promise<unknown>> = {
  'taxRates.list': (admin) => admin.taxRates.list('US'),
  'taxRates.get': (admin) => admin.taxRates.get('txr_1'),
  'taxRates.create': (admin) => admin.taxRates.create({ country: 'US', region: 'VA', name: 'VA', ratePpm: 53_000 }),
  'taxRates.update': (admin) => admin.taxRates.update('txr_1', { version: 1, ratePpm: 60_000 }),
  'taxRates.remove': (admin) => admin.taxRates.remove('txr_1', 2),
  'shippingZones.list': (admin) => admin.shippingZones.list(),
  'shippingZones.get': (admin) => admin.shippingZones.get('zone_1'),
  'shippingZones.create': (admin) => admin.shippingZones.create(zone),
  'shippingZones.replace': (admin) => admin.shippingZones.replace('zone_1', { ...zone, version: 1 }),
  'shippingZones.remove': (admin) => admin.shippingZones.remove('zone_1', 1),
  'discountCodes.list': (admin) => admin.discountCodes.list({ q: 'spring', active: true, limit: 10, cursor: 'abc' }),
  'discountCodes.get': (admin) => admin.discountCodes.get('disc_1'),
  'discountCodes.create': (admin) => admin.discountCodes.create({ code: 'SPRING', kind: 'percentage', value: 1000 }),
  'discountCodes.update': (admin) => admin.discountCodes.update('disc_1', { version: 1, active: false }),
  'stickerPrices.get': (admin) => admin.stickerPrices.get(),
  'stickerPrices.preview': (admin) =>
    admin.stickerPrices.preview({ tables, samples: [{ ...sticker, material: 'vinyl' }] }),
  'stickerPrices.replace': (admin) => admin.stickerPrices.replace({ ...tables, version: 1 }),
};
const RULES_GROUPS = ['taxRates', 'shippingZones', 'discountCodes', 'stickerPrices'] as const;

/** Each admin client method that talks to the server; `signIn` first, since the others need its token. */
const ADMIN_CALLS: Record<string, (admin: AdminClient) => Promise<unknown>> = {
  signIn: (admin) => admin.signIn({ email: 'owner@example.com', password: 'a long admin password' }),
  account: (admin) => admin.account(),
  'orders.list': (admin) => admin.orders.list({ q: '10001', paymentStatus: 'paid', limit: 10, cursor: 'abc' }),
  'orders.get': (admin) => admin.orders.get('ord_1'),
  'orders.downloadDesign': (admin) => admin.orders.downloadDesign('ord_1', 'upl_1'),
  ...RULES_CALLS,
  'orders.refund': (admin) =>
    admin.orders.refund('ord_1', { lines: [{ lineId: 'oli_1', quantity: 1 }], restock: true, reason: 'damaged' }, 'k1'),
  'orders.refunds': (admin) => admin.orders.refunds('ord_1'),
  'orders.cancel': (admin) => admin.orders.cancel('ord_1', { reason: 'Out of stock', notifyCustomer: true }),
  'orders.downloadCreditNote': (admin) => admin.orders.downloadCreditNote('ord_1', 'rfd_1'),
  'orders.exportCsv': (admin) => admin.orders.exportCsv({ paymentStatus: 'paid', q: 'ada' }),
  'returns.list': (admin) => admin.returns.list({ status: 'requested' }),
  'returns.decide': (admin) =>
    admin.returns.decide('ord_1', 'ret_1', { decision: 'approve', message: 'Send it back', stickerException: false }),
  'returns.receive': (admin) => admin.returns.receive('ord_1', 'ret_1'),
  'returns.refund': (admin) => admin.returns.refund('ord_1', 'ret_1', { restock: true }),
  'reports.sales': (admin) => admin.reports.sales({ from: '2026-01-01', to: '2026-01-31', interval: 'week' }),
  'reports.stock': (admin) => admin.reports.stock({ threshold: 3, days: 14 }),
  signOut: (admin) => admin.signOut(),
};

const pattern = (route: RouteSpec) => new RegExp(`^/api${route.path.replace(/:\w+/g, '[^/]+').replace(/\./g, '\\.')}$`);
const ROUTES = API_ROUTES.map((route) => ({ route, pattern: pattern(route) }));

/** The one route object the request is for, after checking its query and JSON body against that route's schemas. */
function routeOf(sent: Sent, where: string): RouteSpec {
  const matches = ROUTES.filter(
    ({ route, pattern }) => route.method === sent.method && pattern.test(sent.url.pathname),
  );
  assert.equal(matches.length, 1, `${where}: ${sent.method.toUpperCase()} ${sent.url.pathname} is one route`);
  const { route } = matches[0]!;
  const query = Object.fromEntries(sent.url.searchParams);
  if (route.query) {
    const parsed = z.safeParse(route.query, query);
    assert.ok(
      parsed.success,
      `${where}: the query ${sent.url.search} fits ${route.operationId}: ${parsed.error?.message}`,
    );
  } else {
    assert.deepEqual(query, {}, `${where}: ${route.operationId} takes no query`);
  }
  if (route.body) {
    const parsed = z.safeParse(route.body, sent.body);
    assert.ok(parsed.success, `${where}: the body fits ${route.operationId}: ${parsed.error?.message}`);
  } else {
    assert.equal(sent.body, undefined, `${where}: ${route.operationId} takes no JSON body`);
  }
  return route;
}

/**
 * Parts of the SDK added with accounts, shipments and reviews, whose every method runs against a real server in
 * its own contract test instead of against the recording fetch here.
 */
const CHECKED_AGAINST_A_SERVER: Record<string, string> = {
  account: 'sdk-account.test.ts',
  reviews: 'sdk-reviews.test.ts',
  recommendations: 'sdk-reviews.test.ts',
  'admin.orders.shipments': 'sdk-shipments.test.ts',
  'admin.orders.ship': 'sdk-shipments.test.ts',
  'admin.orders.correctShipment': 'sdk-shipments.test.ts',
  'admin.orders.cancelShipment': 'sdk-shipments.test.ts',
  'admin.orders.addTrackingEvent': 'sdk-shipments.test.ts',
  'admin.orders.refreshShipment': 'sdk-shipments.test.ts',
};

const functionNames = (api: object) =>
  Object.entries(api)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => name)
    .sort();

describe('the SDK requests only routes that exist, as their route objects describe them', () => {
  test('the parts checked against a server have their contract test', () => {
    for (const file of new Set(Object.values(CHECKED_AGAINST_A_SERVER))) {
      assert.ok(existsSync(new URL(file, import.meta.url)), file);
    }
  });

  test('every storefront method', async () => {
    const sent: Sent[] = [];
    const shop = createStorefront({
      apiUrl: API_URL,
      fetch: recordingFetch(sent),
      storage: memoryStorage(),
      retries: 0,
    });
    // The cart store and product lists are built on `carts` and `products`, checked here call by call.
    assert.deepEqual(
      Object.keys(shop).sort(),
      [
        'apiUrl',
        'cart',
        'productList',
        ...Object.keys(STOREFRONT_CALLS),
        ...Object.keys(CHECKED_AGAINST_A_SERVER).filter((name) => !name.startsWith('admin.')),
      ].sort(),
    );
    const used = new Set<string>();
    for (const [group, calls] of Object.entries(STOREFRONT_CALLS)) {
      assert.deepEqual(
        functionNames(shop[group as keyof Storefront] as object),
        Object.keys(calls).sort(),
        `storefront.${group}`,
      );
      for (const [name, call] of Object.entries(calls)) {
        if (!call) continue;
        const where = `storefront.${group}.${name}`;
        sent.length = 0;
        await call(shop);
        assert.equal(sent.length, 1, `${where} sends one request`);
        used.add(routeOf(sent[0]!, where).operationId);
      }
    }
    assert.ok(used.size >= 20, String(used.size));
  });

  test('every admin client method', async () => {
    const sent: Sent[] = [];
    const admin = createAdminClient({
      apiUrl: API_URL,
      fetch: recordingFetch(sent),
      storage: memoryStorage(),
      retries: 0,
    });
    const methods = [
      ...functionNames(admin),
      ...RULES_GROUPS.flatMap((group) => functionNames(admin[group]).map((name) => `${group}.${name}`)),
      ...(['orders', 'returns', 'reports'] as const).flatMap((group) =>
        functionNames(admin[group]).map((name) => `${group}.${name}`),
      ),
    ].sort();
    const elsewhere = Object.keys(CHECKED_AGAINST_A_SERVER)
      .filter((name) => name.startsWith('admin.'))
      .map((name) => name.slice('admin.'.length));
    assert.deepEqual(methods, [...Object.keys(ADMIN_CALLS), ...elsewhere].sort());
    for (const [name, call] of Object.entries(ADMIN_CALLS)) {
      sent.length = 0;
      await call(admin);
      assert.equal(sent.length, 1, `admin.${name} sends one request`);
      routeOf(sent[0]!, `admin.${name}`);
    }
  });
});
