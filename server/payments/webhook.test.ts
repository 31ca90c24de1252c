import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Stripe from 'stripe';
import { ApiError } from '../errors.ts';
import { InvalidSignatureError, PaymentProviderError } from './errors.ts';
import { PAYMENT_EVENT_TYPES } from './provider.ts';
import { createStripeProvider, type StripeProvider } from './stripe-provider.ts';
import { sessionStatus } from './stripe-session.ts';
import { signedTestGatewayEvent } from './test-gateway-signing.ts';
import { startFakeStripe, type FakeStripe } from './test-support/fake-stripe.ts';
import { verifyPaymentWebhook } from './webhook.ts';

const isInvalidSignature = (error: unknown) => {
  assert.ok(error instanceof InvalidSignatureError, `expected InvalidSignatureError, got ${String(error)}`);
  // An ApiError, so a webhook route can let it reach onError: Stripe gets a 400 and the log stays quiet.
  assert.ok(error instanceof ApiError);
  assert.equal(error.code, 'invalid_signature');
  assert.equal(error.status, 400);
  return true;
};

describe('verifyPaymentWebhook', () => {
  let fake: FakeStripe;
  let provider: StripeProvider;
  let sessionId: string;
  const orderId = 'ord_webhook1';

  before(async () => {
    fake = await startFakeStripe();
    provider = createStripeProvider({
      secretKey: fake.secretKey,
      webhookSecret: fake.webhookSecret,
      apiHost: fake.host,
      apiPort: fake.port,
      apiProtocol: 'http',
    });
    ({ sessionId } = await provider.start({
      orderId,
      orderNumber: 'SL-1',
      email: 'ada@example.com',
      currency: 'EUR',
      lines: [{ name: 'Mug', quantity: 1, unitAmount: 1500 }],
      shipping: { name: 'Standard', amount: 500 },
      discountAmount: 0,
      taxAmount: 0,
      totalAmount: 2000,
      successUrl: 'https://shop.example.com/ok',
      cancelUrl: 'https://shop.example.com/cart',
      idempotencyKey: 'webhook-test',
      embedded: false,
    }));
  });
  after(async () => {
    await fake.close();
  });

  it('accepts an event signed with Stripe’s test header and reduces it to what orders need', () => {
    const paid = fake.completeSession(sessionId);
    const { payload, header, eventId } = fake.eventFor(sessionId, 'checkout.session.completed');
    const expected = {
      id: eventId,
      type: 'checkout.session.completed',
      created: JSON.parse(payload).created,
      sessionId,
      orderId,
      paymentStatus: 'paid',
      amountTotal: 2000,
      currency: 'eur',
      paymentIntentId: paid.payment_intent,
    };
    assert.deepEqual(provider.verifyWebhook(payload, header), expected);
    assert.deepEqual(verifyPaymentWebhook(payload, header, fake.webhookSecret), expected);
  });

  it('rejects a signature made with another secret', () => {
    const { payload, header } = fake.eventFor(sessionId, 'checkout.session.completed', { secret: 'whsec_forged' });
    assert.throws(() => provider.verifyWebhook(payload, header), isInvalidSignature);
  });

  it('rejects an event without a signature', () => {
    const { payload } = fake.eventFor(sessionId, 'checkout.session.completed');
    assert.throws(() => provider.verifyWebhook(payload, undefined), isInvalidSignature);
    assert.throws(() => provider.verifyWebhook(payload, ''), isInvalidSignature);
    assert.throws(() => provider.verifyWebhook(payload, 't=123'), isInvalidSignature);
  });

  it('rejects a body changed after signing', () => {
    const { payload, header } = fake.eventFor(sessionId, 'checkout.session.completed');
    const tampered = payload.replace('"amount_total": 2000', '"amount_total": 1');
    assert.notEqual(tampered, payload);
    assert.throws(() => provider.verifyWebhook(tampered, header), isInvalidSignature);
    // Whitespace counts too: the signature covers the exact bytes, so a re-serialised body fails.
    assert.throws(() => provider.verifyWebhook(JSON.stringify(JSON.parse(payload)), header), isInvalidSignature);
  });

  it('rejects a signature older than the tolerance, as a replay', () => {
    const now = Math.floor(Date.now() / 1000);
    const old = fake.eventFor(sessionId, 'checkout.session.completed', { timestamp: now - 301 });
    assert.throws(() => provider.verifyWebhook(old.payload, old.header), isInvalidSignature);
    const recent = fake.eventFor(sessionId, 'checkout.session.completed', { timestamp: now - 250 });
    assert.equal(provider.verifyWebhook(recent.payload, recent.header)?.sessionId, sessionId);
    assert.throws(
      () => verifyPaymentWebhook(recent.payload, recent.header, fake.webhookSecret, { toleranceSeconds: 60 }),
      isInvalidSignature,
    );
  });

  it('accepts every event type orders act on and ignores the rest', () => {
    for (const type of PAYMENT_EVENT_TYPES) {
      const { payload, header } = fake.eventFor(sessionId, type);
      assert.equal(provider.verifyWebhook(payload, header)?.type, type);
    }
    for (const type of ['payment_intent.succeeded', 'checkout.session.updated', 'charge.refunded']) {
      const { payload, header } = fake.eventFor(sessionId, type);
      assert.equal(provider.verifyWebhook(payload, header), null, type);
    }
  });

  it('reports a correctly signed body that is not a checkout-session event', () => {
    const sign = (payload: string) => Stripe.webhooks.generateTestHeaderString({ payload, secret: fake.webhookSecret });
    for (const payload of [
      'not json',
      JSON.stringify({
        id: 'evt_1',
        object: 'event',
        created: 1,
        type: 'checkout.session.completed',
        data: { object: {} },
      }),
    ]) {
      assert.throws(
        () => provider.verifyWebhook(payload, sign(payload)),
        (error: unknown) => error instanceof PaymentProviderError && error.code === 'invalid_event',
      );
    }
  });

  it('refuses to verify with a blank secret instead of calling every event forged', () => {
    const { payload, header } = fake.eventFor(sessionId, 'checkout.session.completed');
    assert.throws(() => verifyPaymentWebhook(payload, header, ''), /webhook signing secret/);
  });
});

describe('test gateway events', () => {
  const webhookSecret = 'whsec_shop_test_gateway';
  const session = { sessionId: 'tgs_4k2m9q', orderId: 'ord_tg1', amountTotal: 4599, currency: 'USD' };

  it('verify through the same function as Stripe’s, with the state Stripe would report', () => {
    const cases = [
      { type: 'checkout.session.completed', paid: true, paymentStatus: 'paid', status: 'paid' },
      { type: 'checkout.session.completed', paid: false, paymentStatus: 'unpaid', status: 'pending' },
      { type: 'checkout.session.async_payment_succeeded', paid: true, paymentStatus: 'paid', status: 'paid' },
      { type: 'checkout.session.async_payment_failed', paid: true, paymentStatus: 'unpaid', status: 'pending' },
      { type: 'checkout.session.expired', paid: true, paymentStatus: 'unpaid', status: 'failed' },
    ] as const;
    for (const { type, paid, paymentStatus, status } of cases) {
      const signed = signedTestGatewayEvent({ ...session, type, paid, webhookSecret });
      assert.match(signed.eventId, /^evt_test_[0-9a-f]{24}$/);
      const event = verifyPaymentWebhook(signed.payload, signed.header, webhookSecret);
      assert.deepEqual(event && { ...event, created: 0 }, {
        id: signed.eventId,
        type,
        created: 0,
        sessionId: session.sessionId,
        orderId: session.orderId,
        paymentStatus,
        amountTotal: 4599,
        currency: 'usd',
        paymentIntentId: null,
      });
      const object = JSON.parse(signed.payload).data.object;
      assert.equal(sessionStatus(object), status, `${type} paid=${paid}`);
    }
  });

  it('are refused when signed with another shop’s secret or altered', () => {
    const signed = signedTestGatewayEvent({
      ...session,
      type: 'checkout.session.completed',
      webhookSecret: 'whsec_other',
    });
    assert.throws(() => verifyPaymentWebhook(signed.payload, signed.header, webhookSecret), isInvalidSignature);
    const own = signedTestGatewayEvent({ ...session, type: 'checkout.session.completed', webhookSecret });
    const altered = own.payload.replace('"amount_total":4599', '"amount_total":1');
    assert.throws(() => verifyPaymentWebhook(altered, own.header, webhookSecret), isInvalidSignature);
  });

  it('keep the time the event happened apart from the time of signing', () => {
    const created = Math.floor(Date.now() / 1000) - 3600;
    const signed = signedTestGatewayEvent({ ...session, type: 'checkout.session.expired', webhookSecret, created });
    assert.equal(verifyPaymentWebhook(signed.payload, signed.header, webhookSecret)?.created, created);
  });
});
