import type {
  Address,
  CartDiscount,
  FulfillmentStatus,
  OrderStatus,
  PaymentIssue,
  PaymentStatus,
  ProductImage,
  ProductKind,
} from '../../sdk/schemas/index.ts';
import type { StickerDetailsRecord } from './stickers.ts';

/** Orders, payment attempts and idempotent responses as stored. Amounts are minor units of `currency`. */

export type OrderTotals = {
  subtotal: number;
  /** Everything the discount took off, shipping included for a free-shipping code. */
  discount: number;
  shipping: number;
  tax: number;
  total: number;
  taxIncluded: boolean;
};

export type OrderLineRecord = {
  id: string;
  productId: string;
  variantId: string;
  kind: ProductKind;
  title: string;
  variantTitle: string;
  sku: string;
  image: ProductImage | null;
  unitPrice: number;
  quantity: number;
  total: number;
  /** A custom sticker line's specs and design; null for a standard line. Sticker lines hold no stock. */
  sticker: StickerDetailsRecord | null;
};

export type StockState = 'reserved' | 'committed' | 'released' | 'backordered';

export type OrderRecord = {
  id: string;
  number: string;
  email: string;
  /** The customer account it belongs to, or null for a guest order. */
  userId: string | null;
  cartId: string;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  fulfillmentStatus: FulfillmentStatus;
  stockState: StockState;
  currency: string;
  totals: OrderTotals;
  discount: CartDiscount | null;
  /** The code behind `discount`, checked again before a failed order is paid anew. */
  discountCodeId: string | null;
  shippingMethod: { id: string; name: string };
  shippingAddress: Address;
  accessTokenHash: string;
  paymentSessionId: string | null;
  reservationExpiresAt: string;
  /** When the payment last failed; "Try again" is open for a while after it. */
  paymentFailedAt: string | null;
  paymentIssue: PaymentIssue | null;
  createdAt: string;
  paidAt: string | null;
  lines: OrderLineRecord[];
};

export type IdempotencyScope = { scope: string; key: string; requestHash: string };

/** The answer to keep for a key: replayed to a retry of the same request. */
export type IdempotentAnswer = { scope: IdempotencyScope; status: number; response: string };

export type NewOrder = {
  id: string;
  email: string;
  /** The signed-in customer who placed it, or null for a guest. */
  userId: string | null;
  cartId: string;
  /** The cart version that was priced; placing throws `CartChangedError` when the cart moved since. */
  cartVersion: number;
  currency: string;
  lines: OrderLineRecord[];
  totals: OrderTotals;
  discount: {
    snapshot: CartDiscount;
    codeId: string;
    /** The lowercased email for once-per-customer codes, else null. */
    customer: string | null;
  } | null;
  shippingMethod: { id: string; name: string };
  shippingAddress: Address;
  accessTokenHash: string;
  reservationExpiresAt: string;
  createdAt: string;
  /** Recorded in the same transaction, so only a request that placed an order holds its key. */
  idempotency: IdempotencyScope | null;
};

export type PaymentRecord = {
  id: string;
  orderId: string;
  provider: 'stripe' | 'test';
  sessionId: string;
  status: 'open' | 'processing' | 'paid' | 'failed';
  amount: number;
  currency: string;
  /** The provider's payment page; empty for an embedded session. */
  redirectUrl: string;
  /** An embedded session's secret for Stripe.js; null for a redirect session. */
  clientSecret: string | null;
  successUrl: string;
  cancelUrl: string;
  expiresAt: string;
  createdAt: string;
};

export type NewPayment = Omit<PaymentRecord, 'status'>;

/** A stored answer to a request with an Idempotency-Key; `response` null while the request runs. */
export type IdempotentResponse = { requestHash: string; status: number | null; response: string | null };

/** An invoice's number from the gap-free yearly sequence and when it was issued (the moment the order was paid). */
export type InvoiceRecord = { number: string; issuedAt: string };

/** What a payment provider says happened to a session: money in, still on its way, or never coming. */
export type PaymentResult = 'paid' | 'processing' | 'failed';

export type Settlement = {
  /** The webhook event id, recorded so the event acts once; null for a server-side retrieve or the sweep. */
  eventId: string | null;
  eventType: string;
  /** The session the result is about; null settles the order's current attempt (by `orderId`). */
  sessionId: string | null;
  orderId: string | null;
  result: PaymentResult;
  /** What the provider collected, checked against the order's total before it counts as paid. */
  amount: number | null;
  /** The currency it was collected in (any case), checked against the order's; null when the provider did not say. */
  currency: string | null;
  at: string;
};

/**
 * What settling did; `paid` and `paid_late` are the moments to send the confirmation. A `PaymentIssue`
 * means money arrived that the order cannot take: it is flagged on the order for a person to refund.
 */
export type SettlementAction = 'paid' | 'paid_late' | 'failed' | 'processing' | PaymentIssue | 'none';

export type SettlementOutcome =
  | { kind: 'duplicate_event' }
  | { kind: 'unknown_order' }
  | { kind: 'settled'; orderId: string; action: SettlementAction; stockState: StockState };

export type DueReservation = {
  orderId: string;
  sessionId: string | null;
  provider: 'stripe' | 'test' | null;
  reservationExpiresAt: string;
};

/** Where a page of due reservations ends: the next page starts after it. */
export type DueCursor = { reservationExpiresAt: string; orderId: string };

/** The admin's order list: each filter applies when set. */
export type OrderListFilter = {
  status: OrderStatus | null;
  paymentStatus: PaymentStatus | null;
  fulfillmentStatus: FulfillmentStatus | null;
  /** A piece of the order number or of the email, in any case; null for every order. */
  search: string | null;
};

/** Where a page of the admin's list ends (newest first): the next page starts after it. */
export type OrderListCursor = { createdAt: string; id: string };

export type OrderSummaryRecord = {
  id: string;
  number: string;
  email: string;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  fulfillmentStatus: FulfillmentStatus;
  currency: string;
  total: number;
  /** Units across all lines. */
  itemCount: number;
  /** Distinct designs across the sticker lines. */
  designCount: number;
  paymentIssue: PaymentIssue | null;
  createdAt: string;
  paidAt: string | null;
};

/** Why a failed order cannot be paid again as placed; the shopper checks out anew instead. */
export type NotRetryableReason = 'not_failed' | 'retry_window_passed' | 'cancelled' | 'payment_issue';

/**
 * Every order query. Multi-table changes (placing, settling, reopening, abandoning) each run in one
 * transaction, moving stock with conditional updates. Domain refusals are thrown as ApiErrors
 * (`OutOfStockError`, `CartCompletedError`, discount errors); the two below are for the caller to handle.
 */
export interface OrderRepository {
  /** Creates the order, reserves its stock, completes the cart and redeems the code; answers its number. */
  placeOrder(order: NewOrder): Promise<{ number: string }>;
  /** Undoes `placeOrder` for an order whose payment could not even start: stock, code, cart and key return. */
  abandonOrder(orderId: string, idempotency: IdempotencyScope | null): Promise<void>;
  /** Records a started payment attempt as the order's current one, and the answer to keep for its key. */
  recordPayment(payment: NewPayment, answer: IdempotentAnswer | null): Promise<void>;
  /**
   * A failed order waits for payment again: stock and code are taken anew. Only an open order without a
   * payment issue that failed after `failedAfter` reopens; otherwise throws `PaymentNotRetryableError`.
   */
  reopenForPayment(
    orderId: string,
    reopen: { reservationExpiresAt: string; failedAfter: string; now: string },
  ): Promise<void>;
  settlePayment(settlement: Settlement): Promise<SettlementOutcome>;
  findOrder(id: string): Promise<OrderRecord | null>;
  /** The order with this number (as shown to people, `SL-10042`), or null. */
  findOrderIdByNumber(number: string): Promise<{ id: string; email: string } | null>;
  /** The order's invoice, issued when it was paid; null before. */
  findInvoice(orderId: string): Promise<InvoiceRecord | null>;
  /** Up to `limit` orders matching `filter`, newest first (by created time, then id), after `after`. */
  listOrders(filter: OrderListFilter, after: OrderListCursor | null, limit: number): Promise<OrderSummaryRecord[]>;
  findPayment(sessionId: string): Promise<PaymentRecord | null>;
  idempotentResponse(scope: string, key: string): Promise<IdempotentResponse | null>;
  /** Takes a key for a request that records its answer itself; false when another request holds it. */
  claimIdempotencyKey(scope: IdempotencyScope, now: string): Promise<boolean>;
  storeIdempotentAnswer(answer: IdempotentAnswer): Promise<void>;
  /** Gives a key back after its request failed, so it may be retried with the same key. */
  releaseIdempotencyKey(scope: IdempotencyScope): Promise<void>;
  /** Replaces the order's access token (the raw token is never stored, so a replayed answer needs a new one). */
  replaceAccessToken(orderId: string, accessTokenHash: string): Promise<void>;
  /**
   * Unpaid orders whose reservation ran out, oldest first, after `after` (keyset paging, so one sweep
   * visits each once). Leaves out orders flagged with a payment issue and those not to be checked again yet.
   */
  dueReservations(now: string, after: DueCursor | null, limit: number): Promise<DueReservation[]>;
  /** The provider could not settle an overdue order yet: do not ask it again before `nextCheckAt`. */
  deferCheck(orderId: string, nextCheckAt: string): Promise<void>;
  /** Cancels open orders whose payment failed before `failedBefore` (no retry is offered any more); answers how many. */
  cancelAbandoned(failedBefore: string, now: string): Promise<number>;
  /** Claims the right to send an order's confirmation; false when it was sent or another sender holds a fresh claim. */
  claimConfirmation(orderId: string, now: string, staleBefore: string): Promise<boolean>;
  markConfirmationSent(orderId: string, now: string): Promise<void>;
  /** Paid orders whose confirmation was never sent, paid before `paidBefore`. */
  unsentConfirmations(paidBefore: string, limit: number): Promise<string[]>;
  /** Forgets idempotent answers and processed webhook events recorded before the given times. */
  purge(before: { idempotencyKeys: string; webhookEvents: string }): Promise<void>;
}

/** The cart changed between pricing and placing: price it again. */
export class CartChangedError extends Error {
  override name = 'CartChangedError';
}

/** Another request holds this Idempotency-Key: look its answer up again. */
export class IdempotencyKeyTakenError extends Error {
  override name = 'IdempotencyKeyTakenError';
}
