import type { OrderRecord } from '../data/orders.ts';
import { orderConfirmationEmail, type OrderConfirmationInput } from '../email/order-confirmation.ts';
import type { Shop } from '../shop/shop.ts';
import { money } from '../carts/view.ts';
import { uploadPreviewUrl } from '../uploads/view.ts';
import { orderLinkUrl } from './access.ts';

/** A claim older than this is taken to belong to a sender that died; the sweep may send again. */
export const CONFIRMATION_CLAIM_MS = 10 * 60_000;

/** Catalog image paths are relative to this server; an email needs absolute URLs. */
function absolute(url: string, publicUrl: string): string {
  return new URL(url, `${publicUrl}/`).href;
}

function confirmationInput(shop: Shop, order: OrderRecord): OrderConfirmationInput {
  const { currency, totals } = order;
  return {
    shopName: shop.settings.shopName,
    orderNumber: order.number,
    email: order.email,
    lines: order.lines.map((line) => {
      const catalogImage = line.image ? absolute(line.image.url, shop.settings.publicUrl) : null;
      const sticker = line.sticker;
      return {
        title: line.title,
        // A custom sticker shows its specs and its own design's thumbnail rather than the product's picture.
        variantTitle: sticker ? sticker.summary : line.variantTitle === 'Default' ? '' : line.variantTitle,
        design: sticker?.upload.fileName ?? null,
        quantity: line.quantity,
        unitPrice: money(line.unitPrice, currency),
        total: money(line.total, currency),
        imageUrl: (sticker && uploadPreviewUrl(shop.settings, sticker.upload)) ?? catalogImage,
      };
    }),
    totals: {
      subtotal: money(totals.subtotal, currency),
      discount: money(totals.discount, currency),
      shipping: money(totals.shipping, currency),
      tax: money(totals.tax, currency),
      taxIncluded: totals.taxIncluded,
      total: money(totals.total, currency),
    },
    discountCode: order.discount?.code ?? null,
    shippingAddress: order.shippingAddress,
    shippingMethodName: order.shippingMethod.name,
    orderUrl: orderLinkUrl(shop.settings, order.id, shop.now()),
  };
}

/**
 * Sends an order's confirmation unless it was sent or is being sent: the claim is a conditional update,
 * so two callers (the payment that settled it, the sweep) never both send.
 */
export async function sendConfirmation(shop: Shop, orderId: string): Promise<void> {
  const now = shop.now();
  const staleBefore = new Date(now.getTime() - CONFIRMATION_CLAIM_MS).toISOString();
  if (!(await shop.data.orders.claimConfirmation(orderId, now.toISOString(), staleBefore))) return;
  const order = await shop.data.orders.findOrder(orderId);
  if (!order) return;
  await shop.mailer.send(orderConfirmationEmail(confirmationInput(shop, order)));
  await shop.data.orders.markConfirmationSent(orderId, shop.now().toISOString());
}

/** Sends the confirmation after the response: a slow mail server must not hold up the payment callback. */
export function queueConfirmation(shop: Shop, orderId: string): void {
  shop.tasks.run(`confirmation email for order ${orderId}`, () => sendConfirmation(shop, orderId));
}
