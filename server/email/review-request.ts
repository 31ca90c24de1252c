import { isWebUrl } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import type { OutgoingEmail } from './mailer.ts';

export type ReviewRequestInput = {
  shopName: string;
  orderNumber: string;
  /** The recipient. */
  email: string;
  /** The first name on the order, or null. */
  firstName: string | null;
  /** Each product bought, with the signed link that opens its review form. */
  products: { title: string; reviewUrl: string }[];
};

/** "How was it?": one link per product bought, each opening the review form already proven a buyer. */
export function reviewRequestEmail(input: ReviewRequestInput): OutgoingEmail {
  if (input.products.some((product) => !isWebUrl(product.reviewUrl)))
    throw new Error('reviewUrl must be an absolute http(s) URL.');
  const subject = `How is your order ${input.orderNumber}? – ${input.shopName}`;
  const greeting = input.firstName ? `Hello ${input.firstName},` : 'Hello,';
  const intro = `Thank you for shopping with ${input.shopName}. Would you tell other shoppers what you think of what you bought?`;
  const text = [
    greeting,
    '',
    intro,
    '',
    ...input.products.map((product) => `- ${product.title}: ${product.reviewUrl}`),
    '',
    'It takes a minute: a rating, a title and a few words.',
    '',
    input.shopName,
  ].join('\n');
  return { to: input.email, subject, text, html: htmlBody(input, subject, greeting, intro).value };
}

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";

function productRow(product: ReviewRequestInput['products'][number]): SafeHtml {
  return html`<tr>
  <td style="${FONT}padding:12px 0;border-bottom:1px solid #e5e7eb;font-size:14px;line-height:20px;color:#111827;"><strong>${product.title}</strong></td>
  <td align="right" style="padding:12px 0 12px 12px;border-bottom:1px solid #e5e7eb;">
    <a href="${product.reviewUrl}" style="${FONT}display:inline-block;background:#2563eb;color:#ffffff;font-size:14px;font-weight:600;line-height:20px;padding:8px 14px;border-radius:6px;text-decoration:none;white-space:nowrap;">Write a review</a>
  </td>
</tr>`;
}

function htmlBody(input: ReviewRequestInput, subject: string, greeting: string, intro: string): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${subject}</title>
</head>
<body style="margin:0;padding:0;background:#f4f4f5;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f4f5;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:#ffffff;border-radius:8px;">
<tr><td style="${FONT}padding:28px 32px 0;font-size:14px;font-weight:600;color:#374151;">${input.shopName}</td></tr>
<tr><td style="${FONT}padding:12px 32px 0;font-size:14px;line-height:20px;color:#374151;">
  <h1 style="margin:0 0 8px;font-size:22px;line-height:28px;color:#111827;">How was your order?</h1>
  <p style="margin:0;">${greeting}</p>
  <p style="margin:8px 0 0;">${intro}</p>
</td></tr>
<tr><td style="padding:12px 32px 28px;">
  <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
${input.products.map(productRow)}
  </table>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
