import type { Account, ReviewerQuery } from '../../sdk/schemas/index.ts';
import { UnauthorizedError } from '../accounts/errors.ts';
import { emailKey } from '../accounts/view.ts';
import { tokenOpensOrder } from '../orders/access.ts';
import type { Shop } from '../shop/shop.ts';
import { ReviewNotAllowedError } from './errors.ts';

/** Who is writing: the buyer's key (their lowercased email), their account, the paid order and the name shown. */
export type Reviewer = { authorKey: string; userId: string | null; orderId: string; authorName: string };

/** What a request says about its sender: a signed-in account, and a paid order's id and token. */
export type ReviewerProof = { account: Account | undefined; order: ReviewerQuery };

const PAID = new Set(['paid', 'partially_refunded']);

/** The first word of a name, as a review shows its author; a stranger's full name stays private. */
export function firstName(...names: (string | null | undefined)[]): string {
  for (const name of names) {
    const first = name?.trim().split(/\s+/)[0];
    if (first) return first.slice(0, 40);
  }
  return 'Customer';
}

/**
 * The buyer of `productId` behind `proof`, or why not: 401 when nothing identifies the sender, 403 when
 * what does (an order link, an account) shows no paid order for the product. An order link opens only
 * its own order and must hold the product; a signed-in account counts every paid order under its email.
 */
export async function findBuyer(shop: Shop, productId: string, proof: ReviewerProof): Promise<Reviewer> {
  const { orderId, token } = proof.order;
  if (orderId && token) {
    const order = orderId.length <= 64 ? await shop.data.orders.findOrder(orderId) : null;
    const opens = order !== null && tokenOpensOrder(order, token, shop.settings.orderLinkSecret, shop.now());
    if (
      !order ||
      !opens ||
      !PAID.has(order.paymentStatus) ||
      !order.lines.some((line) => line.productId === productId)
    ) {
      throw new ReviewNotAllowedError();
    }
    const signedInSameBuyer = proof.account && emailKey(proof.account.email) === emailKey(order.email);
    return {
      authorKey: emailKey(order.email),
      userId: signedInSameBuyer ? (proof.account?.id ?? null) : null,
      orderId: order.id,
      authorName: firstName(order.shippingAddress.name),
    };
  }
  if (proof.account) {
    const key = emailKey(proof.account.email);
    // Guest orders placed with this email count only once the account has shown it owns the address.
    const verifiedKey = proof.account.emailVerified ? key : null;
    const purchase = await shop.data.reviews.findPurchaseByAccount(productId, proof.account.id, verifiedKey);
    if (!purchase) throw new ReviewNotAllowedError();
    return {
      authorKey: key,
      userId: proof.account.id,
      orderId: purchase.orderId,
      authorName: firstName(proof.account.name, purchase.addressName),
    };
  }
  throw new UnauthorizedError();
}

/** The author key of the sender, for editing their own review: any paid order they prove, or their account. */
export async function authorKeyOf(shop: Shop, proof: ReviewerProof): Promise<string> {
  const { orderId, token } = proof.order;
  if (orderId && token) {
    const order = orderId.length <= 64 ? await shop.data.orders.findOrder(orderId) : null;
    if (
      order &&
      PAID.has(order.paymentStatus) &&
      tokenOpensOrder(order, token, shop.settings.orderLinkSecret, shop.now())
    ) {
      return emailKey(order.email);
    }
    throw new ReviewNotAllowedError();
  }
  if (proof.account) return emailKey(proof.account.email);
  throw new UnauthorizedError();
}
