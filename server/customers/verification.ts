import type { Account, Accepted } from '../../sdk/schemas/index.ts';
import { toAccount } from '../accounts/view.ts';
import { ApiError } from '../errors.ts';
import type { Shop } from '../shop/shop.ts';
import { hashLinkToken, isLinkToken } from './mailed-links.ts';
import { countMailRequest } from './mail-throttle.ts';
import { queueVerification } from './sign-up.ts';

/** A mailed link that was used already, expired, or never existed: one answer for all three. */
export class LinkInvalidError extends ApiError {
  override name = 'LinkInvalidError';
  constructor() {
    super('link_invalid', 400, 'This link has expired or was already used. Ask for a new one.');
  }
}

/**
 * `POST /api/account/verification`: the token of a verification link. Marks the email verified (when the
 * account still has the address it was sent to) and joins the guest orders placed with it to the account.
 */
export async function verifyEmail(shop: Shop, token: string): Promise<Account> {
  const link = isLinkToken(token, 'verify_email')
    ? await shop.data.customers.takeToken(hashLinkToken(token), 'verify_email', shop.now().toISOString())
    : null;
  if (!link || !(await shop.data.customers.verifyEmail(link.userId, link.emailKey, shop.now().toISOString())))
    throw new LinkInvalidError();
  const user = await shop.data.accounts.findUser(link.userId);
  if (!user) throw new LinkInvalidError();
  return toAccount(user);
}

/** `POST /api/account/verification/send`: mails the signed-in customer a new link, throttled per address. */
export async function resendVerification(shop: Shop, account: Account): Promise<Accepted> {
  if (account.emailVerified) return { message: 'Your email is already confirmed.' };
  const user = await shop.data.accounts.findUser(account.id);
  if (!user) return { message: 'Your email is already confirmed.' };
  await countMailRequest(shop, 'verification', user.emailKey);
  queueVerification(shop, user);
  return { message: 'Check your inbox: we sent you a new link.' };
}
