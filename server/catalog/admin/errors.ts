import { ApiError, NotFoundError } from '../../errors.ts';

/** Refusals of the catalog's admin writes. */

export class ProductNotFoundError extends NotFoundError {
  override name = 'ProductNotFoundError';
  constructor() {
    super('The product');
  }
}

export class VariantNotFoundError extends NotFoundError {
  override name = 'VariantNotFoundError';
  constructor() {
    super('The variant');
  }
}

export class CategoryNotFoundError extends NotFoundError {
  override name = 'CategoryNotFoundError';
  constructor() {
    super('The category');
  }
}

/** 409 `handle_taken`: another product (or category) has this handle now, or had it before. */
export class HandleTakenError extends ApiError {
  override name = 'HandleTakenError';
  constructor(handle: string) {
    super('handle_taken', 409, `The handle "${handle}" is already in use.`, { handle });
  }
}

export class SkuTakenError extends ApiError {
  override name = 'SkuTakenError';
  constructor() {
    super('sku_taken', 409, 'Another variant already has one of these SKUs.');
  }
}

/** 409 `stock_below_zero`: the change would leave fewer than zero units on hand; nothing changed. */
export class StockBelowZeroError extends ApiError {
  override name = 'StockBelowZeroError';
  constructor(stocked: number, delta: number) {
    super('stock_below_zero', 409, `Only ${stocked} units are on hand: ${-delta} cannot be taken away.`, {
      stocked,
      delta,
    });
  }
}

/** 409 `conflict`: a variant still held by unpaid orders cannot be removed. */
export class VariantReservedError extends ApiError {
  override name = 'VariantReservedError';
  constructor(variantId: string, reserved: number) {
    super('conflict', 409, 'A variant with units reserved by unpaid orders cannot be removed.', {
      variantId,
      reserved,
    });
  }
}

/** 409 `conflict`: the category products go to when theirs is removed cannot go while it holds any. */
export class CategoryInUseError extends ApiError {
  override name = 'CategoryInUseError';
  constructor(productCount: number) {
    super('conflict', 409, 'Uncategorized products have nowhere else to go: move them to another category first.', {
      productCount,
    });
  }
}
