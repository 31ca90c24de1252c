import type { Address } from '../../sdk/schemas/address.ts';
import type { Money } from '../../sdk/schemas/money.ts';
import { addressLines, formatMoney, isWebUrl } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import type { OutgoingEmail } from './mailer.ts';

export type OrderEmailLine = {
  title: string;
  /** e.g. "M / Navy", or a sticker's specs; empty or absent when there is nothing to add. */
  variantTitle?: string;
  quantity: number;
  unitPrice: Money;
  /** What the line costs, as the order recorded it: unitPrice × quantity, or a quoted total (custom stickers). */
  total: Money;
  /** An absolute http(s) URL; anything else is left out, since mail clients can't load it. */
  imageUrl?: string | null;
  /** A custom sticker's design: the file name the shopper uploaded. */
  design?: string | null;
};

export type OrderConfirmationInput = {
  shopName: string;
  orderNumber: string;
  /** The recipient. */
  email: string;
  lines: OrderEmailLine[];
  totals: {
    subtotal: Money;
    discount: Money;
    shipping: Money;
    tax: Money;
    /** True where prices include tax; `tax` is then the included part and is not added again. */
    taxIncluded?: boolean;
    total: Money;
  };
  discountCode?: string | null;
  shippingAddress: Address;
  shippingMethodName: string;
  /** The signed link to the order page, made by the caller. */
  orderUrl: string;
  /** BCP 47 locale for money and country names; defaults to en-US. */
  locale?: string;
};

type Row = { label: string; value: string };

/** Everything both bodies show, formatted once so the text and HTML versions can't disagree. */
function view(input: OrderConfirmationInput) {
  const locale = input.locale ?? 'en-US';
  const money = (value: Money) => formatMoney(value, locale);
  const { totals } = input;
  const rows: Row[] = [{ label: 'Subtotal', value: money(totals.subtotal) }];
  if (totals.discount.amount > 0) {
    const label = input.discountCode ? `Discount (${input.discountCode})` : 'Discount';
    rows.push({ label, value: `−${money(totals.discount)}` });
  }
  rows.push({
    label: `Shipping (${input.shippingMethodName})`,
    value: totals.shipping.amount === 0 ? 'Free' : money(totals.shipping),
  });
  if (totals.tax.amount > 0)
    rows.push({ label: totals.taxIncluded ? 'Tax (included)' : 'Tax', value: money(totals.tax) });
  return {
    subject: `Order ${input.orderNumber} confirmed – ${input.shopName}`,
    lines: input.lines.map((line) => ({
      title: line.title,
      variant: line.variantTitle?.trim() || null,
      design: line.design?.trim() || null,
      // A quoted total need not be a whole number of cents per unit; then the unit price is approximate.
      quantity:
        line.unitPrice.amount * line.quantity === line.total.amount
          ? `${line.quantity} × ${money(line.unitPrice)}`
          : `${line.quantity} at about ${money(line.unitPrice)} each`,
      total: money(line.total),
      imageUrl: line.imageUrl && isWebUrl(line.imageUrl) ? line.imageUrl : null,
    })),
    rows,
    total: money(totals.total),
    address: addressLines(input.shippingAddress, locale),
  };
}

type View = ReturnType<typeof view>;

/** The order confirmation, as a text body and an email-client-friendly HTML body (tables, inline styles). */
export function orderConfirmationEmail(input: OrderConfirmationInput): OutgoingEmail {
  // The link is the one thing the shopper must be able to use; a broken or script URL is a bug upstream.
  if (!isWebUrl(input.orderUrl)) throw new Error('orderUrl must be an absolute http(s) URL.');
  const data = view(input);
  return { to: input.email, subject: data.subject, text: textBody(input, data), html: htmlBody(input, data).value };
}

function textBody(input: OrderConfirmationInput, data: View): string {
  const items = data.lines.map((line) => {
    const name = line.variant ? `${line.title} (${line.variant})` : line.title;
    const design = line.design ? `\n  Design: ${line.design}` : '';
    return `- ${name}${design}\n  ${line.quantity} = ${line.total}`;
  });
  return [
    `Thank you for your order from ${input.shopName}.`,
    '',
    `Order ${input.orderNumber}`,
    `View your order: ${input.orderUrl}`,
    '',
    'Items',
    ...items,
    '',
    ...data.rows.map((row) => `${row.label}: ${row.value}`),
    `Total: ${data.total}`,
    '',
    'Shipping to',
    ...data.address,
    '',
    `${input.shopName}`,
  ].join('\n');
}

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
const MUTED = 'color:#6b7280;';

function lineRow(line: View['lines'][number]): SafeHtml {
  const image = line.imageUrl
    ? html`<img src="${line.imageUrl}" width="56" height="56" alt="" style="display:block;width:56px;height:56px;border-radius:6px;object-fit:cover;border:0;">`
    : '';
  return html`<tr>
  <td width="68" valign="top" style="padding:12px 12px 12px 0;border-bottom:1px solid #e5e7eb;">${image}</td>
  <td valign="top" style="${FONT}padding:12px 0;border-bottom:1px solid #e5e7eb;font-size:14px;line-height:20px;color:#111827;">
    <strong>${line.title}</strong>${line.variant ? html`<br><span style="${MUTED}">${line.variant}</span>` : ''}${line.design ? html`<br><span style="${MUTED}">Design: ${line.design}</span>` : ''}
    <br><span style="${MUTED}">${line.quantity}</span>
  </td>
  <td valign="top" align="right" style="${FONT}padding:12px 0 12px 12px;border-bottom:1px solid #e5e7eb;font-size:14px;line-height:20px;color:#111827;white-space:nowrap;">${line.total}</td>
</tr>`;
}

function totalRow(label: string, value: string, strong = false): SafeHtml {
  const weight = strong ? 'font-weight:700;font-size:16px;color:#111827;' : 'font-size:14px;color:#374151;';
  return html`<tr>
  <td style="${FONT}${weight}padding:4px 0;">${label}</td>
  <td align="right" style="${FONT}${weight}padding:4px 0;white-space:nowrap;">${value}</td>
</tr>`;
}

function htmlBody(input: OrderConfirmationInput, data: View): SafeHtml {
  const preheader = `Order ${input.orderNumber}: ${data.total}. Thank you for shopping with ${input.shopName}.`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${data.subject}</title>
</head>
<body style="margin:0;padding:0;background:#f4f4f5;">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${preheader}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f4f5;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:#ffffff;border-radius:8px;">
<tr><td style="${FONT}padding:28px 32px 0;font-size:14px;font-weight:600;color:#374151;">${input.shopName}</td></tr>
<tr><td style="${FONT}padding:12px 32px 0;">
  <h1 style="margin:0;font-size:22px;line-height:28px;color:#111827;">Thank you for your order</h1>
  <p style="margin:8px 0 0;font-size:14px;line-height:20px;color:#374151;">Order <strong>${input.orderNumber}</strong> is confirmed. We'll let you know when it ships.</p>
</td></tr>
<tr><td style="padding:20px 32px 8px;">
  <a href="${input.orderUrl}" style="${FONT}display:inline-block;background:#2563eb;color:#ffffff;font-size:14px;font-weight:600;line-height:20px;padding:12px 20px;border-radius:6px;text-decoration:none;">View your order</a>
</td></tr>
<tr><td style="padding:8px 32px 0;">
  <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
${data.lines.map(lineRow)}
  </table>
</td></tr>
<tr><td style="padding:12px 32px 0;">
  <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
${data.rows.map((row) => totalRow(row.label, row.value))}
${totalRow('Total', data.total, true)}
  </table>
</td></tr>
<tr><td style="${FONT}padding:24px 32px 0;font-size:14px;line-height:20px;color:#374151;">
  <strong style="color:#111827;">Shipping to</strong><br>
  ${data.address.map((line, index) => html`${index > 0 ? html`<br>` : ''}${line}`)}
  <br><span style="${MUTED}">${input.shippingMethodName}</span>
</td></tr>
<tr><td style="${FONT}padding:24px 32px 28px;font-size:12px;line-height:18px;${MUTED}">
  If the button doesn't work, open this link: <a href="${input.orderUrl}" style="color:#2563eb;word-break:break-all;">${input.orderUrl}</a>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
