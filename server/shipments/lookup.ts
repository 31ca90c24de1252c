import { createHash, timingSafeEqual } from 'node:crypto';
import type { OrderLookupBody, OrderLookupResult } from '../../sdk/schemas/index.ts';
import { emailKey } from '../accounts/view.ts';
import { RateLimitedError } from '../errors.ts';
import { orderAccessToken } from '../orders/access.ts';
import { OrderNotFoundError } from '../orders/errors.ts';
import type { Shop } from '../shop/shop.ts';

/**
 * `POST /api/orders/lookup`: a guest finds their order by its number and email. A wrong number and a
 * wrong email get the same 404, and tries are counted per order number, per email and per caller, so
 * neither half can be guessed from the other.
 */

/** The lookup's token opens the order for a day: enough to follow a parcel, short if a shared screen keeps it. */
const LOOKUP_TOKEN_MS = 24 * 60 * 60_000;
const WINDOW_MS = 10 * 60_000;
/**
 * Tries per order number (guessing the email of a known number), per email (guessing the number of a known
 * email: numbers are sequential), and per caller (higher: many shoppers may share one address behind a NAT).
 */
export const LOOKUP_LIMITS = { perNumber: 10, perEmail: 10, perCaller: 30 };

/** Fixed windows per key, in memory: a lookup is cheap to refuse, and one instance's count is enough of a brake. */
export function createLookupThrottle(windowMs = WINDOW_MS) {
  const windows = new Map<string, { start: number; count: number }>();
  return (keys: [key: string, limit: number][], now: number): void => {
    if (windows.size > 50_000) windows.clear();
    for (const [key, limit] of keys) {
      const window = windows.get(key);
      if (!window || now - window.start >= windowMs) windows.set(key, { start: now, count: 1 });
      else if (++window.count > limit) {
        throw new RateLimitedError(
          Math.ceil((window.start + windowMs - now) / 1000),
          'Too many order lookups. Please wait a few minutes.',
        );
      }
    }
  };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export async function lookupOrder(shop: Shop, body: OrderLookupBody): Promise<OrderLookupResult> {
  const number = body.number.trim().toUpperCase();
  const found = await shop.data.orders.findOrderIdByNumber(number);
  // Compared as digests in constant time, and compared even when no order has the number.
  const matches = timingSafeEqual(digest(found ? emailKey(found.email) : '\u0000'), digest(emailKey(body.email)));
  if (!found || !matches) throw new OrderNotFoundError();
  const expiresAt = new Date(shop.now().getTime() + LOOKUP_TOKEN_MS);
  return {
    orderId: found.id,
    token: orderAccessToken(shop.settings.orderLinkSecret, found.id, expiresAt),
    expiresAt: expiresAt.toISOString(),
  };
}
