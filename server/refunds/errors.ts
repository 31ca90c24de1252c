import { ApiError } from '../errors.ts';

/** Nothing of this money can be refunded: unpaid, refunded already, or no payment issue to refund. */
export class OrderNotRefundableError extends ApiError {
  override name = 'OrderNotRefundableError';
  constructor(paymentStatus: string, reason: 'not_paid' | 'refunded' | 'no_payment_issue') {
    const messages = {
      not_paid: 'This order was not paid: there is nothing to refund.',
      refunded: 'This order was refunded in full already.',
      no_payment_issue: 'This order holds no money it could not take: there is nothing to refund there.',
    };
    super('order_not_refundable', 409, messages[reason], { paymentStatus, reason });
  }
}

/** More than is left of what was paid, or of a line's units; nothing was changed. */
export class RefundExceedsPaymentError extends ApiError {
  override name = 'RefundExceedsPaymentError';
  constructor(details: { requested: number; refundable: number; lineId?: string }) {
    const what = details.lineId ? `units of line ${details.lineId}` : 'of the payment';
    super(
      'refund_exceeds_payment',
      409,
      `Only ${details.refundable} ${what} can still be refunded; ${details.requested} was asked.`,
      details,
    );
  }
}

/** The payment provider refused the refund; it is recorded as failed and no money moved. */
export class RefundFailedError extends ApiError {
  override name = 'RefundFailedError';
  constructor(refundId: string, reason: string) {
    super('refund_failed', 502, `The payment provider refused the refund: ${reason}`, { refundId });
  }
}

export class OrderNotCancellableError extends ApiError {
  override name = 'OrderNotCancellableError';
  constructor(reason: 'shipped' | 'closed', status: string) {
    const message =
      reason === 'shipped'
        ? 'Part of this order has shipped: it cannot be cancelled. Refund it, or take a return.'
        : `This order is ${status} already.`;
    super('order_not_cancellable', 409, message, { reason, status });
  }
}

export class ReturnNotFoundError extends ApiError {
  override name = 'ReturnNotFoundError';
  constructor() {
    super('return_not_found', 404, 'No such return for this order.');
  }
}

export type ReturnRefusal = 'not_delivered' | 'not_returnable' | 'too_many_units' | 'illegal_move' | 'sticker_line';

const RETURN_MESSAGES: Record<ReturnRefusal, string> = {
  not_delivered: 'Only a delivered order can be returned.',
  not_returnable: 'This order cannot be returned (cancelled or refunded).',
  too_many_units: 'More units than were bought, or than are in returns already.',
  illegal_move: 'The return cannot move that way from where it is.',
  sticker_line: 'Custom stickers are made to order and cannot be returned unless the shop makes an exception.',
};

export class ReturnNotAllowedError extends ApiError {
  override name = 'ReturnNotAllowedError';
  constructor(reason: ReturnRefusal, details: Record<string, unknown> = {}) {
    super('return_not_allowed', 409, RETURN_MESSAGES[reason], { reason, ...details });
  }
}

export class ReturnWindowClosedError extends ApiError {
  override name = 'ReturnWindowClosedError';
  constructor(days: number) {
    super('return_window_closed', 409, `Returns are accepted within ${days} days of delivery.`, { days });
  }
}
