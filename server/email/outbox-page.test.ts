import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { errorHandler } from '../http/error-handler.ts';
import { createMailer } from './create-mailer.ts';
import { orderConfirmationEmail } from './order-confirmation.ts';
import { outboxRoutes } from './outbox-page.ts';
import { sampleConfirmation } from './test-support/sample-confirmation.ts';

describe('outbox page', () => {
  let outboxDir: string;
  let app: Hono<AppEnv>;
  let id: string;

  before(async () => {
    outboxDir = await mkdtemp(join(tmpdir(), 'storelet-outbox-'));
    const mailer = createMailer({ outboxDir, from: 'shop@example.com' });
    const input = sampleConfirmation({ orderNumber: 'SL-<b>7</b>' });
    const email = orderConfirmationEmail(input);
    // A message whose HTML carries script, as a hostile or broken template might produce.
    id = (await mailer.send({ ...email, html: `${email.html}<script>parent.document.title='owned'</script>` })).id;
    app = new Hono<AppEnv>().route('/', outboxRoutes(outboxDir));
    app.onError(errorHandler(() => {}));
  });
  after(async () => {
    await rm(outboxDir, { recursive: true, force: true });
  });

  it('lists messages with escaped subjects and a strict CSP', async () => {
    const response = await app.request('/dev/outbox');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.doesNotMatch(response.headers.get('content-security-policy') ?? '', /script-src/);
    const body = await response.text();
    assert.ok(body.includes(`href="/dev/outbox/${id}"`));
    assert.ok(body.includes('Order SL-&#60;b&#62;7&#60;/b&#62; confirmed'));
    assert.ok(!body.includes('<b>7'));
  });

  it('shows the HTML body only inside a sandboxed srcdoc frame, and the text body', async () => {
    const response = await app.request(`/dev/outbox/${id}`);
    assert.equal(response.status, 200);
    const body = await response.text();
    const frame = body.match(/<iframe sandbox="([^"]*)" srcdoc="([^"]*)"/);
    assert.ok(frame, 'a sandboxed iframe with srcdoc');
    // Links may open a new tab; nothing lets the message run script or share the shop's origin.
    assert.deepEqual(frame[1]?.split(' ').sort(), ['allow-popups', 'allow-popups-to-escape-sandbox']);
    assert.ok(
      frame[2]?.includes('&#60;script&#62;parent.document.title'),
      'the message HTML is escaped into the attribute',
    );
    assert.ok(frame[2]?.includes('&#60;head&#62;&#60;base target=&#34;_blank&#34;&#62;'));
    assert.ok(!body.includes('<script'), 'no live script element anywhere on the page');
    assert.ok(body.includes('<pre>Thank you for your order from Sticker Shop.'));
  });

  it('answers 404 for unknown and unsafe ids', async () => {
    for (const path of ['/dev/outbox/msg_000000000000000000000', '/dev/outbox/..%2F..%2Fetc%2Fpasswd']) {
      const response = await app.request(path);
      assert.equal(response.status, 404, path);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'not_found');
    }
  });
});
