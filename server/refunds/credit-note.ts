import type { OrderRecord } from '../data/orders.ts';
import { NotFoundError } from '../errors.ts';
import type { Shop } from '../shop/shop.ts';
import { renderCreditNotePdf } from './credit-note-pdf.ts';

export type CreditNoteFile = { fileName: string; pdf: Buffer };

/**
 * A succeeded refund's credit note as a PDF: its number and date were fixed when the refund succeeded, the
 * rest is drawn from the order as it was paid. 404 for a refund not of this order, or not succeeded (yet).
 */
export async function creditNotePdf(shop: Shop, order: OrderRecord, refundId: string): Promise<CreditNoteFile> {
  const refund = refundId.length <= 64 ? await shop.data.refunds.findRefund(refundId) : null;
  if (!refund || refund.orderId !== order.id || !refund.creditNoteNumber)
    throw new NotFoundError('The credit note', { reason: 'A refund has a credit note once it succeeded.' });
  const invoice = refund.source === 'order' ? await shop.data.orders.findInvoice(order.id) : null;
  const pdf = await renderCreditNotePdf({
    number: refund.creditNoteNumber,
    issuedAt: refund.updatedAt,
    orderNumber: order.number,
    invoiceNumber: invoice?.number ?? null,
    seller: shop.settings.seller,
    buyer: { email: order.email, address: order.shippingAddress },
    currency: refund.currency,
    reason: refund.reason.replace(/_/g, ' '),
    lines: refund.lines.map((asked) => {
      const line = order.lines.find((candidate) => candidate.id === asked.lineId);
      const name = !line
        ? asked.lineId
        : line.variantTitle === 'Default'
          ? line.title
          : `${line.title} (${line.variantTitle})`;
      return { description: name, quantity: asked.quantity };
    }),
    amount: refund.amount,
  });
  return { fileName: `${refund.creditNoteNumber}.pdf`, pdf };
}
