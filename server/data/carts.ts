import type { ProductImage, ProductKind, StickerSpec } from '../../sdk/schemas/index.ts';
import type { StickerDetailsRecord } from './stickers.ts';

/** Carts as stored, with each line joined to the catalog as it is now. No prices are stored on a cart. */

export type CartRecord = {
  id: string;
  currency: string;
  country: string | null;
  region: string | null;
  shippingMethodId: string | null;
  discountCodeId: string | null;
  completedOrderId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
};

export type CartLineRecord = {
  id: string;
  variantId: string;
  quantity: number;
  productId: string;
  productHandle: string;
  kind: ProductKind;
  productTitle: string;
  variantTitle: string;
  sku: string;
  image: ProductImage | null;
  /** The catalog price now, minor units. */
  unitPrice: number;
  weightGrams: number;
  /** Stocked minus reserved; may be below zero only if someone edited stock by hand. */
  available: number;
  /** A custom sticker line's design and chosen specs; null for a standard line. */
  sticker: CartStickerRecord | null;
  /** The line's price as a whole, for lines quoted as one (custom stickers); otherwise unitPrice × quantity. */
  lineTotal?: number;
};

export type CartStickerRecord = {
  uploadId: string;
  spec: StickerSpec;
  /** The sticker tables' version the line was added at, which prices it; null for lines older than versions. */
  priceVersion: number | null;
  /** Filled in when the line is priced from the sticker tables. */
  details?: StickerDetailsRecord;
};

/** A custom sticker line: each design and spec is a line of its own, even for the same variant. */
export type NewStickerLine = {
  variantId: string;
  quantity: number;
  uploadId: string;
  spec: StickerSpec;
  /** The current tables' version: later edits of the prices leave the line's price alone. */
  priceVersion: number;
};

/** Its product's tags say which sticker shape or material a custom sticker product is made for. */
export type VariantAvailability = { available: number; kind: ProductKind; tags: string[] };

export type CartSnapshot = { cart: CartRecord; lines: CartLineRecord[] };

/** When a change happens and how long the cart lives after it. ISO 8601 UTC. */
export type CartTouch = { now: string; expiresAt: string };

export type NewCart = { id: string; currency: string; country: string | null; touch: CartTouch };

/** Only the fields present change. */
export type CartChanges = {
  country?: string | null;
  region?: string | null;
  shippingMethodId?: string | null;
  discountCodeId?: string | null;
};

export type LineAdjustment = { lineId: string; quantity: number };

/**
 * Cart storage. Every change runs in one transaction that first claims the cart (open and unexpired),
 * then answers the cart as it is afterwards. Changing a missing or expired cart throws
 * `CartNotFoundError`, a checked-out one `CartCompletedError`, an unknown line `NotFoundError`.
 */
export interface CartRepository {
  create(cart: NewCart): Promise<CartSnapshot>;
  /** The cart, or null when there is none or it expired before `now`. */
  find(id: string, now: string): Promise<CartSnapshot | null>;
  /** A variant's units available to add and its product's kind and tags, or null when there is no such variant. */
  variantAvailability(variantId: string): Promise<VariantAvailability | null>;
  /** Adds a custom sticker line. */
  addStickerLine(cartId: string, line: NewStickerLine, touch: CartTouch): Promise<CartSnapshot>;
  /** Sets the quantity of the variant's standard line, adding the line when the cart has none. */
  setVariantQuantity(cartId: string, variantId: string, quantity: number, touch: CartTouch): Promise<CartSnapshot>;
  setLineQuantity(cartId: string, lineId: string, quantity: number, touch: CartTouch): Promise<CartSnapshot>;
  removeLine(cartId: string, lineId: string, touch: CartTouch): Promise<CartSnapshot>;
  update(cartId: string, changes: CartChanges, touch: CartTouch): Promise<CartSnapshot>;
  /** Lowers quantities the server had to cut (a quantity of 0 removes the line). */
  adjustLines(cartId: string, adjustments: LineAdjustment[], touch: CartTouch): Promise<CartSnapshot>;
  /** Deletes carts that expired before `now`; answers how many. */
  purgeExpired(now: string): Promise<number>;
}
