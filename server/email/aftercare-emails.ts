import { html } from './html.ts';
import type { OutgoingEmail } from './mailer.ts';

/**
 * The emails after a sale: a cancellation, a refund, and each step of a return. One plain layout: a title,
 * a few sentences, the order's link. Values are escaped by `html`.
 */

export type AftercareEmailInput = {
  shopName: string;
  orderNumber: string;
  email: string;
  orderUrl: string;
  /** Sentences, each a paragraph, in the text and the HTML alike. */
  paragraphs: string[];
};

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";

export function aftercareEmail(title: string, input: AftercareEmailInput): OutgoingEmail {
  const text = [...input.paragraphs, '', `Your order: ${input.orderUrl}`, '', input.shopName].join('\n\n');
  const paragraphs = input.paragraphs.map(
    (paragraph) => html`<p style="margin:8px 0 0;font-size:14px;line-height:20px;color:#374151;">${paragraph}</p>`,
  );
  const body = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body style="margin:0;padding:0;background:#f4f4f5;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f4f5;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:#ffffff;border-radius:8px;">
<tr><td style="${FONT}padding:28px 32px 0;font-size:14px;font-weight:600;color:#374151;">${input.shopName}</td></tr>
<tr><td style="${FONT}padding:12px 32px 0;"><h1 style="margin:0;font-size:22px;line-height:28px;color:#111827;">${title}</h1>${paragraphs}</td></tr>
<tr><td style="padding:16px 32px 0;"><a href="${input.orderUrl}" style="${FONT}display:inline-block;background:#2563eb;color:#ffffff;font-size:14px;font-weight:600;padding:12px 20px;border-radius:6px;text-decoration:none;">View your order</a></td></tr>
<tr><td style="${FONT}padding:20px 32px 28px;font-size:12px;line-height:18px;color:#6b7280;">Order ${input.orderNumber}</td></tr>
</table></td></tr></table></body></html>`;
  return {
    to: input.email,
    subject: `${title}: order ${input.orderNumber} – ${input.shopName}`,
    text,
    html: body.value,
  };
}
