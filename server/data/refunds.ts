import type { LineQuantity, PaymentStatus, RefundReason, RefundSource, RefundStatus } from '../../sdk/schemas/index.ts';

/** Refunds, cancellations and returns as stored. Amounts are minor units of the order's currency. */

export type RefundRecord = {
  id: string;
  orderId: string;
  /** The payment attempt the money goes back to. */
  sessionId: string;
  source: RefundSource;
  amount: number;
  currency: string;
  status: RefundStatus;
  reason: RefundReason;
  note: string | null;
  restock: boolean;
  lines: LineQuantity[];
  providerRefundId: string | null;
  returnId: string | null;
  failureReason: string | null;
  creditNoteNumber: string | null;
  createdAt: string;
  updatedAt: string;
};

export type NewRefund = {
  id: string;
  orderId: string;
  source: RefundSource;
  /** Null for "all that is left" (a cancellation, a payment issue). */
  amount: number | null;
  reason: RefundReason;
  note: string | null;
  restock: boolean;
  lines: LineQuantity[];
  returnId: string | null;
  at: string;
};

/** What the provider said became of a refund: by our id (its answer) or by its own (a webhook). */
export type RefundUpdate = {
  refundId: string | null;
  providerRefundId: string | null;
  status: RefundStatus;
  failureReason: string | null;
  /** The webhook event, recorded so it acts once; null for the provider's direct answer. */
  eventId: string | null;
  at: string;
};

export type RefundUpdateOutcome =
  | { kind: 'duplicate_event' }
  | { kind: 'unknown_refund' }
  | { kind: 'updated'; refund: RefundRecord; changed: boolean };

/** Still refundable, by where the money sits. */
export type Refundable = { order: number; issue: number };

/**
 * Every refund, cancellation and return query. Each change runs in one transaction that reads what it
 * checks, so requests sent at once can never refund more than was paid nor a unit twice. Refusals are
 * thrown as ApiErrors (`RefundExceedsPaymentError`, `OrderNotCancellableError`, …).
 */
export interface RefundRepository {
  /** Checks the refund fits what is left and records it `pending`; restocks its standard lines when asked. */
  createRefund(refund: NewRefund): Promise<RefundRecord>;
  /** Applies the provider's news; a succeeded refund gets its credit note number. */
  updateRefund(update: RefundUpdate): Promise<RefundUpdateOutcome>;
  findRefund(refundId: string): Promise<RefundRecord | null>;
  listRefunds(orderId: string): Promise<RefundRecord[]>;
  refundable(orderId: string): Promise<Refundable>;
  /**
   * Cancels an open order nothing of which has shipped: held stock is released, taken stock put back (less
   * what refunds restocked), the code's use given back, an unpaid order's payment failed. Answers the payment
   * status it had.
   */
  cancelOrder(orderId: string, at: string): Promise<{ paymentStatus: PaymentStatus }>;
}
