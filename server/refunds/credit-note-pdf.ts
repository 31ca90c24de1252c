import PDFDocument from 'pdfkit';
import type { Address } from '../../sdk/schemas/index.ts';
import type { SellerConfig } from '../config.ts';
import { addressLines } from '../email/format.ts';

/** Everything a credit note shows, in minor units of `currency`. */
export type CreditNoteContent = {
  number: string;
  issuedAt: string;
  orderNumber: string;
  /** The invoice it corrects; null for money the order never took (a payment issue). */
  invoiceNumber: string | null;
  seller: SellerConfig;
  buyer: { email: string; address: Address };
  currency: string;
  reason: string;
  /** The units refunded; empty for a refund by amount. */
  lines: { description: string; quantity: number }[];
  amount: number;
};

const MARGIN = 50;
const RIGHT = 595.28 - MARGIN;

/**
 * Draws the credit note as an A4 PDF, beside the invoice and in its style (pdfkit's Helvetica, text left
 * uncompressed so its words stay findable).
 */
export function renderCreditNotePdf(content: CreditNoteContent): Promise<Buffer> {
  const issued = new Date(content.issuedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: false,
    info: { Title: `Credit note ${content.number}`, Author: content.seller.name, CreationDate: issued },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: content.currency });
  const format = (minor: number) => money.format(minor / 10 ** (money.resolvedOptions().maximumFractionDigits ?? 2));

  doc.font('Helvetica-Bold').fontSize(20).text('Credit note', MARGIN, MARGIN);
  doc.font('Helvetica').fontSize(10);
  doc.text(`Credit note number: ${content.number}`, 330, MARGIN, { width: RIGHT - 330 });
  doc.text(`Date: ${issued.toISOString().slice(0, 10)}`, 330);
  doc.text(`Order: ${content.orderNumber}`, 330);
  if (content.invoiceNumber) doc.text(`Corrects invoice: ${content.invoiceNumber}`, 330);

  doc.moveDown(2);
  const top = Math.max(doc.y, 120);
  doc.font('Helvetica-Bold').text('Seller', MARGIN, top);
  doc
    .font('Helvetica')
    .text([content.seller.name, ...content.seller.address.split('\n').filter(Boolean)].join('\n'), MARGIN);
  if (content.seller.taxId) doc.text(`Tax id: ${content.seller.taxId}`, MARGIN);
  const sellerBottom = doc.y;
  doc.font('Helvetica-Bold').text('Credited to', 330, top);
  doc.font('Helvetica').text([...addressLines(content.buyer.address, 'en-US'), content.buyer.email].join('\n'), 330);
  doc.y = Math.max(sellerBottom, doc.y) + 24;

  doc.font('Helvetica-Bold').text('Refunded', MARGIN, doc.y);
  doc
    .moveTo(MARGIN, doc.y + 2)
    .lineTo(RIGHT, doc.y + 2)
    .stroke();
  doc.y += 8;
  doc.font('Helvetica');
  if (content.lines.length === 0) doc.text(`An amount of the order (${content.reason}).`, MARGIN);
  for (const line of content.lines)
    doc.text(`${line.quantity} × ${line.description}`, MARGIN, doc.y, { width: RIGHT - MARGIN });
  doc.moveDown();
  doc.text(`Reason: ${content.reason}`, MARGIN);
  doc.moveDown();
  doc.font('Helvetica-Bold').text(`Total credited (${content.currency}): -${format(content.amount)}`, MARGIN, doc.y, {
    width: RIGHT - MARGIN,
    align: 'right',
  });
  doc.moveDown(2);
  doc
    .font('Helvetica')
    .fontSize(9)
    .text('Refunded to the original payment method.', MARGIN, doc.y, { width: RIGHT - MARGIN });
  doc.end();
  return done;
}
