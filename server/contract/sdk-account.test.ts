// The customer account of the SDK (`shop.account`) against a real server, in Node, every response checked
// against the shared wire schemas: sign-up, sign-in taking the guest cart along, the address book, a signed-in
// checkout landing in the order history, and its invoice.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createStorefront, memoryStorage, StoreletAuthError, type Storefront } from '../../sdk/index.ts';
import { validateResponses } from '../../sdk/validate.ts';
import { mailedToken, PASSWORD, signUpBody } from '../customers/test-support/customers.ts';
import { payWithTestGateway, US_ADDRESS, variantId } from '../test-support/checkout.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

describe('customer account SDK against a real server', () => {
  let server: TestServer;
  let shop: Storefront;
  before(async () => {
    server = await startTestServer();
    shop = createStorefront({ apiUrl: server.url, storage: memoryStorage(), validateResponses, retries: 0 });
  });
  after(() => server?.close());

  it('signs up, verifies, signs in with the guest cart, orders, and finds the order and its invoice', async () => {
    const accepted = await shop.account.signUp(signUpBody('sdk@example.com'));
    assert.match(accepted.message, /inbox/);
    await shop.cart.add(await variantId(server, 'lantern-mug'), 2);
    const guestCartId = shop.cart.currentId();

    const account = await shop.account.signIn({ email: 'sdk@example.com', password: PASSWORD });
    assert.equal(account.emailVerified, false);
    assert.deepEqual(shop.account.$session.get(), { status: 'signed-in', account });
    assert.equal(shop.cart.$cart.get()?.id, guestCartId, 'the guest cart became the customer’s');
    const verified = await shop.account.verifyEmail(await mailedToken(server, 'sdk@example.com', 'storelet_verify'));
    assert.equal(verified.emailVerified, true);

    const [home] = await shop.account.addresses.list();
    assert.ok(home?.isDefault);
    const work = await shop.account.addresses.add({ ...US_ADDRESS, line1: '1 Office Park' });
    await shop.account.addresses.update(work.id, work.address, true);
    assert.deepEqual(
      (await shop.account.addresses.list()).map((item) => item.isDefault),
      [false, true],
    );
    await shop.account.addresses.remove(work.id);

    const result = await shop.orders.create(
      {
        cartId: guestCartId ?? '',
        email: account.email,
        shippingAddress: home.address,
        shippingMethod: 'ship_us_standard',
        returnUrl: `${server.url}/`,
      },
      'sdk-account-checkout',
    );
    await payWithTestGateway(result, 'approve');
    const history = await shop.account.orders.list({ limit: 5 });
    assert.deepEqual(
      history.items.map((order) => order.id),
      [result.order.id],
    );
    const order = await shop.account.orders.get(result.order.id);
    assert.match(order.invoice?.number ?? '', /^INV-/);
    const pdf = await shop.account.orders.invoice(result.order.id);
    assert.equal(pdf.type, 'application/pdf');
    assert.equal(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
      '%PDF-',
    );

    await shop.account.signOut();
    assert.deepEqual(shop.account.$session.get(), { status: 'signed-out' });
    await assert.rejects(shop.account.orders.list(), StoreletAuthError);
  });
});
