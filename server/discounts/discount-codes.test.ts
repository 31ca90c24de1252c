import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Cart } from '../../sdk/schemas/index.ts';
import { applyCode, cartWith, checkout, orderBody, placeOrder } from '../test-support/checkout.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

/** Discount codes through the cart and checkout API, with the example codes (see seed/shop-rules.ts). */
let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

async function refusal(cartId: string, code: string): Promise<ErrorJson['error'] & { status: number }> {
  const response = await server.send<ErrorJson>(`/api/carts/${cartId}/discount`, { code }, { method: 'PUT' });
  assert.ok(response.status >= 400, `${code} was accepted`);
  return { ...response.body.error, status: response.status };
}

describe('applying a code', () => {
  test('percentage: 10 % of the merchandise, matched case-insensitively and trimmed', async () => {
    const cart = await cartWith(server, [
      ['lantern-mug', 2],
      ['alpha-tee', 1, 2],
    ]);
    const { status, body } = await applyCode(server, cart.id, '  welcome10 ');
    assert.equal(status, 200);
    assert.deepEqual(body.discount, {
      code: 'WELCOME10',
      kind: 'percentage',
      description: '10% off on orders of $20.00 or more',
      amount: { amount: 540, currency: 'USD' },
    });
    assert.equal(body.totals.discount.amount, 540);
    assert.equal(body.totals.total.amount, 4860);
  });

  test('fixed amount: $5 off, never more than the merchandise', async () => {
    const cart = await cartWith(server, [['lantern-mug', 1]]);
    assert.equal((await applyCode(server, cart.id, 'SAVE5')).body.totals.total.amount, 1000);
    const small = await cartWith(server, [['sticker-1', 1]]);
    const capped = (await applyCode(server, small.id, 'SAVE5')).body;
    assert.equal(capped.discount?.amount.amount, 300);
    assert.equal(capped.totals.total.amount, 0);
  });

  test('free shipping: the chosen method’s price comes off', async () => {
    const cart = await cartWith(server, [['lantern-mug', 1]], { country: 'JP' });
    const applied = (await applyCode(server, cart.id, 'FREESHIP')).body;
    assert.equal(applied.discount?.kind, 'free_shipping');
    assert.equal(applied.discount?.amount.amount, 1999);
    assert.equal(applied.totals.total.amount, 1500);
    // Before a destination is known there is no shipping to take off yet.
    const early = (await applyCode(server, (await cartWith(server, [['lantern-mug', 1]])).id, 'FREESHIP')).body;
    assert.equal(early.discount?.amount.amount, 0);
  });

  test('refusals: unknown, expired, below the minimum', async () => {
    const cart = await cartWith(server, [['lantern-mug', 1]]);
    assert.deepEqual(await refusal(cart.id, 'NOPE'), {
      status: 404,
      code: 'discount_not_found',
      message: 'The code NOPE is not valid.',
      details: { code: 'NOPE' },
    });
    const expired = await refusal(cart.id, 'SUMMER24');
    assert.equal(expired.status, 409);
    assert.equal(expired.code, 'discount_expired');
    const minimum = await refusal(cart.id, 'WELCOME10');
    assert.equal(minimum.status, 409);
    assert.equal(minimum.code, 'discount_not_applicable');
    assert.deepEqual(minimum.details?.minSubtotal, { amount: 2000, currency: 'USD' });
    assert.match(minimum.message, /\$20\.00/);
  });

  test('a code that stops applying stays on the cart, takes nothing off, and says why', async () => {
    const cart = await cartWith(server, [['lantern-mug', 2]]);
    const applied = (await applyCode(server, cart.id, 'WELCOME10')).body;
    const line = applied.lines[0];
    assert.ok(line);
    const lowered = await server.send<Cart>(
      `/api/carts/${cart.id}/lines/${line.id}`,
      { quantity: 1 },
      { method: 'PATCH' },
    );
    assert.equal(lowered.body.discount?.code, 'WELCOME10');
    assert.equal(lowered.body.discount?.amount.amount, 0);
    assert.equal(lowered.body.totals.total.amount, 1500);
    assert.deepEqual(
      lowered.body.notices.map((notice) => notice.code),
      ['discount_not_applicable'],
    );
  });

  test('removing the code, and replacing it with another', async () => {
    const cart = await cartWith(server, [['lantern-mug', 2]]);
    await applyCode(server, cart.id, 'WELCOME10');
    assert.equal((await applyCode(server, cart.id, 'SAVE5')).body.discount?.code, 'SAVE5');
    const removed = await server.get<Cart>(`/api/carts/${cart.id}/discount`, { method: 'DELETE' });
    assert.equal(removed.status, 200);
    assert.equal(removed.body.discount, null);
    assert.equal(removed.body.totals.discount.amount, 0);
  });
});

describe('usage limits at checkout', () => {
  test('a single-use code works for one order, then is used up everywhere', async () => {
    const first = await cartWith(server, [['lantern-mug', 1]]);
    const second = await cartWith(server, [['lantern-mug', 1]]);
    assert.equal((await applyCode(server, first.id, 'ONEOFF15')).status, 200);
    assert.equal((await applyCode(server, second.id, 'ONEOFF15')).status, 200);
    const placed = await checkout(server, first.id);
    assert.equal(placed.order.discount?.amount.amount, 225);
    const late = await placeOrder(server, orderBody(server, second.id));
    assert.equal(late.status, 409);
    assert.equal((late.body as unknown as ErrorJson).error.code, 'discount_used_up');
    assert.equal(
      (await refusal((await cartWith(server, [['lantern-mug', 1]])).id, 'ONEOFF15')).code,
      'discount_used_up',
    );
  });

  test('a once-per-customer code works once per email, whatever its case', async () => {
    const cart = () => cartWith(server, [['cafe-apron', 2]]);
    const first = await cart();
    await applyCode(server, first.id, 'FIRSTORDER');
    assert.equal(
      (await checkout(server, first.id, { email: 'grace@example.com' })).order.discount?.amount.amount,
      1000,
    );

    const again = await cart();
    assert.equal((await applyCode(server, again.id, 'FIRSTORDER')).status, 200, 'the cart does not know the email yet');
    const refused = await placeOrder(server, orderBody(server, again.id, { email: 'Grace@Example.com' }));
    assert.equal(refused.status, 409);
    const error = (refused.body as unknown as ErrorJson).error;
    assert.equal(error.code, 'discount_not_applicable');
    assert.equal(error.details?.reason, 'already_used');
    assert.equal(
      (await checkout(server, again.id, { email: 'hopper@example.com' })).order.discount?.code,
      'FIRSTORDER',
    );
  });

  test('a +tag, or dots in a Gmail address, do not make a new customer; the order keeps the email as typed', async () => {
    const cart = async () => {
      const made = await cartWith(server, [['cafe-apron', 2]]);
      await applyCode(server, made.id, 'FIRSTORDER');
      return made.id;
    };
    assert.equal(
      (await checkout(server, await cart(), { email: 'same@example.com' })).order.discount?.code,
      'FIRSTORDER',
    );
    const tagged = await placeOrder(server, orderBody(server, await cart(), { email: 'same+1@example.com' }));
    assert.equal(tagged.status, 409, tagged.text);
    assert.equal((tagged.body as unknown as ErrorJson).error.details?.reason, 'already_used');

    const first = await checkout(server, await cart(), { email: 'Lin.Wei+shop@gmail.com' });
    assert.equal(first.order.email, 'Lin.Wei+shop@gmail.com');
    const dotless = await placeOrder(server, orderBody(server, await cart(), { email: 'linwei@googlemail.com' }));
    assert.equal(dotless.status, 409, dotless.text);
    // Other hosts may tell dots apart: a different mailbox there is a different customer.
    assert.equal(
      (await checkout(server, await cart(), { email: 's.ame@example.com' })).order.discount?.code,
      'FIRSTORDER',
    );
  });
});
