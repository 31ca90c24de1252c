import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  AdminReview,
  AdminReviewList,
  HelpfulVote,
  Product,
  ProductList,
  ReviewList,
} from '../../sdk/schemas/index.ts';
import { bearer, createUser, signInToken } from '../accounts/test-support/users.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { buy, postReview } from './test-support/buy.ts';

/** The owner's side: moderation, hiding, replies; and what every shopper sees follow it exactly. */
let server: TestServer;
let admin: RequestInit;
before(async () => {
  server = await startTestServer();
  await createUser(server.data, 'owner@example.com', 'a long admin password', 'admin');
  admin = bearer(await signInToken(server, 'owner@example.com', 'a long admin password'));
});
after(() => server.close());

const summaryOf = async (product: string) => (await server.get<ReviewList>(`/api/products/${product}/reviews`)).body;
const productOf = async (handle: string) => (await server.get<Product>(`/api/products/${handle}`)).body;
const moderate = (id: string, body: object, init = admin) =>
  server.send<AdminReview>(`/api/admin/reviews/${id}`, body, { ...init, method: 'PATCH' });

describe('parallel reviews', () => {
  test('twenty buyers reviewing at once leave the average and counts exact', async () => {
    const stars = Array.from({ length: 20 }, (_, index) => (index % 5) + 1);
    const buyers = [];
    for (const [index] of stars.entries()) buyers.push(await buy(server, ['sticker-2'], `p${index}@example.com`));
    await productOf('sticker-2');
    const answers = await Promise.all(
      buyers.map((buyer, index) =>
        postReview(server, 'sticker-2', buyer, { rating: stars[index], title: 'T', body: 'B' }),
      ),
    );
    assert.deepEqual(
      answers.map((answer) => answer.status),
      stars.map(() => 201),
    );
    const list = await summaryOf('sticker-2');
    assert.deepEqual(list.summary, { average: 3, count: 20, distribution: { '1': 4, '2': 4, '3': 4, '4': 4, '5': 4 } });
    // The cached product page was dropped when the ratings moved.
    const product = await productOf('sticker-2');
    assert.deepEqual([product.rating, product.reviewCount], [3, 20]);
    const stored = server.sqlite
      .prepare(`SELECT review_count, rating_total FROM products WHERE handle = 'sticker-2'`)
      .get();
    assert.deepEqual(stored, { review_count: 20, rating_total: 60 });
  });
});

describe('moderation', () => {
  test('the admin API needs an admin', async () => {
    await createUser(server.data, 'shopper@example.com', 'a long customer password');
    const shopper = bearer(await signInToken(server, 'shopper@example.com', 'a long customer password'));
    assert.equal((await server.get('/api/admin/reviews')).status, 401);
    assert.equal((await server.get('/api/admin/reviews', shopper)).status, 403);
    assert.equal((await moderate('rev_x', { status: 'hidden' }, shopper)).status, 403);
    assert.equal(
      (await server.send('/api/admin/review-settings', { moderation: 'approve' }, { ...shopper, method: 'PUT' }))
        .status,
      403,
    );
    assert.equal((await moderate('rev_unknown', { status: 'hidden' })).status, 404);
  });

  test('a hidden review leaves the list and the average; published again, it comes back', async () => {
    const [kind, harsh] = [
      await buy(server, ['wall-clock'], 'kind@example.com'),
      await buy(server, ['wall-clock'], 'harsh@example.com'),
    ];
    await postReview(server, 'wall-clock', kind, { rating: 5, title: 'Great', body: 'Keeps time.' });
    const unfair = (await postReview(server, 'wall-clock', harsh, { rating: 1, title: 'Bad', body: 'Spam spam.' }))
      .body;
    assert.deepEqual([(await summaryOf('wall-clock')).summary.average, (await productOf('wall-clock')).rating], [3, 3]);

    const hidden = await moderate(unfair.id, { status: 'hidden' });
    assert.equal(hidden.status, 200, hidden.text);
    assert.equal(hidden.body.status, 'hidden');
    const after = await summaryOf('wall-clock');
    assert.deepEqual(
      after.items.map((item) => item.title),
      ['Great'],
    );
    assert.deepEqual(after.summary, { average: 5, count: 1, distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 1 } });
    assert.deepEqual([(await productOf('wall-clock')).rating, (await productOf('wall-clock')).reviewCount], [5, 1]);
    assert.equal(
      (await server.send(`/api/reviews/${unfair.id}/helpful`, { visitorId: 'visitor-aaaaaaaaaaaa' })).status,
      404,
    );
    // Hiding twice moves nothing.
    await moderate(unfair.id, { status: 'hidden' });
    assert.equal((await productOf('wall-clock')).reviewCount, 1);

    await moderate(unfair.id, { status: 'published' });
    assert.deepEqual((await summaryOf('wall-clock')).summary.count, 2);
  });

  test('a reply is public, shown as text, and can be removed', async () => {
    const buyer = await buy(server, ['tea-towel'], 'towel@example.com');
    const review = (await postReview(server, 'tea-towel', buyer, { rating: 4, title: 'Soft', body: 'Dries well.' }))
      .body;
    const replied = await moderate(review.id, { reply: '  Thank you, <Ada>!  ' });
    assert.equal(replied.body.reply?.body, 'Thank you, <Ada>!');
    assert.equal((await summaryOf('tea-towel')).items[0]?.reply?.body, 'Thank you, <Ada>!');
    assert.equal((await moderate(review.id, { reply: null })).body.reply, null);
    assert.equal((await moderate(review.id, { reply: '' })).status, 400);
    assert.equal((await moderate(review.id, { status: 'pending' })).status, 400);
  });

  test('held for approval: a new review waits, invisible, until published; the list filters by status, rating and product', async () => {
    const set = await server.send('/api/admin/review-settings', { moderation: 'approve' }, { ...admin, method: 'PUT' });
    assert.deepEqual(set.body, { moderation: 'approve' });
    try {
      const buyer = await buy(server, ['low-stock-lamp'], 'lamp@example.com');
      const review = (await postReview(server, 'low-stock-lamp', buyer, { rating: 2, title: 'Dim', body: 'Too dim.' }))
        .body;
      assert.equal(review.status, 'pending');
      assert.equal((await summaryOf('low-stock-lamp')).summary.count, 0);
      assert.equal((await productOf('low-stock-lamp')).reviewCount, 0);

      const lamp = await productOf('low-stock-lamp');
      const pending = (await server.get<AdminReviewList>('/api/admin/reviews?status=pending', admin)).body;
      assert.deepEqual(
        pending.items.map((item) => item.id),
        [review.id],
      );
      assert.equal(pending.items[0]?.authorEmail, 'lamp@example.com');
      assert.equal(pending.items[0]?.productTitle, 'Low Stock Lamp');
      const byProduct = (await server.get<AdminReviewList>(`/api/admin/reviews?productId=${lamp.id}&rating=2`, admin))
        .body;
      assert.deepEqual(
        byProduct.items.map((item) => item.id),
        [review.id],
      );
      assert.deepEqual(
        (await server.get<AdminReviewList>(`/api/admin/reviews?productId=${lamp.id}&rating=5`, admin)).body.items,
        [],
      );
      assert.equal((await server.get('/api/admin/reviews?rating=6', admin)).status, 400);

      await moderate(review.id, { status: 'published' });
      assert.equal((await productOf('low-stock-lamp')).rating, 2);
    } finally {
      await server.send('/api/admin/review-settings', { moderation: 'publish' }, { ...admin, method: 'PUT' });
    }
  });

  test('the admin list pages newest first, each review once', async () => {
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page: AdminReviewList = (
        await server.get<AdminReviewList>(`/api/admin/reviews?limit=7${cursor ? `&cursor=${cursor}` : ''}`, admin)
      ).body;
      for (const item of page.items) seen.add(item.id);
      cursor = page.nextCursor;
    } while (cursor);
    const total = server.sqlite.prepare('SELECT count(*) AS n FROM reviews').get() as { n: number };
    assert.equal(seen.size, total.n);
  });
});

describe('the catalog', () => {
  test('sorts by rating, best first, products without reviews last', async () => {
    const items = (await server.get<ProductList>('/api/products?sort=rating&limit=100')).body.items;
    const rated = items.filter((item) => item.reviewCount > 0);
    assert.ok(rated.length >= 3);
    assert.deepEqual(items.slice(0, rated.length), rated, 'the rated come first');
    const ratings = rated.map((item) => item.rating ?? 0);
    assert.deepEqual(
      ratings,
      [...ratings].sort((a, b) => b - a),
    );
  });
});

describe('helpful votes', () => {
  test('once per visitor, and rate limited per address', async () => {
    const buyer = await buy(server, ['sticker-3'], 'helpful@example.com');
    const review = (await postReview(server, 'sticker-3', buyer)).body;
    const vote = (visitorId: string) => server.send<HelpfulVote>(`/api/reviews/${review.id}/helpful`, { visitorId });
    assert.deepEqual((await vote('visitor-one-0000000')).body, { helpfulCount: 1, counted: true });
    assert.deepEqual((await vote('visitor-one-0000000')).body, { helpfulCount: 1, counted: false });
    assert.deepEqual((await vote('visitor-two-0000000')).body, { helpfulCount: 2, counted: true });
    assert.equal((await vote('short')).status, 400);
    assert.equal(
      (await server.send('/api/reviews/rev_nope/helpful', { visitorId: 'visitor-three-00000' })).status,
      404,
    );
    let limited = null;
    for (let index = 0; index < 40 && !limited; index++) {
      const answer = await vote(`visitor-flood-${String(index).padStart(6, '0')}`);
      if (answer.status === 429) limited = answer;
    }
    assert.ok(limited, 'a flood of invented visitors is stopped');
    assert.equal((limited.body as unknown as ErrorJson).error.code, 'rate_limited');
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    const sorted = (await server.get<ReviewList>('/api/products/sticker-3/reviews?sort=helpful')).body.items[0];
    assert.ok((sorted?.helpfulCount ?? 0) >= 2);
  });
});
