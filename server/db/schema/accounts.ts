import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
