// The SDK's reviews, recommendations and review moderation against a real server, every answer checked
// against the shared wire schemas.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAdminClient } from '../../sdk/admin/index.ts';
import { createStorefront, memoryStorage, StoreletConflictError, type Storefront } from '../../sdk/index.ts';
import { validateResponses } from '../../sdk/validate.ts';
import { createUser } from '../accounts/test-support/users.ts';
import { orderBody, payWithTestGateway, variantId } from '../test-support/checkout.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

describe('SDK reviews and recommendations against a real server', () => {
  let server: TestServer;
  let shop: Storefront;

  before(async () => {
    server = await startTestServer();
    shop = createStorefront({ apiUrl: server.url, validateResponses, storage: memoryStorage() });
  });
  after(() => server?.close());

  it('a shopper who bought on this device reviews with the order it remembers; the owner hides the review', async () => {
    const mug = await shop.products.get('lantern-mug');
    assert.deepEqual((await shop.reviews.access(mug.id)).eligibility.reason, 'sign_in_required');

    const cart = await shop.carts.create({});
    await shop.carts.addLine(cart.id, { variantId: await variantId(server, 'lantern-mug'), quantity: 1 });
    await shop.carts.addLine(cart.id, { variantId: await variantId(server, 'tea-towel'), quantity: 1 });
    const result = await shop.orders.create(orderBody(server, cart.id), 'key-1');
    await payWithTestGateway(result, 'approve');

    const access = await shop.reviews.access(mug.id);
    assert.equal(access.eligibility.reason, 'eligible');
    assert.deepEqual(access.proof, { orderId: result.order.id, token: result.accessToken });
    const review = await shop.reviews.create(
      mug.id,
      { rating: 4, title: 'Good mug', body: 'Holds tea.' },
      access.proof,
    );
    await assert.rejects(
      shop.reviews.create(mug.id, { rating: 4, title: 'Again', body: 'Again.' }, access.proof),
      StoreletConflictError,
    );
    const edited = await shop.reviews.update(mug.id, review.id, { rating: 5 }, access.proof);
    assert.equal(edited.rating, 5);
    assert.deepEqual((await shop.reviews.voteHelpful(review.id)).counted, true);
    assert.deepEqual((await shop.reviews.voteHelpful(review.id)).counted, false, 'the visitor id is kept');
    const list = await shop.reviews.list(mug.id, { sort: 'helpful' });
    assert.deepEqual([list.summary.average, list.items[0]?.helpfulCount], [5, 1]);

    await createUser(server.data, 'owner@example.com', 'a long admin password', 'admin');
    const admin = createAdminClient({ apiUrl: server.url, validateResponses, storage: memoryStorage() });
    await admin.signIn({ email: 'owner@example.com', password: 'a long admin password' });
    assert.deepEqual(await admin.reviews.settings(), { moderation: 'publish' });
    const page = await admin.reviews.list({ rating: 5 });
    assert.deepEqual(
      page.items.map((item) => item.id),
      [review.id],
    );
    assert.equal((await admin.reviews.moderate(review.id, { status: 'hidden', reply: 'Thanks!' })).status, 'hidden');
    assert.equal((await shop.reviews.list(mug.id)).summary.count, 0);
    assert.equal((await shop.products.get('lantern-mug')).reviewCount, 0);

    await shop.reviews.delete(mug.id, review.id, access.proof);
    assert.equal((await admin.reviews.list()).items.length, 0);

    const forMug = await shop.recommendations.forProduct(mug.id, 3);
    assert.equal(forMug.items[0]?.handle, 'tea-towel');
    assert.equal(forMug.items.length, 3);
    const other = await shop.carts.create({});
    await shop.carts.addLine(other.id, { variantId: await variantId(server, 'tea-towel'), quantity: 1 });
    assert.equal((await shop.recommendations.forCart(other.id)).items[0]?.handle, 'lantern-mug');
  });
});
