import type { Database, Statement } from 'better-sqlite3';
import type { ReviewModeration, ReviewSort, ReviewStatus } from '../../../sdk/schemas/index.ts';
import type { CatalogVersion } from '../catalog-version.ts';
import type { Keyset } from '../cursor.ts';
import type {
  AdminReviewFilter,
  AdminReviewRecord,
  DueReviewRequest,
  Purchase,
  RatingCounts,
  ReviewChanges,
  ReviewRecord,
  ReviewRepository,
} from '../reviews.ts';
import { ratingDelta, REVIEW_COLUMNS, REVIEW_SORT_KEYS, toReviewRecord, type ReviewRow } from './review-rows.ts';
import { ReviewRequestStatements } from './review-requests.ts';

type PageParams = { productId: string; afterKey: string | null; afterId: string | null; limit: number };
type AdminParams = {
  status: string | null;
  rating: number | null;
  productId: string | null;
  afterKey: string | null;
  afterId: string | null;
  limit: number;
};
type Moderation = { status?: 'published' | 'hidden'; reply?: string | null };

const PAID = `('paid', 'partially_refunded')`;

/**
 * Reviews on SQLite. Every write that can change what a product's rating shows runs in one IMMEDIATE
 * transaction (the write lock taken before the review is read), moves `products.review_count` and
 * `rating_total` by the change, and bumps the catalog version so cached product pages are dropped.
 */
export class SqliteReviewRepository implements ReviewRepository {
  readonly #version: CatalogVersion;
  readonly #requests: ReviewRequestStatements;
  readonly #purchase: Statement<
    [{ productId: string; userId: string; emailKey: string | null }],
    { order_id: string; email: string; address: string }
  >;
  readonly #product: Statement<[string, string], { id: string }>;
  readonly #byId: Statement<[string], ReviewRow>;
  readonly #byAuthor: Statement<[string, string], ReviewRow>;
  readonly #pages = new Map<ReviewSort, Statement<[PageParams], ReviewRow & { sort_key: string }>>();
  readonly #counts: Statement<[string], { rating: number; n: number }>;
  readonly #admin: Statement<[AdminParams], ReviewRow & { product_title: string; product_handle: string }>;
  readonly #moderation: Statement<[], { moderation: ReviewModeration }>;
  readonly #setModeration: Statement<[{ moderation: ReviewModeration; at: string }]>;
  readonly #create: (review: ReviewRecord) => boolean;
  readonly #update: (
    id: string,
    authorKey: string,
    changes: ReviewChanges,
    status: ReviewStatus,
    at: string,
  ) => ReviewRecord | null;
  readonly #delete: (id: string, authorKey: string) => boolean;
  readonly #moderate: (id: string, change: Moderation, at: string) => ReviewRecord | null;
  readonly #listPublished: (
    productId: string,
    sort: ReviewSort,
    after: Keyset | null,
    limit: number,
  ) => {
    rows: ReviewRecord[];
    keys: string[];
    counts: RatingCounts;
  };
  readonly #vote: (reviewId: string, voterKey: string, at: string) => { helpfulCount: number; counted: boolean } | null;
  readonly #sqlite: Database;

  constructor(sqlite: Database, version: CatalogVersion) {
    this.#sqlite = sqlite;
    this.#version = version;
    this.#requests = new ReviewRequestStatements(sqlite);
    this.#purchase = sqlite.prepare(`
      SELECT o.id AS order_id, o.email, o.shipping_address AS address FROM orders o
      WHERE o.payment_status IN ${PAID} AND (o.user_id = @userId OR lower(o.email) = @emailKey)
        AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND l.product_id = @productId)
      ORDER BY o.paid_at LIMIT 1`);
    this.#product = sqlite.prepare('SELECT id FROM products WHERE id = ? OR handle = ?');
    this.#byId = sqlite.prepare(`SELECT ${REVIEW_COLUMNS} FROM reviews r WHERE r.id = ?`);
    this.#byAuthor = sqlite.prepare(
      `SELECT ${REVIEW_COLUMNS} FROM reviews r WHERE r.product_id = ? AND r.author_key = ?`,
    );
    this.#counts = sqlite.prepare(`
      SELECT rating, count(*) AS n FROM reviews WHERE product_id = ? AND status = 'published' GROUP BY rating`);
    this.#admin = sqlite.prepare(`
      SELECT ${REVIEW_COLUMNS}, p.title AS product_title, p.handle AS product_handle
      FROM reviews r JOIN products p ON p.id = r.product_id
      WHERE (@status IS NULL OR r.status = @status) AND (@rating IS NULL OR r.rating = @rating)
        AND (@productId IS NULL OR r.product_id = @productId)
        AND (@afterKey IS NULL OR (r.created_at, r.id) < (@afterKey, @afterId))
      ORDER BY r.created_at DESC, r.id DESC LIMIT @limit`);
    this.#moderation = sqlite.prepare('SELECT moderation FROM review_settings WHERE id = 1');
    this.#setModeration = sqlite.prepare(`
      INSERT INTO review_settings (id, moderation, updated_at) VALUES (1, @moderation, @at)
      ON CONFLICT (id) DO UPDATE SET moderation = @moderation, updated_at = @at`);

    const insert = sqlite.prepare(`
      INSERT INTO reviews (id, product_id, author_key, user_id, order_id, author_name, rating, title, body, status,
        helpful_count, reply, replied_at, created_at, updated_at)
      VALUES (@id, @productId, @authorKey, @userId, @orderId, @authorName, @rating, @title, @body, @status,
        0, NULL, NULL, @createdAt, @updatedAt)
      ON CONFLICT (product_id, author_key) DO NOTHING`);
    const count = sqlite.prepare<[number, number, string]>(
      'UPDATE products SET review_count = review_count + ?, rating_total = rating_total + ? WHERE id = ?',
    );
    const write = sqlite.prepare(`
      UPDATE reviews SET rating = @rating, title = @title, body = @body, status = @status, reply = @reply,
        replied_at = @repliedAt, updated_at = @updatedAt WHERE id = @id`);
    const remove = sqlite.prepare('DELETE FROM reviews WHERE id = ?');
    const recount = (productId: string, before: ReviewRecord | null, after: ReviewRecord | null) => {
      const delta = ratingDelta(before, after);
      if (delta.count === 0 && delta.total === 0) return;
      count.run(delta.count, delta.total, productId);
      this.#version.bump();
    };
    const replace = (before: ReviewRecord, after: ReviewRecord) => {
      write.run(after);
      recount(before.productId, before, after);
      return after;
    };

    this.#create = sqlite.transaction((review: ReviewRecord) => {
      if (insert.run(review).changes === 0) return false;
      recount(review.productId, null, review);
      return true;
    }).immediate;
    this.#update = sqlite.transaction(
      (id: string, authorKey: string, changes: ReviewChanges, status: ReviewStatus, at: string) => {
        const row = this.#byId.get(id);
        if (!row || row.author_key !== authorKey) return null;
        const before = toReviewRecord(row);
        return replace(before, { ...before, ...changes, status, updatedAt: at });
      },
    ).immediate;
    this.#delete = sqlite.transaction((id: string, authorKey: string) => {
      const row = this.#byId.get(id);
      if (!row || row.author_key !== authorKey) return false;
      remove.run(id);
      recount(row.product_id, toReviewRecord(row), null);
      return true;
    }).immediate;
    this.#moderate = sqlite.transaction((id: string, change: Moderation, at: string) => {
      const row = this.#byId.get(id);
      if (!row) return null;
      const before = toReviewRecord(row);
      const after = { ...before, status: change.status ?? before.status };
      if (change.reply !== undefined)
        Object.assign(after, { reply: change.reply, repliedAt: change.reply === null ? null : at });
      return replace(before, after);
    }).immediate;

    // One read transaction: the page and the counts come from the same snapshot.
    this.#listPublished = sqlite.transaction(
      (productId: string, sort: ReviewSort, after: Keyset | null, limit: number) => {
        const rows = this.#page(sort).all({
          productId,
          afterKey: after ? String(after.key) : null,
          afterId: after?.id ?? null,
          limit,
        });
        const byStars: RatingCounts['byStars'] = [0, 0, 0, 0, 0];
        let total = 0;
        for (const { rating, n } of this.#counts.all(productId)) {
          byStars[rating - 1] = n;
          total += rating * n;
        }
        return {
          rows: rows.map(toReviewRecord),
          keys: rows.map((row) => row.sort_key),
          counts: { count: byStars.reduce((sum, n) => sum + n, 0), total, byStars },
        };
      },
    );

    const addVote = sqlite.prepare(`
      INSERT INTO review_votes (review_id, voter_key, created_at) SELECT id, @voterKey, @at FROM reviews
      WHERE id = @reviewId AND status = 'published' ON CONFLICT DO NOTHING`);
    const countVote = sqlite.prepare(`UPDATE reviews SET helpful_count = helpful_count + 1 WHERE id = ?`);
    const published = sqlite.prepare<[string], { helpful_count: number }>(
      `SELECT helpful_count FROM reviews WHERE id = ? AND status = 'published'`,
    );
    this.#vote = sqlite.transaction((reviewId: string, voterKey: string, at: string) => {
      const counted = addVote.run({ reviewId, voterKey, at }).changes > 0;
      if (counted) countVote.run(reviewId);
      const row = published.get(reviewId);
      return row ? { helpfulCount: row.helpful_count, counted } : null;
    }).immediate;
  }

  #page(sort: ReviewSort): Statement<[PageParams], ReviewRow & { sort_key: string }> {
    let statement = this.#pages.get(sort);
    if (!statement) {
      const key = REVIEW_SORT_KEYS[sort];
      statement = this.#sqlite.prepare(`
        SELECT ${REVIEW_COLUMNS}, ${key} AS sort_key FROM reviews r
        WHERE r.product_id = @productId AND r.status = 'published'
          AND (@afterKey IS NULL OR (${key}, r.id) < (@afterKey, @afterId))
        ORDER BY ${key} DESC, r.id DESC LIMIT @limit`);
      this.#pages.set(sort, statement);
    }
    return statement;
  }

  async findPurchaseByAccount(productId: string, userId: string, emailKey: string | null): Promise<Purchase | null> {
    const row = this.#purchase.get({ productId, userId, emailKey });
    if (!row) return null;
    const address = JSON.parse(row.address) as { name?: string };
    return { orderId: row.order_id, email: row.email, addressName: address.name ?? '' };
  }

  async resolveProduct(idOrHandle: string): Promise<string | null> {
    return this.#product.get(idOrHandle, idOrHandle)?.id ?? null;
  }

  async create(review: ReviewRecord): Promise<boolean> {
    return this.#create(review);
  }

  async find(id: string): Promise<ReviewRecord | null> {
    const row = this.#byId.get(id);
    return row ? toReviewRecord(row) : null;
  }

  async findByAuthor(productId: string, authorKey: string): Promise<ReviewRecord | null> {
    const row = this.#byAuthor.get(productId, authorKey);
    return row ? toReviewRecord(row) : null;
  }

  async update(
    id: string,
    authorKey: string,
    changes: ReviewChanges,
    status: ReviewStatus,
    at: string,
  ): Promise<ReviewRecord | null> {
    return this.#update(id, authorKey, changes, status, at);
  }

  async delete(id: string, authorKey: string): Promise<boolean> {
    return this.#delete(id, authorKey);
  }

  async moderate(id: string, change: Moderation, at: string): Promise<ReviewRecord | null> {
    return this.#moderate(id, change, at);
  }

  async listPublished(productId: string, sort: ReviewSort, after: Keyset | null, limit: number) {
    return this.#listPublished(productId, sort, after, limit);
  }

  async listForAdmin(filter: AdminReviewFilter, after: Keyset | null, limit: number): Promise<AdminReviewRecord[]> {
    const rows = this.#admin.all({
      status: filter.status ?? null,
      rating: filter.rating ?? null,
      productId: filter.productId ?? null,
      afterKey: after ? String(after.key) : null,
      afterId: after?.id ?? null,
      limit,
    });
    return rows.map((row) => ({
      ...toReviewRecord(row),
      productTitle: row.product_title,
      productHandle: row.product_handle,
    }));
  }

  async vote(reviewId: string, voterKey: string, at: string) {
    return this.#vote(reviewId, voterKey, at);
  }

  async getModeration(): Promise<ReviewModeration> {
    return this.#moderation.get()?.moderation ?? 'publish';
  }

  async setModeration(moderation: ReviewModeration, at: string): Promise<void> {
    this.#setModeration.run({ moderation, at });
  }

  async dueReviewRequests(
    readyFrom: string,
    readyTo: string,
    staleBefore: string,
    limit: number,
  ): Promise<DueReviewRequest[]> {
    return this.#requests.due(readyFrom, readyTo, staleBefore, limit);
  }

  async claimReviewRequest(orderId: string, at: string, staleBefore: string): Promise<boolean> {
    return this.#requests.claim(orderId, at, staleBefore);
  }

  async markReviewRequestSent(orderId: string, at: string): Promise<void> {
    this.#requests.sent(orderId, at);
  }
}
