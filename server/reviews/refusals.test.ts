import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { OwnReview, ReviewList } from '../../sdk/schemas/index.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { buy, postReview, proofQuery, type Bought } from './test-support/buy.ts';

/** What the review routes refuse before they look at a review: an unknown product, and a sender with nothing to show. */
let server: TestServer;
let buyer: Bought;
let review: OwnReview;
before(async () => {
  server = await startTestServer();
  buyer = await buy(server, ['lantern-mug']);
  const posted = await postReview(server, 'lantern-mug', buyer);
  assert.equal(posted.status, 201, posted.text);
  review = posted.body;
});
after(() => server.close());

const ownReviewPath = () => `/api/products/lantern-mug/reviews/${review.id}`;

test('an unknown product: no eligibility and no review, 404 not_found', async () => {
  const eligibility = await server.get<ErrorJson>(
    `/api/products/no-such-product/reviews/eligibility?${proofQuery(buyer)}`,
  );
  assert.deepEqual([eligibility.status, eligibility.body.error.code], [404, 'not_found']);
  const created = await postReview(server, 'no-such-product', buyer);
  assert.deepEqual([created.status, (created.body as unknown as ErrorJson).error.code], [404, 'not_found']);
});

test('editing or deleting with neither a session nor a proof of purchase is 401, and the review stays', async () => {
  const edit = await server.send<ErrorJson>(ownReviewPath(), { rating: 1 }, { method: 'PATCH' });
  assert.deepEqual([edit.status, edit.body.error.code], [401, 'unauthorized']);
  const removed = await server.send<ErrorJson>(ownReviewPath(), undefined, { method: 'DELETE' });
  assert.deepEqual([removed.status, removed.body.error.code], [401, 'unauthorized']);
  const list = await server.get<ReviewList>('/api/products/lantern-mug/reviews');
  assert.deepEqual(
    list.body.items.map((item) => [item.id, item.rating]),
    [[review.id, 5]],
  );
});
