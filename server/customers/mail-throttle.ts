import { RateLimitedError } from '../errors.ts';
import type { Shop } from '../shop/shop.ts';

/** Why the shop mails someone on request; each is counted on its own per email. */
export type MailAction = 'sign_up' | 'password_reset' | 'verification';

/** Mails of one kind to one address per window: enough for a lost email and a retry, too few to flood an inbox. */
export const MAILS_PER_WINDOW = 3;
const WINDOW_MS = 60 * 60 * 1000;

/**
 * Counts a request that would mail `emailKey`, whether or not an account has the address (so a refusal
 * says nothing about which accounts exist), and refuses it with 429 past MAILS_PER_WINDOW in the hour.
 */
export async function countMailRequest(shop: Shop, action: MailAction, emailKey: string): Promise<void> {
  const now = shop.now();
  const windowEndsAt = new Date(now.getTime() + WINDOW_MS).toISOString();
  const { count, windowEndsAt: ends } = await shop.data.customers.countMail(
    `${action}:${emailKey}`,
    now.toISOString(),
    windowEndsAt,
  );
  if (count <= MAILS_PER_WINDOW) return;
  const retryAfter = Math.max(1, Math.ceil((Date.parse(ends) - now.getTime()) / 1000));
  throw new RateLimitedError(
    retryAfter,
    `Too many emails asked for this address. Try again in ${Math.ceil(retryAfter / 60)} minutes.`,
  );
}
