import { ApiError } from '../errors.ts';

/** Unknown, expired or malformed: the same answer, so a guessed id learns nothing. */
export class CartNotFoundError extends ApiError {
  override name = 'CartNotFoundError';
  constructor() {
    super('cart_not_found', 404, 'This cart does not exist or has expired. Start a new one.');
  }
}

/** The cart became an order and can no longer change; `orderId` names that order. */
export class CartCompletedError extends ApiError {
  override name = 'CartCompletedError';
  constructor(orderId: string) {
    super(
      'cart_completed',
      409,
      'This cart has already been checked out, perhaps in another tab, and can no longer change.',
      { orderId },
    );
  }
}

export class CartEmptyError extends ApiError {
  override name = 'CartEmptyError';
  constructor() {
    super('cart_empty', 409, 'The cart is empty. Add something before checking out.');
  }
}

export class OutOfStockError extends ApiError {
  override name = 'OutOfStockError';
  constructor(variantId: string, available: number) {
    const message =
      available > 0
        ? `Only ${available} of this item ${available === 1 ? 'is' : 'are'} available.`
        : 'This item is sold out.';
    super('out_of_stock', 409, message, { variantId, available: Math.max(0, available) });
  }
}
