import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CheckoutResult } from '../../sdk/schemas/index.ts';
import { ensureAdmin } from '../accounts/ensure-admin.ts';
import { bearer, signInToken } from '../accounts/test-support/users.ts';
import { verifiedCustomer } from '../customers/test-support/customers.ts';
import { applyCode, cartWith, checkout, orderBody, payWithTestGateway } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { firstPagePng, HAS_PDFTOTEXT, pdfText } from './pdf-text.ts';

let server: TestServer;
let customer: string;
let admin: string;
let paid: CheckoutResult;
const seller = { name: 'Sticker Works Ltd', address: '1 Print Lane\nPortland, OR 97201\nUS', taxId: 'US-99-1234567' };

before(async () => {
  server = await startTestServer({ config: { seller } });
  customer = (await verifiedCustomer(server, 'ada@example.com')).token;
  await ensureAdmin(server.data, { email: 'owner@example.com', password: 'a long admin password' });
  admin = await signInToken(server, 'owner@example.com', 'a long admin password');
  const cart = await cartWith(server, [
    ['lantern-mug', 2],
    ['alpha-tee', 1, 2],
  ]);
  assert.equal((await applyCode(server, cart.id, 'WELCOME10')).status, 200);
  const placed = await server.send<CheckoutResult>('/api/orders', orderBody(server, cart.id), bearer(customer));
  assert.equal(placed.status, 201, placed.text);
  paid = placed.body;
  await payWithTestGateway(paid, 'approve');
});
after(() => server.close());

async function download(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; pdf: Buffer }> {
  const response = await fetch(server.url + path, init);
  return { status: response.status, headers: response.headers, pdf: Buffer.from(await response.arrayBuffer()) };
}

describe('the invoice PDF', () => {
  test('shows the number, seller, buyer, lines, discount, tax, shipping and total in the order’s currency', async () => {
    const { status, headers, pdf } = await download(`/api/account/orders/${paid.order.id}/invoice`, bearer(customer));
    assert.equal(status, 200);
    assert.equal(headers.get('content-type'), 'application/pdf');
    assert.match(headers.get('content-disposition') ?? '', /^attachment; filename="INV-\d{4}-000001\.pdf"$/);
    assert.equal(headers.get('cache-control'), 'no-store');
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');

    const text = pdfText(pdf);
    const { totals } = paid.order;
    const usd = (amount: number) => `$${(amount / 100).toFixed(2)}`;
    for (const expected of [
      `INV-${new Date().getUTCFullYear()}-000001`,
      paid.order.number,
      'Sticker Works Ltd',
      'Portland, OR 97201',
      'US-99-1234567',
      'Ada Lovelace',
      'ada@example.com',
      'Lantern Mug',
      'alpha Tee (L)',
      usd(totals.subtotal.amount),
      `-${usd(totals.discount.amount)}`,
      'WELCOME10',
      usd(totals.shipping?.amount ?? -1),
      usd(totals.tax.amount),
      usd(totals.total.amount),
      'Total (USD)',
    ]) {
      if (HAS_PDFTOTEXT || !/[A-Z][a-z]/.test(expected)) assert.ok(text.includes(expected), `${expected} in:\n${text}`);
    }
    assert.ok(totals.discount.amount > 0 && totals.tax.amount > 0, 'the order has a discount and tax to show');

    const png = firstPagePng(pdf);
    if (png) {
      assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
      assert.ok(png.length > 5_000, 'the page is drawn, not blank');
    }
  });

  test('the same number for the same order, for the customer, the order’s link and an admin', async () => {
    const paths: [string, RequestInit | undefined][] = [
      [`/api/account/orders/${paid.order.id}/invoice`, bearer(customer)],
      [`/api/orders/${paid.order.id}/invoice?token=${paid.accessToken}`, undefined],
      [`/api/admin/orders/${paid.order.id}/invoice`, bearer(admin)],
    ];
    const names = new Set<string | null>();
    for (const [path, init] of paths) {
      const { status, headers } = await download(path, init);
      assert.equal(status, 200, path);
      names.add(headers.get('content-disposition'));
    }
    assert.equal(names.size, 1);
  });

  test('no invoice before payment, none for a wrong token, another customer or a customer on the admin route', async () => {
    const cart = await cartWith(server, [['tea-towel', 1]]);
    const unpaid = await checkout(server, cart.id);
    const refused: [string, RequestInit | undefined, number][] = [
      [`/api/orders/${unpaid.order.id}/invoice?token=${unpaid.accessToken}`, undefined, 404],
      [`/api/orders/${paid.order.id}/invoice?token=${unpaid.accessToken}`, undefined, 404],
      [`/api/orders/${paid.order.id}/invoice`, undefined, 404],
      [
        `/api/account/orders/${paid.order.id}/invoice`,
        bearer((await verifiedCustomer(server, 'eve@example.com')).token),
        404,
      ],
      [`/api/admin/orders/${paid.order.id}/invoice`, bearer(customer), 403],
      [`/api/admin/orders/${paid.order.id}/invoice`, undefined, 401],
      [`/api/admin/orders/${unpaid.order.id}/invoice`, bearer(admin), 404],
      ['/api/admin/orders/ord_nosuchorder00000/invoice', bearer(admin), 404],
    ];
    for (const [path, init, status] of refused) {
      const response = await server.get<ErrorJson>(path, init);
      assert.equal(response.status, status, `${path}: ${response.text}`);
    }
  });
});

describe('the invoice sequence', () => {
  test('50 payments at once get numbers 2 to 51 with no gap; declined ones take none', async () => {
    const handles = ['lantern-mug', 'tea-towel', 'cafe-apron', 'wall-clock', 'alpha-tee-2', 'rain-jacket'];
    const approved: CheckoutResult[] = [];
    const declined: CheckoutResult[] = [];
    for (let index = 0; index < 60; index++) {
      const cart = await cartWith(server, [[handles[index % handles.length] as string, 1]]);
      (index % 6 === 5 ? declined : approved).push(await checkout(server, cart.id));
    }
    assert.equal(approved.length, 50);
    await Promise.all([
      ...approved.map((order) => payWithTestGateway(order, 'approve')),
      ...declined.map((order) => payWithTestGateway(order, 'decline')),
    ]);
    const rows = server.sqlite.prepare('SELECT order_id, number FROM invoices ORDER BY number').all() as {
      order_id: string;
      number: string;
    }[];
    const year = new Date().getUTCFullYear();
    assert.deepEqual(
      rows.map((row) => row.number),
      Array.from({ length: 51 }, (_, index) => `INV-${year}-${String(index + 1).padStart(6, '0')}`),
    );
    const invoiced = new Set(rows.map((row) => row.order_id));
    assert.ok(approved.every((order) => invoiced.has(order.order.id)));
    assert.ok(declined.every((order) => !invoiced.has(order.order.id)));
  });
});
