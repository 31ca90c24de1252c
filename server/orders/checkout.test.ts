import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CheckoutResult as CheckoutResultSchema,
  Order as OrderSchema,
  type Order,
  type PaymentSession,
  type Product,
} from '../../sdk/schemas/index.ts';
import { listOutbox, readOutboxMessage } from '../email/outbox.ts';
import {
  applyCode,
  cartWith,
  checkout,
  getOrder,
  payWithTestGateway,
  stockOf,
  variantId,
} from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

/** The whole checkout with the built-in test gateway: approve, decline and pay again, leave pending. */
let server: TestServer;
before(async () => {
  server = await startTestServer({ config: { shopName: 'Sticker Shop' } });
});
after(() => server.close());

const outbox = () => join(server.dir, 'outbox');

async function retry(orderId: string, token: string) {
  return server.send<PaymentSession & ErrorJson>(`/api/orders/${orderId}/payment?token=${token}`, {
    returnUrl: `${server.url}/order-status.html`,
  });
}

describe('approve', () => {
  test('a pending order reserves stock; approving marks it paid, takes the stock and sends one confirmation', async () => {
    const mug = await variantId(server, 'lantern-mug');
    const before = stockOf(server, mug);
    const productBefore = (await server.get<Product>('/api/products/lantern-mug')).body;

    const cart = await cartWith(server, [['lantern-mug', 2]]);
    const result = await checkout(server, cart.id);
    assert.ok(CheckoutResultSchema.safeParse(result).success, 'the answer matches the wire schema');
    const { order, accessToken, payment } = result;
    assert.match(order.number, /^SL-1\d{4}$/);
    assert.deepEqual(
      [order.status, order.paymentStatus, order.fulfillmentStatus, order.paidAt],
      ['open', 'pending', 'unfulfilled', null],
    );
    assert.equal(order.email, 'ada@example.com');
    assert.deepEqual(order.shippingMethod, { id: 'ship_us_standard', name: 'Standard' });
    assert.deepEqual(
      order.lines.map((line) => [line.sku, line.quantity, line.unitPrice.amount, line.total.amount]),
      [['LANTERN-MUG-0', 2, 1500, 3000]],
    );
    // (3000 + 699) × 0.08875 = 328.28
    assert.deepEqual(
      [order.totals.subtotal.amount, order.totals.shipping?.amount, order.totals.tax.amount, order.totals.total.amount],
      [3000, 699, 328, 4027],
    );
    assert.match(accessToken, /^oat_[\w-]{43}$/);
    assert.equal(payment.provider, 'test');
    assert.ok(payment.redirectUrl.startsWith(`${server.url}/pay/test/tgs_`));
    assert.deepEqual(stockOf(server, mug), { stocked: before.stocked, reserved: before.reserved + 2 });
    const productReserved = (await server.get<Product>('/api/products/lantern-mug')).body;
    assert.equal(
      productReserved.variants[0]?.stock.available,
      (productBefore.variants[0]?.stock.available ?? 0) - 2,
      'the product page follows',
    );

    const redirect = await payWithTestGateway(result, 'approve');
    assert.equal(redirect.headers.get('location'), `${server.url}/order-status.html?storelet_order=${order.id}`);

    const paid = await getOrder(server, order.id, accessToken);
    assert.ok(OrderSchema.safeParse(paid).success);
    assert.equal(paid.paymentStatus, 'paid');
    assert.ok(paid.paidAt && Date.parse(paid.paidAt) >= Date.parse(paid.createdAt));
    assert.deepEqual(stockOf(server, mug), { stocked: before.stocked - 2, reserved: before.reserved });

    // A second click changes nothing and sends nothing more.
    await payWithTestGateway(result, 'approve');
    await server.shop.tasks.drain();
    const messages = (await listOutbox(outbox())).filter((entry) => entry.subject.includes(order.number));
    assert.equal(messages.length, 1);
    assert.equal(messages[0]?.to, 'ada@example.com');
    assert.equal(messages[0]?.subject, `Order ${order.number} confirmed – Sticker Shop`);
  });

  test('the confirmation carries a signed link that opens the order, and only that order', async () => {
    const result = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
    await payWithTestGateway(result, 'approve');
    await server.shop.tasks.drain();
    const entry = (await listOutbox(outbox())).find((message) => message.subject.includes(result.order.number));
    assert.ok(entry);
    const message = await readOutboxMessage(outbox(), entry.id);
    assert.ok(message);
    const link = /View your order: (\S+)/.exec(message.text)?.[1];
    assert.ok(link, message.text);
    const url = new URL(link);
    assert.equal(`${url.origin}${url.pathname}`, `${server.url}/`);
    assert.equal(url.searchParams.get('storelet_order'), result.order.id);
    const token = url.searchParams.get('storelet_token') ?? '';
    assert.match(token, /^sig_/);
    assert.ok(message.html.includes(link.replace(/&/g, '&#38;')), 'the HTML body links the same page');
    assert.ok(message.text.includes('Tea Towel'));
    assert.ok(message.html.includes(`${server.url}/media/seed/tea-towel-1.svg`), 'images are absolute');

    assert.equal((await getOrder(server, result.order.id, token)).number, result.order.number);
    const other = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
    assert.equal((await server.get(`/api/orders/${other.order.id}?token=${token}`)).status, 404);

    const page = await server.get('/dev/outbox');
    assert.equal(page.status, 200);
    assert.ok(page.text.includes(result.order.number), 'the development outbox lists it');
  });
});

describe('decline, then pay again', () => {
  test('declining fails the order and returns stock and code; a retry takes both again', async () => {
    const mug = await variantId(server, 'cafe-apron');
    const before = stockOf(server, mug);
    const cart = await cartWith(server, [['cafe-apron', 1]]);
    await applyCode(server, cart.id, 'ONEOFF15');
    const result = await checkout(server, cart.id);
    const { order, accessToken } = result;
    assert.equal(order.discount?.code, 'ONEOFF15');
    const timesUsed = () =>
      (
        server.sqlite.prepare("SELECT times_used FROM discount_codes WHERE code = 'ONEOFF15'").get() as {
          times_used: number;
        }
      ).times_used;
    assert.equal(timesUsed(), 1);

    const redirect = await payWithTestGateway(result, 'decline');
    assert.equal(redirect.headers.get('location'), `${server.url}/order-status.html?storelet_order=${order.id}`);
    const failed = await getOrder(server, order.id, accessToken);
    assert.deepEqual([failed.status, failed.paymentStatus], ['open', 'failed']);
    assert.deepEqual(stockOf(server, mug), before);
    assert.equal(timesUsed(), 0, 'the single-use code is free again');

    const again = await retry(order.id, accessToken);
    assert.equal(again.status, 200, again.text);
    assert.equal(again.body.provider, 'test');
    assert.notEqual(again.body.redirectUrl, result.payment.redirectUrl, 'a new attempt, a new session');
    assert.equal((await getOrder(server, order.id, accessToken)).paymentStatus, 'pending');
    assert.deepEqual(stockOf(server, mug), { stocked: before.stocked, reserved: before.reserved + 1 });
    assert.equal(timesUsed(), 1);

    // The first session is over: its page shows that, and its buttons change nothing.
    const oldPage = await fetch(result.payment.redirectUrl);
    assert.match(await oldPage.text(), /declined or expired/);
    await payWithTestGateway(result, 'approve');
    assert.equal((await getOrder(server, order.id, accessToken)).paymentStatus, 'pending');

    await payWithTestGateway({ ...result, payment: again.body }, 'approve');
    const paid = await getOrder(server, order.id, accessToken);
    assert.equal(paid.paymentStatus, 'paid');
    assert.deepEqual(stockOf(server, mug), { stocked: before.stocked - 1, reserved: before.reserved });

    const notAgain = await retry(order.id, accessToken);
    assert.equal(notAgain.status, 409);
    assert.deepEqual(notAgain.body.error, {
      code: 'payment_not_retryable',
      message: 'This order is paid, or its payment is under way: it cannot be paid again.',
      details: { paymentStatus: 'paid', reason: 'not_failed' },
    });
  });

  test('a retry finds the stock gone: 409 out_of_stock, and the order stays failed', async () => {
    const lamp = await variantId(server, 'low-stock-lamp');
    const first = await checkout(server, (await cartWith(server, [['low-stock-lamp', 3]])).id);
    await payWithTestGateway(first, 'decline');
    const other = await checkout(server, (await cartWith(server, [['low-stock-lamp', 2]])).id);
    const refused = await retry(first.order.id, first.accessToken);
    assert.equal(refused.status, 409);
    assert.deepEqual(refused.body.error.details, { variantId: lamp, available: 1 });
    assert.equal((await getOrder(server, first.order.id, first.accessToken)).paymentStatus, 'failed');
    await payWithTestGateway(other, 'decline');
  });

  test('a retry needs the order’s token and an allowed return URL', async () => {
    const result = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
    await payWithTestGateway(result, 'decline');
    assert.equal((await retry(result.order.id, 'oat_wrong')).status, 404);
    const elsewhere = await server.send<ErrorJson>(
      `/api/orders/${result.order.id}/payment?token=${result.accessToken}`,
      {
        returnUrl: 'https://evil.example.net/',
      },
    );
    assert.equal(elsewhere.body.error.code, 'return_url_not_allowed');
  });
});

describe('leave pending', () => {
  test('the order stays pending with its stock held, and can be settled later from the same page', async () => {
    const towel = await variantId(server, 'tea-towel');
    const before = stockOf(server, towel);
    const result = await checkout(server, (await cartWith(server, [['tea-towel', 1]])).id);
    const redirect = await payWithTestGateway(result, 'pending');
    assert.equal(redirect.headers.get('location'), `${server.url}/order-status.html?storelet_order=${result.order.id}`);
    const pending: Order = await getOrder(server, result.order.id, result.accessToken);
    assert.equal(pending.paymentStatus, 'pending');
    assert.equal(stockOf(server, towel).reserved, before.reserved + 1);

    const page = await (await fetch(result.payment.redirectUrl)).text();
    assert.match(page, /Approve/);
    await payWithTestGateway(result, 'approve');
    assert.equal((await getOrder(server, result.order.id, result.accessToken)).paymentStatus, 'paid');
  });
});
