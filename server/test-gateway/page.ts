import type { OrderRecord, PaymentRecord } from '../data/orders.ts';
import { formatMoney } from '../email/format.ts';
import { html, SafeHtml } from '../email/html.ts';

/**
 * The test gateway's payment page: the order and amount, and three plain forms (approve, decline,
 * leave pending). No script at all, so it runs under a CSP that forbids every script.
 */

const STYLE = new SafeHtml(`
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f4f4f5; color: #111827; }
main { max-width: 28rem; margin: 3rem auto; background: #fff; border-radius: 10px; padding: 2rem; box-shadow: 0 1px 3px #0002; }
h1 { font-size: 1.25rem; margin: 0 0 .25rem; }
.amount { font-size: 2rem; font-weight: 700; margin: 1rem 0; }
.note { color: #6b7280; font-size: .9rem; }
.badge { display: inline-block; background: #fef3c7; color: #92400e; border-radius: 4px; padding: 0 .4rem; font-size: .8rem; }
form { margin: .5rem 0; }
button { width: 100%; font: inherit; padding: .75rem; border-radius: 6px; border: 1px solid #d1d5db; background: #fff; cursor: pointer; }
button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.approve { background: #15803d; border-color: #15803d; color: #fff; }
.decline { background: #dc2626; border-color: #dc2626; color: #fff; }
a { color: #2563eb; }
`);

export type TestPaymentView = { shopName: string; order: OrderRecord; payment: PaymentRecord };

function actions(view: TestPaymentView): SafeHtml {
  const { order, payment } = view;
  const base = `/pay/test/${encodeURIComponent(payment.sessionId)}`;
  const current = order.paymentSessionId === payment.sessionId && order.paymentStatus === 'pending';
  if (!current || payment.status !== 'open') {
    const state =
      payment.status === 'paid'
        ? 'This payment was approved.'
        : payment.status === 'failed'
          ? 'This payment was declined or expired.'
          : 'This payment session is no longer in use.';
    return html`<p>${state}</p><p><a href="${payment.successUrl}">Back to the shop</a></p>`;
  }
  return html`<form method="post" action="${base}/approve"><button class="approve" type="submit">Approve</button></form>
<form method="post" action="${base}/decline"><button class="decline" type="submit">Decline</button></form>
<form method="post" action="${base}/pending"><button type="submit">Leave pending</button></form>
<p class="note">A payment left pending can be settled from this page until the order's reservation runs out.</p>
<p><a class="cancel" href="${payment.cancelUrl}">Cancel and return to the shop</a></p>`;
}

export function renderTestPaymentPage(view: TestPaymentView): string {
  const { order, payment } = view;
  const amount = formatMoney({ amount: payment.amount, currency: payment.currency }, 'en-US');
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Pay ${amount} – ${view.shopName}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p><span class="badge">Test gateway</span> No money moves here.</p>
<h1>${view.shopName}</h1>
<p>Order ${order.number} · ${order.email}</p>
<p class="amount">${amount}</p>
${actions(view)}
</main>
</body>
</html>
`.value;
}
