import { createHash, randomBytes } from 'node:crypto';
import type { TokenPurpose } from '../data/customers.ts';
import type { Shop } from '../shop/shop.ts';

/**
 * Single-use links the shop mails: verify an email, reset a password. The token is 256 random bits, kept
 * only as its SHA-256 (like a session token), and deleted when it is used.
 */

const HOUR_MS = 60 * 60 * 1000;

/** A reset link opens the account: it lasts an hour. A verification link only confirms an address: two days. */
export const LINK_LIFETIME_MS: Record<TokenPurpose, number> = {
  reset_password: HOUR_MS,
  verify_email: 48 * HOUR_MS,
};

/** The query parameter of the account page that carries each kind of link's token. */
export const LINK_PARAM: Record<TokenPurpose, string> = {
  verify_email: 'storelet_verify',
  reset_password: 'storelet_reset',
};

const PREFIX: Record<TokenPurpose, string> = { verify_email: 'svt_', reset_password: 'srt_' };

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether `token` could be a link token of this purpose at all; anything else is not looked up. */
export function isLinkToken(token: string, purpose: TokenPurpose): boolean {
  return token.startsWith(PREFIX[purpose]) && /^s[vr]t_[\w-]{43}$/.test(token);
}

/** Makes and stores a new link for the account and answers its URL on the account page. */
export async function createMailedLink(
  shop: Shop,
  user: { id: string; emailKey: string },
  purpose: TokenPurpose,
): Promise<string> {
  const token = PREFIX[purpose] + randomBytes(32).toString('base64url');
  const now = shop.now();
  await shop.data.customers.insertToken({
    tokenHash: hashLinkToken(token),
    userId: user.id,
    purpose,
    emailKey: user.emailKey,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS[purpose]).toISOString(),
  });
  const url = new URL(shop.settings.accountPageUrl);
  url.searchParams.set(LINK_PARAM[purpose], token);
  return url.href;
}
