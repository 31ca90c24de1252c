import type { ShopSettings } from '../shop/shop.ts';
import { ORDER_PARAM, PAYMENT_PARAM } from './access.ts';
import { ReturnUrlNotAllowedError } from './errors.ts';

/**
 * Where a shopper comes back after paying. Only this server's origin and the ones the shop owner
 * allowed may be named, or anyone could use the shop's payment pages to bounce shoppers to a page of
 * their own. Outside production the origin the request was addressed to counts as this server's too
 * (`localhost` and `127.0.0.1` both work); in production only `PUBLIC_URL` does, because the Host
 * header that origin comes from is the client's to choose.
 */
export function checkReturnUrl(
  settings: Pick<ShopSettings, 'publicUrl' | 'allowedOrigins' | 'production'>,
  requestOrigin: string,
  returnUrl: string,
): URL {
  const url = new URL(returnUrl);
  const own = settings.production ? [] : [requestOrigin];
  const allowed = new Set([new URL(settings.publicUrl).origin, ...own, ...settings.allowedOrigins]);
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !allowed.has(url.origin)) {
    throw new ReturnUrlNotAllowedError(url.origin === 'null' ? url.protocol : url.origin);
  }
  return url;
}

/** The return URL with the order id added, so the landing page knows which order to ask the server about. */
export function landingUrl(returnUrl: URL, orderId: string): string {
  const url = new URL(returnUrl);
  url.searchParams.set(ORDER_PARAM, orderId);
  return url.href;
}

/** Where the payment page's cancel link goes: the landing page, told that the shopper left without paying. */
export function cancelLandingUrl(returnUrl: URL, orderId: string): string {
  const url = new URL(landingUrl(returnUrl, orderId));
  url.searchParams.set(PAYMENT_PARAM, 'cancelled');
  return url.href;
}
