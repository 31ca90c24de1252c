import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startFakeStripe, type FakeStripe } from './fake-stripe.ts';

/** The fake's protocol seen from the wire, without the stripe package: what it refuses matters as much. */
describe('fake Stripe API', () => {
  let fake: FakeStripe;
  before(async () => {
    fake = await startFakeStripe();
  });
  after(async () => {
    await fake.close();
  });

  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${fake.url}${path}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${fake.secretKey}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        ...headers,
      },
      body,
    });
  const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;
  const sessionBody = (extra = '') =>
    `mode=payment&line_items[0][quantity]=3&line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=400` +
    `&line_items[0][price_data][product_data][name]=Pin&success_url=https%3A%2F%2Fshop.example.com%2Fok&expires_at=${inAnHour()}${extra}`;
  const errorOf = async (response: Response) => ((await response.json()) as { error: Record<string, string> }).error;

  it('answers 401 without the right secret key', async () => {
    const none = await fetch(`${fake.url}/v1/checkout/sessions/cs_test_x`);
    assert.equal(none.status, 401);
    assert.equal((await errorOf(none)).type, 'invalid_request_error');
    const wrong = await fetch(`${fake.url}/v1/checkout/sessions/cs_test_x`, {
      headers: { Authorization: 'Bearer sk_test_other' },
    });
    assert.equal(wrong.status, 401);
  });

  it('prices a session like Stripe: coupons never exceed the items, shipping is added after', async () => {
    const coupon = (await (await post('/v1/coupons', 'amount_off=5000&currency=usd&duration=once')).json()) as {
      id: string;
    };
    const shipping =
      '&shipping_options[0][shipping_rate_data][type]=fixed_amount&shipping_options[0][shipping_rate_data][display_name]=Std' +
      '&shipping_options[0][shipping_rate_data][fixed_amount][amount]=250&shipping_options[0][shipping_rate_data][fixed_amount][currency]=usd';
    const response = await post('/v1/checkout/sessions', sessionBody(`${shipping}&discounts[0][coupon]=${coupon.id}`));
    assert.equal(response.status, 200);
    const session = (await response.json()) as {
      amount_subtotal: number;
      amount_total: number;
      total_details: Record<string, number>;
    };
    assert.equal(session.amount_subtotal, 1200);
    assert.deepEqual(session.total_details, { amount_discount: 1200, amount_shipping: 250, amount_tax: 0 });
    assert.equal(session.amount_total, 250);
  });

  it('refuses unknown parameters, missing ones and an expiry outside 30 minutes to 24 hours', async () => {
    const unknown = await post('/v1/checkout/sessions', sessionBody('&paymnet_method_types[0]=card'));
    assert.equal(unknown.status, 400);
    assert.equal((await errorOf(unknown)).param, 'paymnet_method_types');
    const noItems = await post('/v1/checkout/sessions', 'mode=payment&success_url=https%3A%2F%2Fx.example');
    assert.equal((await errorOf(noItems)).code, 'parameter_missing');
    const soon = await post(
      '/v1/checkout/sessions',
      sessionBody().replace(/expires_at=\d+/, `expires_at=${Math.floor(Date.now() / 1000) + 600}`),
    );
    assert.equal((await errorOf(soon)).param, 'expires_at');
    const unknownCoupon = await post('/v1/checkout/sessions', sessionBody('&discounts[0][coupon]=NOPE'));
    assert.equal((await errorOf(unknownCoupon)).code, 'resource_missing');
  });

  it('replays an idempotent request and refuses the key for different parameters', async () => {
    const body = sessionBody();
    const first = await post('/v1/checkout/sessions', body, { 'Idempotency-Key': 'key-1' });
    const again = await post('/v1/checkout/sessions', body, { 'Idempotency-Key': 'key-1' });
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(((await again.json()) as { id: string }).id, ((await first.json()) as { id: string }).id);
    const different = await post('/v1/checkout/sessions', `${body}&customer_email=x%40example.com`, {
      'Idempotency-Key': 'key-1',
    });
    assert.equal(different.status, 400);
    assert.equal((await errorOf(different)).type, 'idempotency_error');
  });

  it('answers 404 in Stripe’s shape for unknown sessions and routes', async () => {
    const headers = { Authorization: `Bearer ${fake.secretKey}` };
    const session = await fetch(`${fake.url}/v1/checkout/sessions/cs_test_nope`, { headers });
    assert.equal(session.status, 404);
    assert.equal((await errorOf(session)).code, 'resource_missing');
    const route = await fetch(`${fake.url}/v1/charges`, { headers });
    assert.equal(route.status, 404);
  });
});
