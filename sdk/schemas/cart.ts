import * as z from 'zod/mini';
import { printable } from './address.ts';
import { CountryCode } from './country.ts';
import { Money } from './money.ts';
import { ProductImage, ProductKind } from './product.ts';
import { MAX_STICKER_QUANTITY, StickerLineDetails, StickerQuantity, StickerSpec } from './sticker.ts';

export const MAX_LINE_QUANTITY = 999;

/** A positive whole quantity; fractions, zero, negatives and absurd amounts are refused. */
export const Quantity = z.number().check(z.int(), z.minimum(1), z.maximum(MAX_LINE_QUANTITY));

export const CartLine = z.object({
  id: z.string(),
  productId: z.string(),
  variantId: z.string(),
  productHandle: z.string(),
  kind: ProductKind,
  title: z.string(),
  variantTitle: z.string(),
  sku: z.string(),
  image: z.nullable(ProductImage),
  quantity: z.number().check(z.int()),
  /** Units still available for this line's variant, so a stepper can stop at the limit. */
  available: z.number().check(z.int()),
  unitPrice: Money,
  /** unitPrice × quantity, before discounts. For a sticker line, the quoted total (unitPrice is total ÷ quantity, rounded). */
  total: Money,
  /** The design and specs of a custom sticker line; null (or absent, from older servers) for a standard line. */
  sticker: z.optional(z.nullable(StickerLineDetails)),
});
export type CartLine = z.infer<typeof CartLine>;

export const DISCOUNT_KINDS = ['percentage', 'fixed_amount', 'free_shipping'] as const;
export const CartDiscount = z.object({
  code: z.string(),
  kind: z.enum(DISCOUNT_KINDS),
  description: z.string(),
  /** What the code takes off this cart now. */
  amount: Money,
});
export type CartDiscount = z.infer<typeof CartDiscount>;

export const ShippingOption = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  minDays: z.number().check(z.int()),
  maxDays: z.number().check(z.int()),
  price: Money,
});
export type ShippingOption = z.infer<typeof ShippingOption>;

export const CartTotals = z.object({
  subtotal: Money,
  discount: Money,
  /** Null until a destination country is known. */
  shipping: z.nullable(Money),
  tax: Money,
  /**
   * True while the destination does not settle the tax yet: no country, or one taxed by region with no
   * region given. `tax` is 0 then, and checkout prices it. Absent from older servers.
   */
  taxUnknown: z.optional(z.boolean()),
  /** True where prices already include tax (VAT-style); then `tax` is the included part. */
  taxIncluded: z.boolean(),
  total: Money,
});
export type CartTotals = z.infer<typeof CartTotals>;

/** A notice the server attaches when it changed the cart on its own, e.g. a quantity cut to the stock left. */
export const CartNotice = z.object({ code: z.string(), message: z.string(), lineId: z.optional(z.string()) });
export type CartNotice = z.infer<typeof CartNotice>;

export const Cart = z.object({
  id: z.string(),
  currency: z.string(),
  lines: z.array(CartLine),
  /** Units of standard lines plus one per custom sticker line: what a cart badge shows. */
  itemCount: z.number().check(z.int()),
  discount: z.nullable(CartDiscount),
  country: z.nullable(z.string()),
  region: z.nullable(z.string()),
  shippingOptions: z.array(ShippingOption),
  shippingMethod: z.nullable(z.string()),
  totals: CartTotals,
  notices: z.array(CartNotice),
  updatedAt: z.string(),
});
export type Cart = z.infer<typeof Cart>;

// Requests. Prices are never accepted from a client: the server prices every line itself.
export const CreateCartBody = z.object({
  country: z.optional(CountryCode),
});

/** The design and specs of a custom sticker line: an upload of this cart and what the shopper chose. */
export const StickerLineChoice = z.object({
  uploadId: z.string().check(z.minLength(1), z.maxLength(64)),
  ...StickerSpec.shape,
});
export type StickerLineChoice = z.infer<typeof StickerLineChoice>;

/**
 * A standard line (`{ variantId, quantity }`, quantity up to MAX_LINE_QUANTITY) or, for a variant of a
 * `sticker` product, a custom sticker line (`{ variantId, quantity, sticker }`, quantity up to the sticker
 * maximum). The server prices both itself; it checks the variant's kind against the body.
 */
export const AddCartLineBody = z
  .object({
    variantId: z.string().check(z.minLength(1), z.maxLength(64)),
    // The ceiling depends on the kind of line, so it is checked once below; the document still shows the larger one.
    quantity: z.number().check(
      z.int(),
      z.minimum(1),
      z.meta({
        maximum: MAX_STICKER_QUANTITY,
        description: `At most ${MAX_LINE_QUANTITY} for a product, ${MAX_STICKER_QUANTITY} for a custom sticker line.`,
      }),
    ),
    sticker: z.optional(StickerLineChoice),
  })
  .check(
    // One ceiling, the line's own: a huge quantity gets one message, not one per limit.
    z.superRefine((body, ctx) => {
      const max = body.sticker === undefined ? MAX_LINE_QUANTITY : MAX_STICKER_QUANTITY;
      if (typeof body.quantity === 'number' && body.quantity > max) {
        ctx.addIssue({
          code: 'too_big',
          origin: 'number',
          maximum: max,
          inclusive: true,
          input: body.quantity,
          path: ['quantity'],
          message: `Too big: expected number to be <=${max}`,
        });
      }
    }),
  );
export type AddCartLineBody = z.infer<typeof AddCartLineBody>;
/** Standard lines stay within MAX_LINE_QUANTITY and sticker lines within the sticker maximum (checked by the server). */
export const UpdateCartLineBody = z.object({ quantity: StickerQuantity });
export const ApplyDiscountBody = z.object({ code: z.string().check(z.trim(), z.minLength(1), z.maxLength(64)) });
export const UpdateCartBody = z.object({
  country: z.optional(z.nullable(CountryCode)),
  /** A state or province for the tax estimate; where the country has a list, its code or name (stored as the code). */
  region: z.optional(z.nullable(z.string().check(z.maxLength(80), printable()))),
  shippingMethod: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
});
export type UpdateCartBody = z.infer<typeof UpdateCartBody>;
