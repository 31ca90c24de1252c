import type { CheckoutResult, CreateOrderBody } from '../../sdk/schemas/index.ts';
import { CartCompletedError, CartEmptyError, OutOfStockError } from '../carts/errors.ts';
import { findPricedCart } from '../carts/service.ts';
import { toCartDiscount } from '../carts/view.ts';
import { newId } from '../data/ids.ts';
import type { CartSnapshot } from '../data/carts.ts';
import {
  CartChangedError,
  IdempotencyKeyTakenError,
  type IdempotencyScope,
  type NewOrder,
  type OrderRecord,
} from '../data/orders.ts';
import { ApiError } from '../errors.ts';
import { priceCart, type PricedCart } from '../pricing/price-cart.ts';
import { ShippingUnavailableError } from '../shipping/errors.ts';
import { checkedAddressRegion } from '../tax/regions.ts';
import type { Shop } from '../shop/shop.ts';
import { newAccessToken } from './access.ts';
import { IdempotencyKeyInUseError } from './errors.ts';
import { storedAnswer, type StoredAnswer } from './idempotency.ts';
import { checkReturnUrl } from './return-url.ts';
import { paymentSessionOf, startPayment } from './start-payment.ts';
import { toOrderView } from './view.ts';

export type CheckoutRequest = {
  /** The origin this request was addressed to; outside production a return URL there is allowed. */
  origin: string;
  /** The signed-in customer placing it (the order joins their account), or null for a guest. */
  userId: string | null;
  idempotency: IdempotencyScope | null;
};

/** Attempts when the cart changes between pricing and placing (another tab editing it). */
const PLACE_ATTEMPTS = 3;

/** Prices the cart for the address, refusing what checkout cannot honour rather than quietly changing it. */
async function priceForCheckout(shop: Shop, body: CreateOrderBody, snapshot: CartSnapshot): Promise<PricedCart> {
  const { cart, lines } = snapshot;
  if (cart.completedOrderId) throw new CartCompletedError(cart.completedOrderId);
  if (lines.length === 0) throw new CartEmptyError();
  const { country } = body.shippingAddress;
  const region = await checkedAddressRegion(shop.data.rules, body.shippingAddress, 'shippingAddress.region');
  for (const line of lines)
    if (line.quantity > line.available) throw new OutOfStockError(line.variantId, line.available);
  const priced = await priceCart(shop.data.rules, {
    lines,
    currency: cart.currency,
    destination: { country, region },
    shippingMethodId: body.shippingMethod,
    discountCodeId: cart.discountCodeId,
    email: body.email,
    now: shop.now(),
  });
  if (!priced.shipping || priced.shippingMethodUnavailable) {
    throw new ShippingUnavailableError(`This shipping method is not available for ${country}.`, {
      shippingMethod: body.shippingMethod,
      country,
      available: priced.shippingOptions.map((quote) => quote.method.id),
    });
  }
  if (priced.discount?.problem) throw priced.discount.problem;
  return priced;
}

function newOrder(
  shop: Shop,
  body: CreateOrderBody,
  snapshot: CartSnapshot,
  priced: PricedCart,
  access: { accessTokenHash: string; userId: string | null },
): Omit<NewOrder, 'idempotency'> {
  const { accessTokenHash, userId } = access;
  const now = shop.now();
  const { currency } = snapshot.cart;
  const shipping = priced.shipping as NonNullable<PricedCart['shipping']>;
  const { discount } = priced;
  return {
    id: newId('ord'),
    email: body.email,
    userId,
    cartId: body.cartId,
    cartVersion: snapshot.cart.version,
    currency,
    lines: priced.lines.map((line) => ({
      id: newId('oli'),
      productId: line.productId,
      variantId: line.variantId,
      kind: line.kind,
      title: line.productTitle,
      variantTitle: line.variantTitle,
      sku: line.sku,
      image: line.image,
      unitPrice: line.unitPrice,
      quantity: line.quantity,
      total: line.total,
      sticker: line.sticker?.details ?? null,
    })),
    totals: {
      subtotal: priced.subtotal,
      discount: discount?.amount ?? 0,
      shipping: shipping.price,
      tax: priced.tax.amount,
      total: priced.total,
      taxIncluded: priced.tax.included,
    },
    discount: discount
      ? {
          snapshot: toCartDiscount(discount, currency),
          codeId: discount.code.id,
          customer: discount.customer,
        }
      : null,
    shippingMethod: { id: shipping.method.id, name: shipping.method.name },
    shippingAddress: body.shippingAddress,
    accessTokenHash,
    reservationExpiresAt: new Date(now.getTime() + shop.settings.reservationMinutes * 60_000).toISOString(),
    createdAt: now.toISOString(),
  };
}

/** The order as it stands once placed: open, waiting for payment, stock held. */
function placedOrder(order: Omit<NewOrder, 'idempotency'>, number: string): OrderRecord {
  const { cartVersion: _cartVersion, discount, ...rest } = order;
  return {
    ...rest,
    number,
    status: 'open',
    paymentStatus: 'pending',
    fulfillmentStatus: 'unfulfilled',
    stockState: 'reserved',
    discount: discount?.snapshot ?? null,
    discountCodeId: discount?.codeId ?? null,
    paymentSessionId: null,
    paymentFailedAt: null,
    paymentIssue: null,
    paidAt: null,
  };
}

/** One attempt: price, place (one transaction), start the payment, record it with the answer. */
async function placeOnce(
  shop: Shop,
  body: CreateOrderBody,
  returnUrl: URL,
  request: CheckoutRequest,
): Promise<StoredAnswer> {
  const { idempotency } = request;
  const snapshot = await findPricedCart(shop, body.cartId);
  const priced = await priceForCheckout(shop, body, snapshot);
  const access = newAccessToken();
  const prepared = newOrder(shop, body, snapshot, priced, { accessTokenHash: access.hash, userId: request.userId });
  const { number } = await shop.data.orders.placeOrder({ ...prepared, idempotency });
  const order = placedOrder(prepared, number);

  let payment;
  try {
    payment = await startPayment(shop, order, returnUrl, body.paymentMode);
  } catch (error) {
    // Nothing reached the shopper: the order goes away and stock, code, cart and key return.
    await shop.data.orders.abandonOrder(order.id, idempotency);
    throw error;
  }
  const kept: KeptResult = {
    order: toOrderView({ ...order, paymentSessionId: payment.sessionId }, shop.settings),
    payment: paymentSessionOf(shop, payment),
  };
  await shop.data.orders.recordPayment(
    payment,
    idempotency ? { scope: idempotency, status: 201, response: JSON.stringify(kept) } : null,
  );
  return withToken(kept, access.token);
}

/** The checkout answer as kept for its Idempotency-Key: without the access token, which is stored only hashed. */
type KeptResult = Omit<CheckoutResult, 'accessToken'>;

function withToken(kept: KeptResult, accessToken: string): StoredAnswer {
  const result: CheckoutResult = { order: kept.order, accessToken, payment: kept.payment };
  return { status: 201, body: JSON.stringify(result) };
}

/**
 * A replayed checkout answer gets a new access token, since the first was never kept; it replaces the
 * old one, whose answer is presumed lost (that is why the request was sent again).
 */
async function replayWithToken(shop: Shop, stored: StoredAnswer): Promise<StoredAnswer> {
  const kept = JSON.parse(stored.body) as KeptResult;
  const access = newAccessToken();
  await shop.data.orders.replaceAccessToken(kept.order.id, access.hash);
  return withToken(kept, access.token);
}

/**
 * `POST /api/orders`: turns a cart into a pending order and starts its payment. The cart is priced
 * again here (the client's figures are never used); the order, its stock reservation, the cart's
 * completion and the code's use are one transaction; the payment starts after it commits.
 */
export async function placeOrder(shop: Shop, body: CreateOrderBody, request: CheckoutRequest): Promise<StoredAnswer> {
  const returnUrl = checkReturnUrl(shop.settings, request.origin, body.returnUrl);
  const { idempotency } = request;
  const replay = async () => {
    const stored = idempotency
      ? storedAnswer(await shop.data.orders.idempotentResponse(idempotency.scope, idempotency.key), idempotency)
      : null;
    return stored ? replayWithToken(shop, stored) : null;
  };

  const earlier = await replay();
  if (earlier) return earlier;
  for (let attempt = 1; attempt <= PLACE_ATTEMPTS; attempt++) {
    try {
      return await placeOnce(shop, body, returnUrl, request);
    } catch (error) {
      if (error instanceof IdempotencyKeyTakenError)
        return (await replay()) ?? Promise.reject(new IdempotencyKeyInUseError());
      if (!(error instanceof CartChangedError)) throw error;
    }
  }
  throw new ApiError('conflict', 409, 'The cart kept changing during checkout. Please try again.');
}
