import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { startTestServer, type TestServer } from '../test-support/server.ts';
import { adminAuth, paidOrder, shipped } from './test-support/ship.ts';

/** With SMTP_URL set, the shipping and delivery emails go to a real SMTP server (here on loopback). */
const received: { to: string[]; raw: Buffer }[] = [];
let smtp: SMTPServer;
let server: TestServer;

before(async () => {
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  server = await startTestServer({ config: { smtpUrl: `smtp://127.0.0.1:${port}`, shopName: 'Sticker Shop' } });
});
after(async () => {
  await server.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

test('the shipping email and the delivery email arrive over SMTP', async () => {
  const auth = await adminAuth(server);
  const result = await paidOrder(server, 'grace@example.com');
  const shipment = await shipped(server, auth, result.order.id, {
    carrier: 'dhl_express',
    trackingNumber: '1234567890',
    lines: result.order.lines.map((line) => ({ lineId: line.id, quantity: line.quantity })),
  });
  const delivered = await server.send(
    `/api/admin/orders/${result.order.id}/shipments/${shipment.id}/events`,
    { status: 'delivered' },
    auth,
  );
  assert.equal(delivered.status, 200, delivered.text);
  await server.shop.tasks.drain();

  const parsed = await Promise.all(
    received.map(async (message) => ({ to: message.to, mail: await PostalMime.parse(message.raw) })),
  );
  const subjects = parsed
    .filter((message) => message.to.includes('grace@example.com'))
    .map((message) => message.mail.subject);
  assert.deepEqual(subjects, [
    `Order ${result.order.number} confirmed – Sticker Shop`,
    `Order ${result.order.number} has shipped – Sticker Shop`,
    `Order ${result.order.number} was delivered – Sticker Shop`,
  ]);
  const text = parsed[1]?.mail.text ?? '';
  for (const part of [
    'Carrier: DHL Express',
    'Tracking number: 1234567890',
    'Track it: https://www.dhl.com/en/express/tracking.html?AWB=1234567890',
    '3 × Lantern Mug',
    '1 × Tea Towel',
  ]) {
    assert.ok(text.includes(part), part);
  }
});
