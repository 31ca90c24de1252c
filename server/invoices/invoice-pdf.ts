import PDFDocument from 'pdfkit';
import type { Address } from '../../sdk/schemas/index.ts';
import type { SellerConfig } from '../config.ts';
import { addressLines } from '../email/format.ts';

/** Everything an invoice shows, in minor units of `currency`. */
export type InvoiceContent = {
  number: string;
  issuedAt: string;
  orderNumber: string;
  seller: SellerConfig;
  buyer: { email: string; address: Address };
  currency: string;
  lines: { description: string; quantity: number; unitPrice: number; total: number }[];
  totals: { subtotal: number; discount: number; shipping: number; tax: number; taxIncluded: boolean; total: number };
  discountCode: string | null;
  shippingMethod: string;
};

const MARGIN = 50;
const PAGE_WIDTH = 595.28;
const RIGHT = PAGE_WIDTH - MARGIN;
const COLUMNS = { description: MARGIN, quantity: 330, unitPrice: 380, total: 470 };

/**
 * Draws the invoice as an A4 PDF with pdfkit's built-in Helvetica. Text streams are left uncompressed: an
 * invoice is a few kilobytes either way, and its words stay findable by tools that read the file as text.
 */
export function renderInvoicePdf(content: InvoiceContent): Promise<Buffer> {
  const issued = new Date(content.issuedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: false,
    info: { Title: `Invoice ${content.number}`, Author: content.seller.name, CreationDate: issued },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: content.currency });
  const format = (minor: number) => money.format(minor / 10 ** (money.resolvedOptions().maximumFractionDigits ?? 2));
  const date = issued.toISOString().slice(0, 10);

  doc.font('Helvetica-Bold').fontSize(20).text('Invoice', MARGIN, MARGIN);
  doc.font('Helvetica').fontSize(10);
  doc.text(`Invoice number: ${content.number}`, 330, MARGIN, { width: RIGHT - 330 });
  doc.text(`Date: ${date}`, 330);
  doc.text(`Order: ${content.orderNumber}`, 330);

  doc.moveDown(2);
  const top = Math.max(doc.y, 110);
  doc.font('Helvetica-Bold').text('Seller', MARGIN, top);
  doc
    .font('Helvetica')
    .text([content.seller.name, ...content.seller.address.split('\n').filter(Boolean)].join('\n'), MARGIN);
  if (content.seller.taxId) doc.text(`Tax id: ${content.seller.taxId}`, MARGIN);
  const sellerBottom = doc.y;
  doc.font('Helvetica-Bold').text('Bill to', 330, top);
  doc.font('Helvetica').text([...addressLines(content.buyer.address, 'en-US'), content.buyer.email].join('\n'), 330);
  doc.y = Math.max(sellerBottom, doc.y) + 24;

  /** Cells of one row at the same height; the next row starts below the tallest (a long title wraps). */
  const cells = (items: { text: string; x: number; width: number; align?: 'right' }[], bold = false) => {
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    let bottom = y;
    for (const item of items) {
      doc.text(item.text, item.x, y, { width: item.width, align: item.align ?? 'left' });
      bottom = Math.max(bottom, doc.y);
    }
    doc.y = bottom + 4;
  };
  const row = (line: { description: string; quantity: string; unitPrice: string; total: string }, bold = false) =>
    cells(
      [
        { text: line.description, x: COLUMNS.description, width: COLUMNS.quantity - COLUMNS.description - 10 },
        { text: line.quantity, x: COLUMNS.quantity, width: 40, align: 'right' },
        { text: line.unitPrice, x: COLUMNS.unitPrice, width: 80, align: 'right' },
        { text: line.total, x: COLUMNS.total, width: RIGHT - COLUMNS.total, align: 'right' },
      ],
      bold,
    );
  row({ description: 'Item', quantity: 'Qty', unitPrice: 'Unit price', total: 'Amount' }, true);
  doc.moveTo(MARGIN, doc.y).lineTo(RIGHT, doc.y).stroke();
  doc.y += 4;
  for (const line of content.lines) {
    row({
      description: line.description,
      quantity: String(line.quantity),
      unitPrice: format(line.unitPrice),
      total: format(line.total),
    });
  }
  doc.moveTo(MARGIN, doc.y).lineTo(RIGHT, doc.y).stroke();
  doc.y += 6;

  const { totals } = content;
  const sum = (label: string, amount: string, bold = false) =>
    cells(
      [
        { text: label, x: 250, width: COLUMNS.total - 250 - 10, align: 'right' },
        { text: amount, x: COLUMNS.total, width: RIGHT - COLUMNS.total, align: 'right' },
      ],
      bold,
    );
  sum('Subtotal', format(totals.subtotal));
  if (totals.discount > 0)
    sum(content.discountCode ? `Discount (${content.discountCode})` : 'Discount', `-${format(totals.discount)}`);
  sum(`Shipping (${content.shippingMethod})`, format(totals.shipping));
  sum(totals.taxIncluded ? 'Tax included' : 'Tax', format(totals.tax));
  sum(`Total (${content.currency})`, format(totals.total), true);

  doc.moveDown(2);
  doc
    .font('Helvetica')
    .fontSize(9)
    .text('Paid in full. Thank you for your order.', MARGIN, doc.y, { width: RIGHT - MARGIN });
  doc.end();
  return done;
}
