import type { OrderRecord } from '../data/orders.ts';
import { reviewRequestEmail } from '../email/review-request.ts';
import { orderLinkUrl, ORDER_PARAM, TOKEN_PARAM } from '../orders/access.ts';
import type { Shop } from '../shop/shop.ts';
import { firstName } from './reviewer.ts';

/** Query parameter of a review-request link: the product whose review form opens (`<product-reviews>` reads it). */
export const REVIEW_PARAM = 'storelet_review';

const DAY_MS = 86_400_000;
/** Orders ready longer ago than the delay plus this are not asked any more (a first start on an old shop mails no one). */
const LATE_DAYS = 30;
const CLAIM_MS = 10 * 60_000;
const BATCH = 50;

/**
 * The review form's link for one product of the order: its page, with the order and a signed token that
 * proves the purchase (valid as long as an order link is).
 */
export function reviewUrl(shop: Shop, order: OrderRecord, product: { id: string; handle: string }): string {
  const signed = new URL(orderLinkUrl(shop.settings, order.id, shop.now()));
  const url = new URL(shop.settings.productPageUrl.replace('{handle}', encodeURIComponent(product.handle)));
  url.searchParams.set(REVIEW_PARAM, product.id);
  url.searchParams.set(ORDER_PARAM, order.id);
  url.searchParams.set(TOKEN_PARAM, signed.searchParams.get(TOKEN_PARAM) ?? '');
  return url.href;
}

/** Sends one order's review request unless another sender holds it or it went out; answers whether it sent. */
async function sendReviewRequest(shop: Shop, orderId: string): Promise<boolean> {
  const now = shop.now();
  const staleBefore = new Date(now.getTime() - CLAIM_MS).toISOString();
  if (!(await shop.data.reviews.claimReviewRequest(orderId, now.toISOString(), staleBefore))) return false;
  const order = await shop.data.orders.findOrder(orderId);
  if (!order) return false;
  const products = [];
  for (const productId of new Set(order.lines.map((line) => line.productId))) {
    const product = await shop.data.catalog.getProduct(productId);
    if (product) products.push({ title: product.title, reviewUrl: reviewUrl(shop, order, product) });
  }
  if (products.length > 0) {
    await shop.mailer.send(
      reviewRequestEmail({
        shopName: shop.settings.shopName,
        orderNumber: order.number,
        email: order.email,
        firstName: order.shippingAddress.name ? firstName(order.shippingAddress.name) : null,
        products,
      }),
    );
  }
  await shop.data.reviews.markReviewRequestSent(orderId, shop.now().toISOString());
  return products.length > 0;
}

/**
 * Asks buyers for reviews `reviewRequestDays` after their order arrived (its last parcel delivered), each order
 * once; in a shop that records no shipments, after payment.
 */
export async function sendDueReviewRequests(shop: Shop): Promise<number> {
  const now = shop.now().getTime();
  const readyTo = new Date(now - shop.settings.reviewRequestDays * DAY_MS).toISOString();
  const readyFrom = new Date(now - (shop.settings.reviewRequestDays + LATE_DAYS) * DAY_MS).toISOString();
  const staleBefore = new Date(now - CLAIM_MS).toISOString();
  let sent = 0;
  for (const due of await shop.data.reviews.dueReviewRequests(readyFrom, readyTo, staleBefore, BATCH)) {
    try {
      if (await sendReviewRequest(shop, due.orderId)) sent++;
    } catch (error) {
      shop.log(`Could not send the review request for order ${due.orderId}; will try again`, error);
    }
  }
  return sent;
}
