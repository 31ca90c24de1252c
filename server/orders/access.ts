import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ShopSettings } from '../shop/shop.ts';

/**
 * Who may read an order: the browser that placed it (a random access token, stored only as its
 * SHA-256), or whoever holds the signed link from the confirmation email (an HMAC of the order id).
 * Both arrive as `?token=`. SHA-256 suffices for the token: it is 256 random bits, not a password.
 */

const ACCESS_PREFIX = 'oat_';
const LINK_PREFIX = 'sig_';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newAccessToken(): { token: string; hash: string } {
  const token = ACCESS_PREFIX + randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

function signOrderLink(secret: string, orderId: string): string {
  return LINK_PREFIX + createHmac('sha256', secret).update(`order-link:v1:${orderId}`).digest('base64url');
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Whether `token` opens the order, compared in constant time. */
export function tokenOpensOrder(order: { id: string; accessTokenHash: string }, token: string, secret: string): boolean {
  if (token.startsWith(LINK_PREFIX)) return sameText(token, signOrderLink(secret, order.id));
  return token.startsWith(ACCESS_PREFIX) && sameText(hashToken(token), order.accessTokenHash);
}

/** Query parameters the order page reads (`<order-status>`): the order id and a token that opens it. */
export const ORDER_PARAM = 'storelet_order';
export const TOKEN_PARAM = 'storelet_token';
/** Added by the payment page's cancel link: the shopper came back without paying. */
export const PAYMENT_PARAM = 'storelet_payment';

/** The signed link to the order page, for the confirmation email. */
export function orderLinkUrl(settings: Pick<ShopSettings, 'orderPageUrl' | 'orderLinkSecret'>, orderId: string): string {
  const url = new URL(settings.orderPageUrl);
  url.searchParams.set(ORDER_PARAM, orderId);
  url.searchParams.set(TOKEN_PARAM, signOrderLink(settings.orderLinkSecret, orderId));
  return url.href;
}
