import { createHash, randomBytes } from 'node:crypto';
import type { UserRole } from '../../sdk/schemas/index.ts';

/**
 * Session tokens are 256 random bits, so a plain SHA-256 is enough to store them (there is nothing to
 * guess, unlike a password), and it lets a request find its session by one indexed lookup.
 */
const TOKEN_PREFIX = 'sst_';

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newSessionToken(): { token: string; hash: string } {
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  return { token, hash: hashSessionToken(token) };
}

/** Whether a bearer value could be a session token at all; anything else is not looked up. */
export function isSessionToken(value: string): boolean {
  return /^sst_[\w-]{43}$/.test(value);
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * How long a sign-in lasts, fixed at sign-in. An admin token opens every order and design, so it lasts
 * a working day; a customer's sees only their own account, so it lasts a month, like a shop's cookie.
 */
export const SESSION_LIFETIME_MS: Record<UserRole, number> = {
  admin: 12 * HOUR_MS,
  customer: 30 * 24 * HOUR_MS,
};
