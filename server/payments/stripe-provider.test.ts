import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { PaymentProviderError } from './errors.ts';
import type { StartPaymentInput } from './provider.ts';
import { createStripeProvider, sessionExpiry, type StripeProvider } from './stripe-provider.ts';
import { startFakeStripe, type FakeStripe } from './test-support/fake-stripe.ts';

function orderInput(overrides: Partial<StartPaymentInput> = {}): StartPaymentInput {
  return {
    orderId: 'ord_8f3k2m9q1x7c4v6b',
    orderNumber: 'SL-10042',
    email: 'ada@example.com',
    currency: 'USD',
    lines: [
      { name: 'Mountain tee', description: 'M / Navy', quantity: 2, unitAmount: 2500 },
      { name: 'Die-cut sticker', quantity: 50, unitAmount: 89 },
    ],
    shipping: { name: 'Standard', amount: 599 },
    discountAmount: 945,
    taxAmount: 680,
    totalAmount: 5000 + 4450 + 599 + 680 - 945,
    successUrl: 'https://shop.example.com/order?session=%7BCHECKOUT_SESSION_ID%7D',
    cancelUrl: 'https://shop.example.com/cart',
    idempotencyKey: randomUUID(),
    embedded: false,
    ...overrides,
  };
}

async function rejectsWith(promise: Promise<unknown>, code: PaymentProviderError['code']): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof PaymentProviderError, `expected a PaymentProviderError, got ${String(error)}`);
    assert.equal(error.code, code);
    return true;
  });
}

describe('createStripeProvider against a Stripe API on loopback', () => {
  let fake: FakeStripe;
  let provider: StripeProvider;
  const clock = { now: Date.now() };

  before(async () => {
    fake = await startFakeStripe();
  });
  after(async () => {
    await fake.close();
  });
  beforeEach(() => {
    clock.now = Date.now();
    fake.onSessionCreated = null;
    provider = createStripeProvider({
      secretKey: fake.secretKey,
      webhookSecret: fake.webhookSecret,
      apiHost: fake.host,
      apiPort: fake.port,
      apiProtocol: 'http',
      now: () => clock.now,
    });
  });

  const lastRequest = (path: string) => fake.requests.filter((request) => request.path === path).at(-1);

  it('creates a Checkout Session with the order’s lines, shipping, tax and discount', async () => {
    const input = orderInput();
    const started = await provider.start(input);

    const coupon = lastRequest('/v1/coupons');
    assert.ok(coupon);
    assert.deepEqual(coupon.params, {
      amount_off: '945',
      currency: 'usd',
      duration: 'once',
      max_redemptions: '1',
      name: 'Discount',
      metadata: { orderId: input.orderId },
    });
    assert.equal(coupon.idempotencyKey, `${input.idempotencyKey}:coupon`);

    const request = lastRequest('/v1/checkout/sessions');
    assert.ok(request);
    assert.equal(request.idempotencyKey, input.idempotencyKey);
    const couponId = [...fake.coupons.values()].at(-1)?.id;
    assert.deepEqual(request.params, {
      mode: 'payment',
      line_items: [
        {
          quantity: '2',
          price_data: {
            currency: 'usd',
            unit_amount: '2500',
            product_data: { name: 'Mountain tee', description: 'M / Navy' },
          },
        },
        {
          quantity: '50',
          price_data: { currency: 'usd', unit_amount: '89', product_data: { name: 'Die-cut sticker' } },
        },
        { quantity: '1', price_data: { currency: 'usd', unit_amount: '680', product_data: { name: 'Tax' } } },
      ],
      shipping_options: [
        {
          shipping_rate_data: {
            type: 'fixed_amount',
            display_name: 'Standard',
            fixed_amount: { amount: '599', currency: 'usd' },
          },
        },
      ],
      discounts: [{ coupon: couponId }],
      customer_email: 'ada@example.com',
      client_reference_id: input.orderId,
      metadata: { orderId: input.orderId, orderNumber: 'SL-10042' },
      success_url: 'https://shop.example.com/order?session={CHECKOUT_SESSION_ID}',
      cancel_url: 'https://shop.example.com/cart',
      expires_at: String(sessionExpiry(clock.now)),
    });

    const session = fake.sessions.get(started.sessionId);
    assert.ok(session);
    assert.equal(session.amount_subtotal, 5000 + 4450 + 680);
    assert.deepEqual(session.total_details, { amount_discount: 945, amount_shipping: 599, amount_tax: 0 });
    assert.equal(session.amount_total, input.totalAmount);
    assert.deepEqual(started, {
      provider: 'stripe',
      sessionId: session.id,
      redirectUrl: session.url,
      clientSecret: null,
      expiresAt: new Date(session.expires_at * 1000),
    });
  });

  it('opens an embedded session only when asked and a publishable key is set', async () => {
    const embedding = createStripeProvider({
      secretKey: fake.secretKey,
      webhookSecret: fake.webhookSecret,
      publishableKey: 'pk_test_x',
      apiHost: fake.host,
      apiPort: fake.port,
      apiProtocol: 'http',
    });
    const started = await embedding.start(orderInput({ embedded: true }));
    const session = fake.sessions.get(started.sessionId);
    assert.ok(session);
    assert.deepEqual(
      [started.redirectUrl, started.clientSecret, session.ui_mode, session.return_url, session.success_url],
      [
        '',
        session.client_secret,
        'embedded_page',
        'https://shop.example.com/order?session={CHECKOUT_SESSION_ID}',
        null,
      ],
    );
    assert.equal(embedding.publishableKey, 'pk_test_x');
    // Without the key Stripe.js could not be loaded in the browser: a redirect session instead.
    const hosted = await provider.start(orderInput({ embedded: true }));
    assert.deepEqual([hosted.clientSecret, fake.sessions.get(hosted.sessionId)?.ui_mode], [null, 'hosted_page']);
    assert.equal(provider.publishableKey, null);
  });

  it('sends neither a tax line nor a coupon when there is none, and free shipping as 0', async () => {
    const couponsBefore = fake.coupons.size;
    const input = orderInput({
      discountAmount: 0,
      taxAmount: 0,
      shipping: { name: 'Free', amount: 0 },
      totalAmount: 9450,
    });
    const started = await provider.start(input);
    const request = lastRequest('/v1/checkout/sessions');
    assert.ok(request);
    assert.equal((request.params.line_items as unknown[]).length, 2);
    assert.equal(request.params.discounts, undefined);
    assert.equal(fake.coupons.size, couponsBefore);
    assert.equal(fake.sessions.get(started.sessionId)?.amount_total, 9450);
  });

  it('expires 30 to 40 minutes ahead, the same for retries within a 10-minute step', () => {
    const step = 10 * 60 * 1000;
    const start = Math.floor(Date.now() / step) * step;
    for (const offset of [0, 1, step / 2, step - 1]) {
      const now = start + offset;
      const ahead = sessionExpiry(now) - now / 1000;
      assert.ok(ahead > 30 * 60 && ahead <= 40 * 60, `${ahead}s ahead`);
      assert.equal(sessionExpiry(now), sessionExpiry(start));
    }
  });

  it('makes one session (and one coupon) for one idempotency key, however often start() is called', async () => {
    const input = orderInput();
    const sessionsBefore = fake.sessions.size;
    const couponsBefore = fake.coupons.size;
    const [first, second] = await Promise.all([provider.start(input), provider.start(input)]);
    const third = await provider.start(input);
    assert.equal(second.sessionId, first.sessionId);
    assert.equal(third.sessionId, first.sessionId);
    assert.equal(fake.sessions.size, sessionsBefore + 1);
    assert.equal(fake.coupons.size, couponsBefore + 1);
    assert.ok(fake.requests.some((request) => request.idempotencyKey === input.idempotencyKey && request.replayed));

    const other = await provider.start({ ...input, idempotencyKey: randomUUID() });
    assert.notEqual(other.sessionId, first.sessionId);
  });

  it('reports a key reused for a different payment as an idempotency conflict', async () => {
    const input = orderInput({ discountAmount: 0, totalAmount: 5000 + 4450 + 599 + 680 });
    await provider.start(input);
    await rejectsWith(provider.start({ ...input, email: 'someone-else@example.com' }), 'idempotency_conflict');
  });

  it('refuses figures that do not add up before asking Stripe', async () => {
    const requestsBefore = fake.requests.length;
    await rejectsWith(provider.start(orderInput({ totalAmount: 9783 })), 'amount_mismatch');
    // Stripe's coupons never reduce shipping, so a discount larger than lines and tax can't be honoured.
    await rejectsWith(
      provider.start(
        orderInput({
          lines: [{ name: 'Pin', quantity: 1, unitAmount: 100 }],
          taxAmount: 0,
          discountAmount: 200,
          shipping: { name: 'Standard', amount: 500 },
          totalAmount: 400,
        }),
      ),
      'amount_mismatch',
    );
    assert.equal(fake.requests.length, requestsBefore);
  });

  it('throws and expires the session when Stripe’s total differs from the order’s', async () => {
    let created = '';
    fake.onSessionCreated = (session) => {
      // As if Stripe Tax were switched on in the dashboard and added tax of its own.
      session.total_details.amount_tax = 120;
      session.amount_total += 120;
      created = session.id;
    };
    await rejectsWith(provider.start(orderInput()), 'amount_mismatch');
    assert.equal(fake.sessions.get(created)?.status, 'expired');
  });

  it('retrieve() maps the session: open is pending, paid is paid, async is pending, expired is failed', async () => {
    const input = orderInput();
    const { sessionId } = await provider.start(input);
    assert.deepEqual(await provider.retrieve(sessionId), {
      sessionId,
      status: 'pending',
      amountTotal: input.totalAmount,
      currency: 'usd',
      paymentIntentId: null,
    });

    const paid = fake.completeSession(sessionId);
    assert.deepEqual(await provider.retrieve(sessionId), {
      sessionId,
      status: 'paid',
      amountTotal: input.totalAmount,
      currency: 'usd',
      paymentIntentId: paid.payment_intent,
    });

    const pending = await provider.start(orderInput());
    fake.markAsyncPending(pending.sessionId);
    assert.equal((await provider.retrieve(pending.sessionId)).status, 'pending');

    const expired = await provider.start(orderInput());
    fake.expireSession(expired.sessionId);
    assert.equal((await provider.retrieve(expired.sessionId)).status, 'failed');
  });

  it('expire() ends an open session, and reports a paid one as paid', async () => {
    const open = await provider.start(orderInput());
    assert.equal((await provider.expire(open.sessionId)).status, 'failed');
    assert.equal(fake.sessions.get(open.sessionId)?.status, 'expired');

    const paid = await provider.start(orderInput());
    fake.completeSession(paid.sessionId);
    assert.equal((await provider.expire(paid.sessionId)).status, 'paid');
    assert.equal(fake.sessions.get(paid.sessionId)?.status, 'complete');
  });

  it('turns Stripe’s refusals into provider_rejected errors', async () => {
    await rejectsWith(provider.retrieve('cs_test_missing'), 'provider_rejected');
    const wrongKey = createStripeProvider({
      secretKey: 'sk_test_wrong',
      webhookSecret: fake.webhookSecret,
      apiHost: fake.host,
      apiPort: fake.port,
      apiProtocol: 'http',
    });
    await rejectsWith(wrongKey.start(orderInput()), 'provider_rejected');
  });

  it('reports an unreachable API as provider_unavailable', async () => {
    const gone = await startFakeStripe();
    await gone.close();
    const unreachable = createStripeProvider({
      secretKey: gone.secretKey,
      webhookSecret: gone.webhookSecret,
      apiHost: gone.host,
      apiPort: gone.port,
      apiProtocol: 'http',
    });
    await rejectsWith(unreachable.retrieve('cs_test_any'), 'provider_unavailable');
  });

  it('refuses to start without its secrets', () => {
    assert.throws(() => createStripeProvider({ secretKey: '', webhookSecret: 'whsec_x' }), /secret key/);
    assert.throws(() => createStripeProvider({ secretKey: 'sk_test_x', webhookSecret: ' ' }), /webhook signing secret/);
  });
});
