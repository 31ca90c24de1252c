import { createTransport } from 'nodemailer';
import type { Mailer, OutgoingEmail, SentEmail } from './mailer.ts';
import { newOutboxId, writeOutboxMessage } from './outbox.ts';

export type MailerOptions = {
  /** `smtp://user:pass@host:587` or `smtps://…`; nodemailer's URL options apply (`?pool=true`). Unset: the outbox. */
  smtpUrl?: string;
  /** Where messages go when there is no SMTP server: `.eml` files plus a JSON entry each. */
  outboxDir: string;
  /** The sender, e.g. `"Sticker Shop" <orders@example.com>`. */
  from: string;
};

/** Sends over SMTP when `smtpUrl` is set, otherwise writes each message to the outbox folder. */
export function createMailer(options: MailerOptions): Mailer {
  return options.smtpUrl ? smtpMailer(options.smtpUrl, options.from) : outboxMailer(options.outboxDir, options.from);
}

function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = createTransport(smtpUrl, { from });
  return {
    async send(email: OutgoingEmail): Promise<SentEmail> {
      const id = newOutboxId();
      await transport.sendMail({ to: email.to, subject: email.subject, text: email.text, html: email.html });
      return { ...email, id, sentAt: new Date().toISOString() };
    },
    async close() {
      transport.close();
    },
  };
}

function outboxMailer(outboxDir: string, from: string): Mailer {
  // The stream transport builds the same MIME message SMTP would carry, as a buffer; CRLF as RFC 5322 has it.
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' }, { from });
  return {
    async send(email: OutgoingEmail): Promise<SentEmail> {
      const now = new Date();
      const id = newOutboxId(now.getTime());
      const info = await transport.sendMail({
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        date: now,
      });
      if (!Buffer.isBuffer(info.message)) throw new Error('The stream transport did not return a buffer.');
      const sentAt = now.toISOString();
      const file = `${id}.eml`;
      await writeOutboxMessage(
        outboxDir,
        { id, to: email.to, subject: email.subject, sentAt, file, from, text: email.text, html: email.html },
        info.message,
      );
      return { ...email, id, sentAt };
    },
    async close() {
      transport.close();
    },
  };
}
