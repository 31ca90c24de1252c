import { html } from '../email/html.ts';
import type { OutgoingEmail } from '../email/mailer.ts';

/** The short emails about an account: each with a plain-text body and an HTML one saying the same. */

function email(
  to: string,
  subject: string,
  paragraphs: string[],
  link: { url: string; label: string } | null,
): OutgoingEmail {
  const text = [...paragraphs, ...(link ? [`${link.label}: ${link.url}`] : [])].join('\n\n');
  const body = html`<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">
${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
${link ? html`<p><a href="${link.url}">${link.label}</a></p>` : ''}
</body></html>`;
  return { to, subject, text, html: body.value };
}

export function verificationEmail(shopName: string, to: string, url: string): OutgoingEmail {
  return email(
    to,
    `Confirm your email for ${shopName}`,
    [
      `Please confirm that this is your email address for your ${shopName} account.`,
      'The link works once, within two days.',
    ],
    { url, label: 'Confirm my email' },
  );
}

export function passwordResetEmail(shopName: string, to: string, url: string): OutgoingEmail {
  return email(
    to,
    `Reset your ${shopName} password`,
    [
      `Someone asked to reset the password of your ${shopName} account. If it was you, choose a new one:`,
      'The link works once, within an hour. If you did not ask, ignore this email: your password stays as it is.',
    ],
    { url, label: 'Choose a new password' },
  );
}

/** Sent instead of a verification when someone signs up with an address that has an account already. */
export function alreadyRegisteredEmail(shopName: string, to: string, url: string): OutgoingEmail {
  return email(
    to,
    `Your ${shopName} account`,
    [
      `Someone tried to create a ${shopName} account with this email, which already has one.`,
      'If it was you, sign in, or choose a new password if you forgot it. If not, ignore this email.',
    ],
    { url, label: 'Sign in or reset my password' },
  );
}
