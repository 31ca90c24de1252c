import { Hono } from 'hono';
import { NotFoundError } from '../errors.ts';
import type { AppEnv } from '../http/env.ts';
import { DOCUMENT_HEADERS } from '../http/security.ts';
import { html, SafeHtml } from './html.ts';
import { listOutbox, readOutboxMessage, type OutboxEntry, type OutboxMessage } from './outbox.ts';

/**
 * The development outbox page: what the shop would have emailed, readable in a browser. Mount it only
 * outside production; it shows every customer's messages to whoever can reach it.
 */

/**
 * The page may show remote images (product thumbnails) and nothing else: no script at all. The message
 * HTML runs in an iframe sandboxed without `allow-scripts` or `allow-same-origin`, so even a message
 * carrying script can neither run it nor reach the shop's origin.
 */
const OUTBOX_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src http: https: data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

const BASE_PATH = '/dev/outbox';

const STYLE = new SafeHtml(`
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #111827; background: #f9fafb; }
main { max-width: 960px; margin: 0 auto; padding: 24px; }
h1 { font-size: 22px; margin: 0 0 16px; }
table { width: 100%; border-collapse: collapse; background: #fff; }
th, td { text-align: left; padding: 8px 12px; border-bottom: 1px solid #e5e7eb; vertical-align: top; }
th { font-size: 13px; color: #6b7280; font-weight: 600; }
a { color: #2563eb; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0 0 16px; }
dt { color: #6b7280; }
dd { margin: 0; }
iframe { width: 100%; height: 70vh; border: 1px solid #e5e7eb; background: #fff; }
pre { white-space: pre-wrap; background: #fff; border: 1px solid #e5e7eb; padding: 12px; }
`);

function page(title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>${STYLE}</style></head>
<body><main>${body}</main></body>
</html>
`.value;
}

const sentAtText = (sentAt: string) => sentAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');

/** The list of messages, newest first. */
export function renderOutboxList(entries: OutboxEntry[]): string {
  const rows = entries.map(
    (entry) => html`<tr>
  <td>${sentAtText(entry.sentAt)}</td>
  <td>${entry.to}</td>
  <td><a href="${BASE_PATH}/${entry.id}">${entry.subject || '(no subject)'}</a></td>
</tr>`,
  );
  const body = entries.length
    ? html`<table><thead><tr><th>Sent</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`
    : html`<p>No messages yet. Emails the shop sends appear here while no SMTP server is configured.</p>`;
  return page('Outbox', html`<h1>Outbox</h1>${body}`);
}

/**
 * Links in the message open in a new, unsandboxed tab (popups are the sandbox's only grant), so a
 * developer can follow "View your order" as the shopper would.
 */
function framedHtml(messageHtml: string): string {
  const base = '<base target="_blank">';
  return /<head[^>]*>/i.test(messageHtml)
    ? messageHtml.replace(/<head[^>]*>/i, (head) => head + base)
    : base + messageHtml;
}

/** One message: headers, the HTML body in a sandboxed frame, and the text body. */
export function renderOutboxMessage(message: OutboxMessage): string {
  return page(
    message.subject || 'Message',
    html`<p><a href="${BASE_PATH}">← Outbox</a></p>
<h1>${message.subject || '(no subject)'}</h1>
<dl>
  <dt>From</dt><dd>${message.from}</dd>
  <dt>To</dt><dd>${message.to}</dd>
  <dt>Sent</dt><dd>${sentAtText(message.sentAt)}</dd>
  <dt>File</dt><dd>${message.file}</dd>
</dl>
<h2>HTML</h2>
<iframe sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${framedHtml(message.html)}" title="HTML body of the message"></iframe>
<h2>Text</h2>
<pre>${message.text}</pre>`,
  );
}

/** `GET /dev/outbox` and `GET /dev/outbox/:id`, for development only. */
export function outboxRoutes(outboxDir: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const headers = { ...DOCUMENT_HEADERS, 'Content-Security-Policy': OUTBOX_CSP, 'Cache-Control': 'no-store' };
  app.get(BASE_PATH, async (c) => c.html(renderOutboxList(await listOutbox(outboxDir)), 200, headers));
  app.get(`${BASE_PATH}/:id`, async (c) => {
    const id = c.req.param('id');
    const message = await readOutboxMessage(outboxDir, id);
    if (!message) throw new NotFoundError('Message', { id: id.slice(0, 100) });
    return c.html(renderOutboxMessage(message), 200, headers);
  });
  return app;
}
