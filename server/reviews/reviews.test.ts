import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  OwnReview as OwnReviewSchema,
  ReviewList as ReviewListSchema,
  type ReviewEligibility,
  type ReviewList,
} from '../../sdk/schemas/index.ts';
import { bearer, createUser, signInToken } from '../accounts/test-support/users.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { buy, postReview, proofQuery, type Bought } from './test-support/buy.ts';

/** Writing reviews: who may, once each, edits and deletes by their author only, plain text kept as text. */
let server: TestServer;
let mugBuyer: Bought;
before(async () => {
  server = await startTestServer();
  mugBuyer = await buy(server, ['lantern-mug', 'tea-towel']);
});
after(() => server.close());

const reviews = async (product: string, query = '') => {
  const response = await server.get<ReviewList>(`/api/products/${product}/reviews${query}`);
  assert.equal(response.status, 200, response.text);
  assert.ok(ReviewListSchema.safeParse(response.body).success, 'matches the wire schema');
  return response.body;
};

describe('who may review', () => {
  test('a shopper with no paid order for the product gets 403; with nothing to show, 401', async () => {
    const unpaid = await buy(server, ['wall-clock'], 'bob@example.com', false);
    const notPaid = await postReview(server, 'wall-clock', unpaid);
    assert.equal(notPaid.status, 403, notPaid.text);
    assert.equal((notPaid.body as unknown as ErrorJson).error.code, 'review_not_allowed');
    // The mug buyer's order is paid, but holds no clock.
    assert.equal((await postReview(server, 'wall-clock', mugBuyer)).status, 403);
    const forged = await postReview(server, 'lantern-mug', { ...mugBuyer, accessToken: 'oat_forged' });
    assert.equal(forged.status, 403);
    const anonymous = await postReview(server, 'lantern-mug', null);
    assert.equal(anonymous.status, 401);
    assert.equal((await reviews('wall-clock')).summary.count, 0);
  });

  test('eligibility says why, without an error', async () => {
    const eligibility = async (product: string, query: string, init?: RequestInit) =>
      (await server.get<ReviewEligibility>(`/api/products/${product}/reviews/eligibility${query}`, init)).body;
    assert.deepEqual(await eligibility('wall-clock', ''), {
      eligible: false,
      reason: 'sign_in_required',
      authorName: null,
      review: null,
    });
    assert.equal((await eligibility('wall-clock', `?${proofQuery(mugBuyer)}`)).reason, 'not_purchased');
    assert.deepEqual(await eligibility('tea-towel', `?${proofQuery(mugBuyer)}`), {
      eligible: true,
      reason: 'eligible',
      authorName: 'Ada',
      review: null,
    });
  });

  test('the buyer reviews once, shown with their first name as a verified buyer; a second review is 409', async () => {
    const created = await postReview(server, 'lantern-mug', mugBuyer, {
      rating: 4,
      title: '  Warm mug ',
      body: 'Keeps tea hot.\nNice glaze.',
    });
    assert.equal(created.status, 201, created.text);
    assert.ok(OwnReviewSchema.safeParse(created.body).success);
    assert.equal(created.body.title, 'Warm mug');
    assert.equal(created.body.authorName, 'Ada');
    assert.equal(created.body.verifiedBuyer, true);
    assert.equal(created.body.status, 'published');

    const again = await postReview(server, 'lantern-mug', mugBuyer, { rating: 1, title: 'Again', body: 'Second go.' });
    assert.equal(again.status, 409);
    assert.deepEqual((again.body as unknown as ErrorJson).error, {
      code: 'review_exists',
      message: 'You have already reviewed this product. Edit your review instead.',
      details: { reviewId: created.body.id },
    });
    const list = await reviews('lantern-mug');
    assert.deepEqual(list.summary, { average: 4, count: 1, distribution: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 0 } });
    const product = (await server.get<{ rating: number; reviewCount: number }>('/api/products/lantern-mug')).body;
    assert.deepEqual([product.rating, product.reviewCount], [4, 1]);
  });

  test('a signed-in customer whose email placed a paid order may review; the product handle works as its id', async () => {
    const userId = await createUser(server.data, 'Grace@Example.com', 'a long customer password');
    await buy(server, ['cafe-apron'], 'grace@example.com');
    const token = await signInToken(server, 'grace@example.com', 'a long customer password');
    const review = { rating: 3, title: 'Fine', body: 'It is an apron.' };
    const unverified = await postReview(server, 'cafe-apron', null, review, bearer(token));
    assert.equal(unverified.status, 403, 'a guest order of this email counts only once the account verified it');
    assert.ok(await server.data.customers.verifyEmail(userId, 'grace@example.com', new Date().toISOString()));
    const created = await postReview(server, 'cafe-apron', null, review, bearer(token));
    assert.equal(created.status, 201, created.text);
    const eligibility = await server.get<ReviewEligibility>(
      '/api/products/cafe-apron/reviews/eligibility',
      bearer(token),
    );
    assert.equal(eligibility.body.reason, 'reviewed');
    assert.equal(eligibility.body.review?.id, created.body.id);
    const other = await server.get('/api/products/cafe-apron/reviews/eligibility', bearer('not-a-token'));
    assert.equal(other.status, 401, 'a bad token is refused, not taken for a guest');
  });
});

describe('plain text', () => {
  test('markup is kept as text, control characters and empty or overlong fields are refused', async () => {
    const buyer = await buy(server, ['alpha-tee-2'], 'mallory@example.com');
    const markup = {
      rating: 2,
      title: '<b>Bold</b> claim',
      body: '<script>alert(1)</script> & <img src=x onerror=alert(2)>',
    };
    const created = await postReview(server, 'alpha-tee-2', buyer, markup);
    assert.equal(created.status, 201, created.text);
    const [shown] = (await reviews('alpha-tee-2')).items;
    assert.deepEqual([shown?.title, shown?.body], [markup.title, markup.body]);

    const other = await buy(server, ['canvas-tote'], 'eve@example.com');
    for (const body of [
      { rating: 6, title: 'x', body: 'x' },
      { rating: 4.5, title: 'x', body: 'x' },
      { rating: 3, title: '   ', body: 'x' },
      { rating: 3, title: 'Two\nlines', body: 'x' },
      { rating: 3, title: 'x', body: 'nul\u0000here' },
      { rating: 3, title: 'x'.repeat(121), body: 'x' },
      { rating: 3, title: 'x', body: 'x'.repeat(5001) },
      { rating: 3, title: 'x', body: 'x', verified: true },
    ]) {
      const response = await postReview(server, 'canvas-tote', other, body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal((response.body as unknown as ErrorJson).error.code, 'validation_failed');
    }
  });
});

describe('editing and deleting', () => {
  test('the author edits and deletes their review; anyone else gets 404; the rating follows', async () => {
    const buyer = await buy(server, ['rain-jacket'], 'lin@example.com');
    const stranger = await buy(server, ['rain-jacket'], 'sam@example.com');
    const created = (
      await postReview(server, 'rain-jacket', buyer, { rating: 2, title: 'Leaks', body: 'At the seams.' })
    ).body;
    const path = `/api/products/rain-jacket/reviews/${created.id}`;

    const notTheirs = await server.send(`${path}?${proofQuery(stranger)}`, { rating: 1 }, { method: 'PATCH' });
    assert.equal(notTheirs.status, 404);
    const edited = await server.send<{ rating: number; title: string; body: string }>(
      `${path}?${proofQuery(buyer)}`,
      { rating: 5 },
      { method: 'PATCH' },
    );
    assert.equal(edited.status, 200, edited.text);
    assert.deepEqual([edited.body.rating, edited.body.title, edited.body.body], [5, 'Leaks', 'At the seams.']);
    assert.equal((await reviews('rain-jacket')).summary.average, 5);

    assert.equal((await server.get(`${path}?${proofQuery(stranger)}`, { method: 'DELETE' })).status, 404);
    assert.equal((await server.get(`${path}?${proofQuery(buyer)}`, { method: 'DELETE' })).status, 204);
    const after = await reviews('rain-jacket');
    assert.deepEqual([after.items.length, after.summary.count, after.summary.average], [0, 0, null]);
    const product = (await server.get<{ rating: number | null; reviewCount: number }>('/api/products/rain-jacket'))
      .body;
    assert.deepEqual([product.rating, product.reviewCount], [null, 0]);
  });
});

describe('listing', () => {
  test('unknown products are 404; sorts and paging cover every review once', async () => {
    assert.equal((await server.get('/api/products/no-such-thing/reviews')).status, 404);
    assert.equal((await server.get('/api/products/lantern-mug/reviews?sort=best')).status, 400);
    assert.equal((await server.get('/api/products/lantern-mug/reviews?cursor=abc')).status, 400);
    const stars = [3, 5, 1, 4, 5, 2];
    for (const [index, rating] of stars.entries()) {
      const buyer = await buy(server, ['sticker-1'], `socks${index}@example.com`);
      assert.equal(
        (await postReview(server, 'sticker-1', buyer, { rating, title: `No. ${index}`, body: 'Warm.' })).status,
        201,
      );
    }
    for (const sort of ['newest', 'highest', 'lowest', 'helpful']) {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page: ReviewList = await reviews(
          'sticker-1',
          `?sort=${sort}&limit=4${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...page.items.map((item) => item.rating));
        cursor = page.nextCursor;
      } while (cursor);
      assert.equal(seen.length, stars.length, sort);
      if (sort === 'highest')
        assert.deepEqual(
          seen,
          [...stars].sort((a, b) => b - a),
        );
      if (sort === 'lowest')
        assert.deepEqual(
          seen,
          [...stars].sort((a, b) => a - b),
        );
      if (sort === 'newest') assert.deepEqual(seen, [...stars].reverse());
    }
    const first = await reviews('sticker-1', '?sort=highest&limit=2');
    assert.equal(
      (await server.get(`/api/products/sticker-1/reviews?sort=lowest&cursor=${first.nextCursor}`)).status,
      400,
    );
    assert.deepEqual((await reviews('sticker-1')).summary, {
      average: 3.33,
      count: 6,
      distribution: { '1': 1, '2': 1, '3': 1, '4': 1, '5': 2 },
    });
  });
});
