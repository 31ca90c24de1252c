import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import PostalMime from 'postal-mime';
import { SMTPServer } from 'smtp-server';
import { createMailer } from './create-mailer.ts';
import { orderConfirmationEmail } from './order-confirmation.ts';
import { listOutbox, readOutboxMessage } from './outbox.ts';
import { sampleConfirmation } from './test-support/sample-confirmation.ts';

const FROM = '"Sticker Shop" <orders@shop.example.com>';
const ORDER_URL = 'https://shop.example.com/orders/ord_123?token=abc.def';

function recipients(parsed: Awaited<ReturnType<typeof PostalMime.parse>>): string[] {
  return (parsed.to ?? []).flatMap((address) =>
    address.group ? address.group.map((member) => member.address) : [address.address],
  );
}

describe('createMailer without SMTP (the outbox)', () => {
  let outboxDir: string;
  before(async () => {
    outboxDir = await mkdtemp(join(tmpdir(), 'storelet-outbox-'));
  });
  after(async () => {
    await rm(outboxDir, { recursive: true, force: true });
  });

  it('writes a real RFC 822 message and an index entry', async () => {
    const mailer = createMailer({ outboxDir, from: FROM });
    const sent = await mailer.send(orderConfirmationEmail(sampleConfirmation()));
    await mailer.close();

    assert.match(sent.id, /^msg_/);
    assert.equal(sent.to, 'ada@example.com');
    assert.ok(!Number.isNaN(Date.parse(sent.sentAt)));

    const eml = await readFile(join(outboxDir, `${sent.id}.eml`));
    assert.ok(eml.includes('\r\n'), 'lines end in CRLF as RFC 5322 has them');
    const parsed = await PostalMime.parse(eml);
    assert.equal(parsed.subject, 'Order SL-10042 confirmed – Sticker Shop');
    assert.deepEqual(recipients(parsed), ['ada@example.com']);
    assert.equal(parsed.from?.address, 'orders@shop.example.com');
    assert.ok(parsed.text?.includes(`View your order: ${ORDER_URL}`));
    assert.ok(parsed.html?.includes(`href="${ORDER_URL}"`));

    const [entry] = await listOutbox(outboxDir);
    assert.deepEqual(entry, {
      id: sent.id,
      to: sent.to,
      subject: sent.subject,
      sentAt: sent.sentAt,
      file: `${sent.id}.eml`,
    });
    const stored = await readOutboxMessage(outboxDir, sent.id);
    assert.equal(stored?.html, sent.html);
    assert.equal(stored?.text, sent.text);
    assert.equal(stored?.from, FROM);
  });

  it('lists messages newest first and leaves no temporary files behind', async () => {
    const mailer = createMailer({ outboxDir, from: FROM });
    const sent = [];
    for (const orderNumber of ['SL-2', 'SL-3', 'SL-4']) {
      sent.push(await mailer.send(orderConfirmationEmail(sampleConfirmation({ orderNumber }))));
    }
    const listed = await listOutbox(outboxDir);
    assert.deepEqual(
      listed.slice(0, 3).map((entry) => entry.id),
      sent.map((message) => message.id).reverse(),
    );
    assert.ok((await readdir(outboxDir)).every((name) => !name.endsWith('.tmp')));
  });
});

describe('createMailer with SMTP', () => {
  type Received = { from: string; to: string[]; user: string | undefined; raw: Buffer };
  const received: Received[] = [];
  let server: SMTPServer;
  let port: number;

  before(async () => {
    server = new SMTPServer({
      // Plain SMTP on loopback: no TLS certificate to manage in a test, so AUTH is allowed without it.
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authMethods: ['PLAIN', 'LOGIN'],
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'shop' && auth.password === 's3cret:pw') callback(null, { user: auth.username });
        else callback(new Error('Invalid username or password'));
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            user: typeof session.user === 'string' ? session.user : undefined,
            raw: Buffer.concat(chunks),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('delivers both parts, the subject and the order link to the recipient', async () => {
    const outboxDir = await mkdtemp(join(tmpdir(), 'storelet-outbox-'));
    // The password holds a colon, percent-encoded in the URL as any SMTP_URL would carry it.
    const mailer = createMailer({ smtpUrl: `smtp://shop:s3cret%3Apw@127.0.0.1:${port}`, outboxDir, from: FROM });
    const sent = await mailer.send(orderConfirmationEmail(sampleConfirmation()));
    await mailer.close();

    assert.equal(received.length, 1);
    const [message] = received;
    assert.ok(message);
    assert.equal(message.user, 'shop');
    assert.equal(message.from, 'orders@shop.example.com');
    assert.deepEqual(message.to, ['ada@example.com']);

    const parsed = await PostalMime.parse(message.raw);
    assert.equal(parsed.subject, sent.subject);
    assert.deepEqual(recipients(parsed), ['ada@example.com']);
    assert.ok(parsed.text?.includes(`View your order: ${ORDER_URL}`));
    assert.ok(parsed.text?.includes('Total: $97.84'));
    assert.ok(parsed.html?.includes(`href="${ORDER_URL}"`));
    assert.ok(parsed.html?.includes('$97.84'));

    assert.deepEqual(await readdir(outboxDir), [], 'nothing goes to the outbox when SMTP is configured');
    await rm(outboxDir, { recursive: true, force: true });
  });

  it('rejects the send when the server refuses the credentials', async () => {
    const mailer = createMailer({ smtpUrl: `smtp://shop:wrong@127.0.0.1:${port}`, outboxDir: tmpdir(), from: FROM });
    const before = received.length;
    await assert.rejects(
      mailer.send(orderConfirmationEmail(sampleConfirmation())),
      /Invalid username or password|EAUTH/,
    );
    await mailer.close();
    assert.equal(received.length, before);
  });
});
