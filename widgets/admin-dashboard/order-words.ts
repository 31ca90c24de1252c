import { html, type TemplateResult } from 'lit';
import type { FulfillmentStatus, PaymentIssue, PaymentStatus } from '../../sdk/index.ts';

type Tone = 'neutral' | 'good' | 'warn' | 'bad';

export const PAYMENT_LABELS: Record<PaymentStatus, [string, Tone]> = {
  pending: ['Payment pending', 'warn'],
  paid: ['Paid', 'good'],
  failed: ['Payment failed', 'bad'],
  refunded: ['Refunded', 'neutral'],
  partially_refunded: ['Partially refunded', 'neutral'],
};

export const FULFILLMENT_LABELS: Record<FulfillmentStatus, [string, Tone]> = {
  unfulfilled: ['Unfulfilled', 'warn'],
  partially_shipped: ['Partly shipped', 'warn'],
  shipped: ['Shipped', 'neutral'],
  in_transit: ['In transit', 'neutral'],
  out_for_delivery: ['Out for delivery', 'neutral'],
  delivered: ['Delivered', 'good'],
  exception: ['Delivery problem', 'bad'],
  returned: ['Returned', 'neutral'],
};

/** What went wrong with the money and what the store owner should do, in their words. */
export const PAYMENT_ISSUE_TEXT: Record<PaymentIssue, string> = {
  amount_mismatch: 'The payment taken is not the order total. Refund the difference, or find out why, before you ship.',
  currency_mismatch:
    'The payment was taken in another currency than the order’s. Refund it, or find out why, before you ship.',
  paid_after_failure:
    'Money arrived after this order’s payment had failed and its stock was released. Refund it, or check the stock before you ship.',
  duplicate_capture: 'This order was paid more than once. Refund the extra payment.',
};

export function paymentBadge(status: PaymentStatus): TemplateResult {
  const [label, tone] = PAYMENT_LABELS[status];
  return html`<span part="badge payment-status" class="badge ${tone}">${label}</span>`;
}

export function fulfillmentBadge(status: FulfillmentStatus): TemplateResult {
  const [label, tone] = FULFILLMENT_LABELS[status];
  return html`<span part="badge fulfillment-status" class="badge ${tone}">${label}</span>`;
}

/** The flag on an order whose money needs a person: a word and a sign, never colour alone. */
export function paymentIssueFlag(issue: PaymentIssue): TemplateResult {
  return html`<span part="badge payment-issue-flag" class="badge bad" title=${PAYMENT_ISSUE_TEXT[issue]}>⚠ Payment issue</span>`;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

const kilobytes = new Intl.NumberFormat(undefined, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
const megabytes = new Intl.NumberFormat(undefined, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
const bytes = new Intl.NumberFormat(undefined, { style: 'unit', unit: 'byte', unitDisplay: 'long' });

/** File sizes as people read them: "820 bytes", "12.4 kB", "3.1 MB" (1024 to the next unit). */
export function formatFileSize(size: number): string {
  if (size < 1024) return bytes.format(size);
  if (size < 1024 * 1024) return kilobytes.format(size / 1024);
  return megabytes.format(size / (1024 * 1024));
}

/** The thumbnail of a design with no preview (a PDF, an EPS…): its format in a box, never a stand-in picture. */
export function fileTypeThumb(format: string, part: string): TemplateResult {
  return html`<span part=${part} class="thumb file-type" aria-hidden="true">${format.toUpperCase()}</span>`;
}
