import type { Order } from '../../sdk/schemas/index.ts';
import { money, toStickerDetails } from '../carts/view.ts';
import type { OrderRecord } from '../data/orders.ts';
import type { ShopSettings } from '../shop/shop.ts';

/** An order in its wire shape. */
export function toOrderView(order: OrderRecord, settings: Pick<ShopSettings, 'publicUrl' | 'orderLinkSecret'>): Order {
  const { currency, totals } = order;
  return {
    id: order.id,
    number: order.number,
    email: order.email,
    status: order.status,
    paymentStatus: order.paymentStatus,
    fulfillmentStatus: order.fulfillmentStatus,
    currency,
    lines: order.lines.map((line) => ({
      id: line.id,
      productId: line.productId,
      variantId: line.variantId,
      kind: line.kind,
      title: line.title,
      variantTitle: line.variantTitle,
      sku: line.sku,
      image: line.image,
      quantity: line.quantity,
      unitPrice: money(line.unitPrice, currency),
      total: money(line.total, currency),
      sticker: line.sticker ? toStickerDetails(settings, line.sticker) : null,
    })),
    discount: order.discount,
    shippingMethod: order.shippingMethod,
    shippingAddress: order.shippingAddress,
    totals: {
      subtotal: money(totals.subtotal, currency),
      discount: money(totals.discount, currency),
      shipping: money(totals.shipping, currency),
      tax: money(totals.tax, currency),
      taxIncluded: totals.taxIncluded,
      total: money(totals.total, currency),
    },
    createdAt: order.createdAt,
    paidAt: order.paidAt,
  };
}
