import type {
  Cart,
  CartDiscount,
  CartNotice,
  Money,
  ShippingOption,
  StickerLineDetails,
} from '../../sdk/schemas/index.ts';
import type { CartRecord } from '../data/carts.ts';
import { describeDiscount } from '../discounts/evaluate.ts';
import type { PricedCart, PricedDiscount } from '../pricing/price-cart.ts';
import type { ShippingQuote } from '../shipping/quote.ts';
import type { StickerDetailsRecord } from '../data/stickers.ts';
import type { ShopSettings } from '../shop/shop.ts';
import { uploadPreviewUrl } from '../uploads/view.ts';

/** Priced carts in their wire shape. */

export const money = (amount: number, currency: string): Money => ({ amount, currency });

function toShippingOption(quote: ShippingQuote, currency: string): ShippingOption {
  const { method } = quote;
  return {
    id: method.id,
    name: method.name,
    description: method.description,
    minDays: method.minDays,
    maxDays: method.maxDays,
    price: money(quote.price, currency),
  };
}

export function toCartDiscount(discount: PricedDiscount, currency: string): CartDiscount {
  return {
    code: discount.code.code,
    kind: discount.code.kind,
    description: describeDiscount(discount.code, currency),
    amount: money(discount.amount, currency),
  };
}

/** Sticker details on the wire: the stored details with a freshly signed preview URL. */
export function toStickerDetails(
  settings: Pick<ShopSettings, 'publicUrl' | 'orderLinkSecret'>,
  details: StickerDetailsRecord,
): StickerLineDetails {
  const { hasPreview, ...upload } = details.upload;
  return { ...details, upload: { ...upload, previewUrl: uploadPreviewUrl(settings, { id: upload.id, hasPreview }) } };
}

export function toCart(
  cart: CartRecord,
  priced: PricedCart,
  notices: CartNotice[],
  settings: Pick<ShopSettings, 'publicUrl' | 'orderLinkSecret'>,
): Cart {
  const { currency } = cart;
  return {
    id: cart.id,
    currency,
    lines: priced.lines.map((line) => ({
      id: line.id,
      productId: line.productId,
      variantId: line.variantId,
      productHandle: line.productHandle,
      kind: line.kind,
      title: line.productTitle,
      variantTitle: line.variantTitle,
      sku: line.sku,
      image: line.image,
      quantity: line.quantity,
      available: Math.max(0, line.available),
      unitPrice: money(line.unitPrice, currency),
      total: money(line.total, currency),
      sticker: line.sticker?.details ? toStickerDetails(settings, line.sticker.details) : null,
    })),
    // A run of custom stickers is one item to the shopper, however many stickers it holds.
    itemCount: priced.lines.reduce((sum, line) => sum + (line.kind === 'sticker' ? 1 : line.quantity), 0),
    discount: priced.discount ? toCartDiscount(priced.discount, currency) : null,
    country: cart.country,
    region: cart.region,
    shippingOptions: priced.shippingOptions.map((quote) => toShippingOption(quote, currency)),
    shippingMethod: priced.shipping?.method.id ?? null,
    totals: {
      subtotal: money(priced.subtotal, currency),
      discount: money(priced.discount?.amount ?? 0, currency),
      shipping: priced.shipping ? money(priced.shipping.price, currency) : null,
      tax: money(priced.tax.amount, currency),
      taxUnknown: priced.tax.unknown,
      taxIncluded: priced.tax.included,
      total: money(priced.total, currency),
    },
    notices,
    updatedAt: cart.updatedAt,
  };
}
