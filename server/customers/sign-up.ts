import type { Accepted, SignUpBody } from '../../sdk/schemas/index.ts';
import { hashPassword } from '../accounts/password.ts';
import { emailKey } from '../accounts/view.ts';
import { newId } from '../data/ids.ts';
import type { UserRecord } from '../data/accounts.ts';
import type { Shop } from '../shop/shop.ts';
import { checkedAddress } from './addresses.ts';
import { alreadyRegisteredEmail, verificationEmail } from './emails.ts';
import { createMailedLink } from './mailed-links.ts';
import { countMailRequest } from './mail-throttle.ts';

/** One answer whether or not the email had an account, so sign-up cannot be used to find out. */
export const CHECK_INBOX: Accepted = { message: 'Check your inbox: we sent you an email to confirm your address.' };

/** Mails a verification link for the account's current email, after the response. */
export function queueVerification(shop: Shop, user: Pick<UserRecord, 'id' | 'email' | 'emailKey'>): void {
  shop.tasks.run(`verification email for ${user.id}`, async () => {
    const url = await createMailedLink(shop, user, 'verify_email');
    await shop.mailer.send(verificationEmail(shop.settings.shopName, user.email, url));
  });
}

/**
 * `POST /api/accounts`. A new email gets an account (unverified, with the address as its default) and a
 * verification link; a known one gets an email saying it has an account. Both answer CHECK_INBOX after one
 * password hash, so neither the answer nor its timing tells them apart. The person signs in next.
 */
export async function signUp(shop: Shop, body: SignUpBody): Promise<Accepted> {
  const key = emailKey(body.email);
  const address = await checkedAddress(shop, body.address, 'address');
  await countMailRequest(shop, 'sign_up', key);
  const passwordHash = await hashPassword(body.password);
  const at = shop.now().toISOString();
  const user: UserRecord = {
    id: newId('usr'),
    email: body.email,
    emailKey: key,
    name: body.name,
    passwordHash,
    role: 'customer',
    emailVerifiedAt: null,
    createdAt: at,
    updatedAt: at,
  };
  const created = await shop.data.customers.insertCustomer(user, {
    id: newId('adr'),
    userId: user.id,
    address,
    isDefault: true,
    createdAt: at,
    updatedAt: at,
  });
  if (created) {
    queueVerification(shop, user);
  } else {
    shop.tasks.run('sign-up notice to an existing account', async () => {
      const url = new URL(shop.settings.accountPageUrl);
      url.searchParams.set('view', 'sign-in');
      await shop.mailer.send(alreadyRegisteredEmail(shop.settings.shopName, body.email, url.href));
    });
  }
  return CHECK_INBOX;
}
