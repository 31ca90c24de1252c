import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { cartWith, checkout, getOrder, payWithTestGateway } from '../test-support/checkout.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

/** With SMTP_URL set, the confirmation goes to a real SMTP server (here on loopback) instead of the outbox. */
type Received = { from: string; to: string[]; raw: Buffer };
const received: Received[] = [];
let smtp: SMTPServer;
let server: TestServer;

before(async () => {
  smtp = new SMTPServer({
    // Plain SMTP on loopback: no certificate to manage in a test.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  server = await startTestServer({
    config: {
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: '"Sticker Shop" <orders@shop.example.com>',
      shopName: 'Sticker Shop',
    },
  });
});
after(async () => {
  await server.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

test('a paid order’s confirmation arrives over SMTP with the order number and a link that opens it', async () => {
  const result = await checkout(server, (await cartWith(server, [['lantern-mug', 1]])).id, {
    email: 'grace@example.com',
  });
  await payWithTestGateway(result, 'approve');
  await server.shop.tasks.drain();

  assert.equal(received.length, 1);
  const [message] = received;
  assert.ok(message);
  assert.equal(message.from, 'orders@shop.example.com');
  assert.deepEqual(message.to, ['grace@example.com']);
  const parsed = await PostalMime.parse(message.raw);
  assert.equal(parsed.subject, `Order ${result.order.number} confirmed – Sticker Shop`);
  assert.ok(parsed.text?.includes(`Order ${result.order.number}`));
  assert.ok(parsed.html?.includes(result.order.number));
  const link = /View your order: (\S+)/.exec(parsed.text ?? '')?.[1];
  assert.ok(link);
  const url = new URL(link);
  assert.equal(url.searchParams.get('storelet_order'), result.order.id);
  const order = await getOrder(server, result.order.id, url.searchParams.get('storelet_token') ?? '');
  assert.equal(order.paymentStatus, 'paid');
  assert.equal(existsSync(join(server.dir, 'outbox')), false, 'nothing went to the outbox');
});
