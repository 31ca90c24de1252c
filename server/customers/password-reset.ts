import type { Accepted, PasswordResetBody } from '../../sdk/schemas/index.ts';
import { hashPassword } from '../accounts/password.ts';
import { emailKey } from '../accounts/view.ts';
import type { Shop } from '../shop/shop.ts';
import { passwordResetEmail } from './emails.ts';
import { createMailedLink, hashLinkToken, isLinkToken } from './mailed-links.ts';
import { countMailRequest } from './mail-throttle.ts';
import { LinkInvalidError } from './verification.ts';

const RESET_SENT: Accepted = { message: 'If an account has this email, we sent it a link to choose a new password.' };

/** `POST /api/password-resets`: mails a reset link when an account has the email; the same answer when none does. */
export async function requestPasswordReset(shop: Shop, email: string): Promise<Accepted> {
  const key = emailKey(email);
  await countMailRequest(shop, 'password_reset', key);
  const user = await shop.data.accounts.findUserByEmailKey(key);
  // Only customers reset by email: an admin's password is set by whoever runs the server.
  if (user?.role === 'customer') {
    shop.tasks.run(`password reset email for ${user.id}`, async () => {
      const url = await createMailedLink(shop, user, 'reset_password');
      await shop.mailer.send(passwordResetEmail(shop.settings.shopName, user.email, url));
    });
  }
  return RESET_SENT;
}

/**
 * `POST /api/password-resets/confirm`: a reset link's token and the new password. The link works once and
 * for an hour; using it signs out every session and kills the account's other reset links. Opening the link
 * proved the person reads the mailbox, so the email counts as verified (when it is still the account's).
 */
export async function resetPassword(shop: Shop, body: PasswordResetBody): Promise<void> {
  const { customers } = shop.data;
  if (!isLinkToken(body.token, 'reset_password')) throw new LinkInvalidError();
  // Hashed before the link is used up: a server too busy to hash (429) leaves the link working for a retry.
  const passwordHash = await hashPassword(body.password);
  const link = await customers.takeToken(hashLinkToken(body.token), 'reset_password', shop.now().toISOString());
  if (!link) throw new LinkInvalidError();
  const now = shop.now().toISOString();
  await customers.setPassword(link.userId, passwordHash, now, null);
  await customers.deleteTokens(link.userId, 'reset_password');
  await customers.verifyEmail(link.userId, link.emailKey, now);
}
