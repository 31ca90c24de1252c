import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * People who sign in: customers and the shop's admins. Passwords are kept only as scrypt hashes, session
 * tokens only as their SHA-256, so a copy of the database opens no account.
 */

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    /** As the person typed it, for display and mail. */
    email: text('email').notNull(),
    /** The email trimmed and lowercased: one account per address, however it is spelled. */
    emailKey: text('email_key').notNull().unique(),
    name: text('name'),
    /** `scrypt$<log2 N>$<r>$<p>$<salt>$<key>`, see server/accounts/password.ts. */
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ['customer', 'admin'] }).notNull(),
    /** When the person opened the link mailed to `email`; past guest orders with the email join only then. */
    emailVerifiedAt: text('email_verified_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('users_role_check', sql`${t.role} IN ('customer', 'admin')`)],
);

export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** SHA-256 of the bearer token; the token itself is only ever in the client's hands. */
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Sign-in tries per email since its last success (`failures`: a try is counted before its password is
 * checked, and a success deletes the row), whether or not an account has the email, so the lock says
 * nothing about which accounts exist. `last_failed_at` (the latest try) lets the sweep forget old rows.
 */
export const signInThrottle = sqliteTable(
  'sign_in_throttle',
  {
    emailKey: text('email_key').primaryKey(),
    failures: integer('failures').notNull(),
    lockedUntil: text('locked_until'),
    lastFailedAt: text('last_failed_at').notNull(),
  },
  (t) => [index('sign_in_throttle_failed_idx').on(t.lastFailedAt)],
);

/** A customer's address book. One address at most is the default, which checkout offers first. */
export const customerAddresses = sqliteTable(
  'customer_addresses',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The wire `Address`, checked by the checkout's rules when saved. */
    address: text('address', { mode: 'json' }).notNull(),
    isDefault: integer('is_default', { mode: 'boolean' }).notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('customer_addresses_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('customer_addresses_default_idx')
      .on(t.userId)
      .where(sql`${t.isDefault} = 1`),
  ],
);

/**
 * Single-use links mailed to a person: verifying an email, resetting a password. Only the token's SHA-256
 * is kept, and using one deletes it. `email_key` is the address a verification was sent to, so a link
 * verifies only the email the account had when it was mailed.
 */
export const accountTokens = sqliteTable(
  'account_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: ['verify_email', 'reset_password'] }).notNull(),
    emailKey: text('email_key').notNull(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [
    index('account_tokens_user_idx').on(t.userId, t.purpose),
    index('account_tokens_expires_idx').on(t.expiresAt),
    check('account_tokens_purpose_check', sql`${t.purpose} IN ('verify_email', 'reset_password')`),
  ],
);

/**
 * Emails the shop sends on request (sign-up, password reset, verification), counted per action and email
 * in fixed windows, so nobody can make the shop mail an address over and over.
 */
export const mailThrottle = sqliteTable('mail_throttle', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  windowEndsAt: text('window_ends_at').notNull(),
});
