import type { RefundRecord } from '../data/refunds.ts';
import type { ReturnRecord } from '../data/returns.ts';
import { aftercareEmail } from '../email/aftercare-emails.ts';
import { formatMoney } from '../email/format.ts';
import { orderLinkUrl } from '../orders/access.ts';
import type { Shop } from '../shop/shop.ts';

/** The customer's emails after a sale, sent after the response: a slow mail server holds nothing up. */

const LOCALE = 'en-US';

function send(shop: Shop, orderId: string, title: string, paragraphs: (orderNumber: string) => string[]): void {
  shop.tasks.run(`${title} email for order ${orderId}`, async () => {
    const order = await shop.data.orders.findOrder(orderId);
    if (!order) return;
    const input = {
      shopName: shop.settings.shopName,
      orderNumber: order.number,
      email: order.email,
      orderUrl: orderLinkUrl(shop.settings, order.id, shop.now()),
      paragraphs: paragraphs(order.number),
    };
    await shop.mailer.send(aftercareEmail(title, input));
  });
}

export function notifyRefund(shop: Shop, refund: RefundRecord): void {
  const amount = formatMoney({ amount: refund.amount, currency: refund.currency }, LOCALE);
  send(shop, refund.orderId, 'Your refund', (number) => [
    `We refunded ${amount} of order ${number} to the card you paid with.`,
    'Banks take 5 to 10 business days to show it on your statement.',
    ...(refund.creditNoteNumber ? [`Credit note: ${refund.creditNoteNumber}.`] : []),
  ]);
}

export function notifyCancellation(shop: Shop, orderId: string, refunded: boolean, reason: string | null): void {
  send(shop, orderId, 'Your order was cancelled', (number) => [
    `Order ${number} was cancelled${reason ? `: ${reason}` : '.'}`,
    refunded
      ? 'What you paid is being refunded to the card you paid with; a separate email confirms it.'
      : 'You were not charged.',
  ]);
}

const RETURN_STEPS: Record<ReturnRecord['status'], { title: string; text: string }> = {
  requested: { title: 'We received your return request', text: 'We will look at it and answer you shortly.' },
  approved: { title: 'Your return was approved', text: 'Please send the items back; we refund once they arrive.' },
  rejected: { title: 'Your return request was declined', text: 'The items stay with you.' },
  received: { title: 'We received your return', text: 'Your refund follows shortly.' },
  refunded: { title: 'Your return was refunded', text: 'A separate email confirms the refund.' },
};

export function notifyReturn(shop: Shop, request: ReturnRecord): void {
  const step = RETURN_STEPS[request.status];
  send(shop, request.orderId, step.title, (number) => [
    `Return for order ${number}: ${step.text}`,
    ...(request.message && (request.status === 'approved' || request.status === 'rejected')
      ? [`Message from the shop: ${request.message}`]
      : []),
  ]);
}
