import { isWebUrl } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import type { OutgoingEmail } from './mailer.ts';

/** The two emails a parcel sends: it left (carrier, number, tracking link, contents) and it arrived. */

export type ShipmentEmailInput = {
  shopName: string;
  orderNumber: string;
  email: string;
  carrierName: string;
  trackingNumber: string;
  /** The tracking page; null for a carrier we have no page for. */
  trackingUrl: string | null;
  estimatedDelivery: string | null;
  lines: { title: string; variantTitle: string; quantity: number; imageUrl: string | null }[];
  /** The signed link to the order page. */
  orderUrl: string;
  /** When it arrived (the delivery email). */
  deliveredAt?: string | null;
};

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
const MUTED = 'color:#6b7280;';

const day = (iso: string) =>
  new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(iso),
  );

function lineName(line: ShipmentEmailInput['lines'][number]): string {
  const variant = line.variantTitle && line.variantTitle !== 'Default' ? ` (${line.variantTitle})` : '';
  return `${line.quantity} × ${line.title}${variant}`;
}

function page(
  title: string,
  intro: SafeHtml,
  input: ShipmentEmailInput,
  button: { href: string; label: string } | null,
): SafeHtml {
  const items = input.lines.map((line) => {
    const image =
      line.imageUrl && isWebUrl(line.imageUrl)
        ? html`<img src="${line.imageUrl}" width="48" height="48" alt="" style="display:block;width:48px;height:48px;border-radius:6px;object-fit:cover;border:0;">`
        : '';
    return html`<tr><td width="60" style="padding:8px 12px 8px 0;">${image}</td>
<td style="${FONT}padding:8px 0;font-size:14px;color:#111827;">${lineName(line)}</td></tr>`;
  });
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body style="margin:0;padding:0;background:#f4f4f5;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f4f5;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:#ffffff;border-radius:8px;">
<tr><td style="${FONT}padding:28px 32px 0;font-size:14px;font-weight:600;color:#374151;">${input.shopName}</td></tr>
<tr><td style="${FONT}padding:12px 32px 0;"><h1 style="margin:0;font-size:22px;line-height:28px;color:#111827;">${title}</h1>
<p style="margin:8px 0 0;font-size:14px;line-height:20px;color:#374151;">${intro}</p></td></tr>
<tr><td style="${FONT}padding:16px 32px 0;font-size:14px;line-height:20px;color:#374151;">
<strong style="color:#111827;">${input.carrierName}</strong> · ${input.trackingNumber}
${input.estimatedDelivery && !input.deliveredAt ? html`<br><span style="${MUTED}">Expected ${day(input.estimatedDelivery)}</span>` : ''}
</td></tr>
${button ? html`<tr><td style="padding:16px 32px 0;"><a href="${button.href}" style="${FONT}display:inline-block;background:#2563eb;color:#ffffff;font-size:14px;font-weight:600;padding:12px 20px;border-radius:6px;text-decoration:none;">${button.label}</a></td></tr>` : ''}
<tr><td style="padding:16px 32px 0;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${items}</table></td></tr>
<tr><td style="${FONT}padding:20px 32px 28px;font-size:12px;line-height:18px;${MUTED}">Your order: <a href="${input.orderUrl}" style="color:#2563eb;word-break:break-all;">${input.orderUrl}</a></td></tr>
</table></td></tr></table></body></html>`;
}

export function shipmentShippedEmail(input: ShipmentEmailInput): OutgoingEmail {
  const subject = `Order ${input.orderNumber} has shipped – ${input.shopName}`;
  const text = [
    `Good news: part or all of order ${input.orderNumber} is on its way.`,
    '',
    `Carrier: ${input.carrierName}`,
    `Tracking number: ${input.trackingNumber}`,
    ...(input.trackingUrl ? [`Track it: ${input.trackingUrl}`] : []),
    ...(input.estimatedDelivery ? [`Expected: ${day(input.estimatedDelivery)}`] : []),
    '',
    'In this parcel',
    ...input.lines.map((line) => `- ${lineName(line)}`),
    '',
    `Your order: ${input.orderUrl}`,
    '',
    input.shopName,
  ].join('\n');
  const intro = html`Order <strong>${input.orderNumber}</strong> is on its way. Here is what is in this parcel and where to follow it.`;
  const button = input.trackingUrl ? { href: input.trackingUrl, label: 'Track your parcel' } : null;
  return { to: input.email, subject, text, html: page('Your order has shipped', intro, input, button).value };
}

export function shipmentDeliveredEmail(input: ShipmentEmailInput): OutgoingEmail {
  const subject = `Order ${input.orderNumber} was delivered – ${input.shopName}`;
  const when = input.deliveredAt ? ` on ${day(input.deliveredAt)}` : '';
  const text = [
    `Your parcel from order ${input.orderNumber} was delivered${when}.`,
    '',
    `Carrier: ${input.carrierName}`,
    `Tracking number: ${input.trackingNumber}`,
    ...(input.trackingUrl ? [`Details: ${input.trackingUrl}`] : []),
    '',
    'In this parcel',
    ...input.lines.map((line) => `- ${lineName(line)}`),
    '',
    `Your order: ${input.orderUrl}`,
    '',
    input.shopName,
  ].join('\n');
  const intro = html`Your parcel from order <strong>${input.orderNumber}</strong> was delivered${when}. We hope you love it.`;
  return {
    to: input.email,
    subject,
    text,
    html: page('Your parcel was delivered', intro, input, { href: input.orderUrl, label: 'View your order' }).value,
  };
}
