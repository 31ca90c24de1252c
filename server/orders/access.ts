import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ShopSettings } from '../shop/shop.ts';

/**
 * Who may read an order: the browser that placed it (a random access token, stored only as its
 * SHA-256), or whoever holds the signed link from the confirmation email (an HMAC of the order id and
 * the link's expiry). Both arrive as `?token=`. SHA-256 suffices for the token: it is 256 random bits,
 * not a password.
 */

/**
 * How long an emailed link opens its order: long enough to follow the parcel and ask for a return, and
 * not for ever, since an old email is easily forwarded or left in a shared mailbox.
 */
export const ORDER_LINK_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

const ACCESS_PREFIX = 'oat_';
const LINK_PREFIX = 'sig_';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newAccessToken(): { token: string; hash: string } {
  const token = ACCESS_PREFIX + randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

/** `sig_<expiry, epoch seconds in base 36>.<HMAC>`: the expiry is in the link, and signed with the order id. */
function signOrderLink(secret: string, orderId: string, expires: string): string {
  return `${LINK_PREFIX}${expires}.${createHmac('sha256', secret).update(`order-link:v2:${orderId}:${expires}`).digest('base64url')}`;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Whether `token` opens the order at `now`, compared in constant time. */
export function tokenOpensOrder(
  order: { id: string; accessTokenHash: string },
  token: string,
  secret: string,
  now: Date,
): boolean {
  if (token.startsWith(LINK_PREFIX)) {
    const expires = /^sig_([0-9a-z]{1,10})\./.exec(token)?.[1];
    if (!expires || parseInt(expires, 36) * 1000 <= now.getTime()) return false;
    return sameText(token, signOrderLink(secret, order.id, expires));
  }
  return token.startsWith(ACCESS_PREFIX) && sameText(hashToken(token), order.accessTokenHash);
}

/** Query parameters the order page reads (`<order-status>`): the order id and a token that opens it. */
export const ORDER_PARAM = 'storelet_order';
export const TOKEN_PARAM = 'storelet_token';
/** Added by the payment page's cancel link: the shopper came back without paying. */
export const PAYMENT_PARAM = 'storelet_payment';

/** A token that opens the order until `expiresAt` (the order lookup's answer): the emailed link's kind, shorter-lived. */
export function orderAccessToken(secret: string, orderId: string, expiresAt: Date): string {
  return signOrderLink(secret, orderId, Math.floor(expiresAt.getTime() / 1000).toString(36));
}

/** The signed link to the order page, for the confirmation email sent at `now`; it opens the order for ORDER_LINK_DAYS. */
export function orderLinkUrl(
  settings: Pick<ShopSettings, 'orderPageUrl' | 'orderLinkSecret'>,
  orderId: string,
  now: Date,
): string {
  const url = new URL(settings.orderPageUrl);
  const expires = Math.floor((now.getTime() + ORDER_LINK_DAYS * DAY_MS) / 1000).toString(36);
  url.searchParams.set(ORDER_PARAM, orderId);
  url.searchParams.set(TOKEN_PARAM, signOrderLink(settings.orderLinkSecret, orderId, expires));
  return url.href;
}
