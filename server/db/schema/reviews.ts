import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { products } from './catalog.ts';

/**
 * Reviews by verified buyers, their helpful votes, the owner's moderation setting and the review-request
 * emails sent. A product's published count and star total are kept on `products` (review_count,
 * rating_total) by the same transactions that publish, hide, edit or delete a review.
 */

export const reviews = sqliteTable(
  'reviews',
  {
    id: text('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    /** The buyer: the lowercased email of the paid order that made them one. One review per buyer and product. */
    authorKey: text('author_key').notNull(),
    /** The signed-in account that wrote it, when one did. */
    userId: text('user_id'),
    /** The paid order that made the author a verified buyer. No foreign key: the review outlives a purge. */
    orderId: text('order_id').notNull(),
    /** The first name shown with the review. */
    authorName: text('author_name').notNull(),
    rating: integer('rating').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: ['published', 'pending', 'hidden'] }).notNull(),
    helpfulCount: integer('helpful_count').notNull().default(0),
    /** The shop's public answer. */
    reply: text('reply'),
    repliedAt: text('replied_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('reviews_author_idx').on(t.productId, t.authorKey),
    index('reviews_product_idx').on(t.productId, t.status, t.createdAt, t.id),
    index('reviews_created_idx').on(t.createdAt, t.id),
    check('reviews_rating_check', sql`${t.rating} BETWEEN 1 AND 5`),
    check('reviews_helpful_check', sql`${t.helpfulCount} >= 0`),
  ],
);

/** One "helpful" per visitor and review; `voter_key` is the SHA-256 of the visitor's random id. */
export const reviewVotes = sqliteTable(
  'review_votes',
  {
    reviewId: text('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    voterKey: text('voter_key').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.voterKey] })],
);

/** The owner's choices for reviews: one row, `id` 1. Absent means publish at once. */
export const reviewSettings = sqliteTable('review_settings', {
  id: integer('id').primaryKey(),
  moderation: text('moderation', { enum: ['publish', 'approve'] }).notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Review-request emails: claimed before sending (so two sweeps never mail twice), then marked sent. */
export const reviewRequests = sqliteTable('review_requests', {
  orderId: text('order_id').primaryKey(),
  claimedAt: text('claimed_at').notNull(),
  sentAt: text('sent_at'),
});
