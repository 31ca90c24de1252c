import type { OrderRecord } from '../data/orders.ts';
import { NotFoundError } from '../errors.ts';
import type { Shop } from '../shop/shop.ts';
import { renderInvoicePdf } from './invoice-pdf.ts';

export type InvoiceFile = { fileName: string; pdf: Buffer };

/** A line as the invoice names it: the product, its variant or a sticker's specs. */
function description(line: OrderRecord['lines'][number]): string {
  if (line.sticker) return `${line.title} (${line.sticker.summary})`;
  return line.variantTitle === 'Default' ? line.title : `${line.title} (${line.variantTitle})`;
}

/**
 * The order's invoice as a PDF, drawn from the order as it was paid and the seller's details as configured;
 * its number and date were fixed at payment. 404 before the order is paid: there is no invoice yet.
 */
export async function invoicePdf(shop: Shop, order: OrderRecord): Promise<InvoiceFile> {
  const invoice = await shop.data.orders.findInvoice(order.id);
  if (!invoice) throw new NotFoundError('The invoice', { reason: 'An order has an invoice once it is paid.' });
  const pdf = await renderInvoicePdf({
    number: invoice.number,
    issuedAt: invoice.issuedAt,
    orderNumber: order.number,
    seller: shop.settings.seller,
    buyer: { email: order.email, address: order.shippingAddress },
    currency: order.currency,
    lines: order.lines.map((line) => ({
      description: description(line),
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      total: line.total,
    })),
    totals: order.totals,
    discountCode: order.discount?.code ?? null,
    shippingMethod: order.shippingMethod.name,
  });
  return { fileName: `${invoice.number}.pdf`, pdf };
}
