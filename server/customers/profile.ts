import type { Account, ChangePasswordBody } from '../../sdk/schemas/index.ts';
import { InvalidCredentialsError } from '../accounts/errors.ts';
import { hashPassword, verifyPassword } from '../accounts/password.ts';
import { toAccount } from '../accounts/view.ts';
import { NotFoundError } from '../errors.ts';
import type { UserRecord } from '../data/accounts.ts';
import type { Shop } from '../shop/shop.ts';

async function currentUser(shop: Shop, account: Account): Promise<UserRecord> {
  const user = await shop.data.accounts.findUser(account.id);
  if (!user) throw new NotFoundError('The account');
  return user;
}

/** The password again, for changes a left-open session must not make alone; 401 `invalid_credentials` when wrong. */
async function confirmPassword(user: UserRecord, password: string): Promise<void> {
  if (!(await verifyPassword(password, user.passwordHash))) throw new InvalidCredentialsError();
}

export async function updateProfile(shop: Shop, account: Account, name: string): Promise<Account> {
  await shop.data.customers.setName(account.id, name, shop.now().toISOString());
  return toAccount(await currentUser(shop, account));
}

/** `PUT /api/account/password`: the current password and a new one; every other session is signed out. */
export async function changePassword(
  shop: Shop,
  account: Account,
  sessionId: string,
  body: ChangePasswordBody,
): Promise<void> {
  const user = await currentUser(shop, account);
  await confirmPassword(user, body.currentPassword);
  await shop.data.customers.setPassword(
    user.id,
    await hashPassword(body.newPassword),
    shop.now().toISOString(),
    sessionId,
  );
}

/**
 * `DELETE /api/account`: with the password. The account, its sessions, addresses and links go; its orders stay
 * for the shop's books (they carry what the law asks a seller to keep) but no longer belong to an account.
 */
export async function deleteAccount(shop: Shop, account: Account, password: string): Promise<void> {
  const user = await currentUser(shop, account);
  await confirmPassword(user, password);
  await shop.data.customers.deleteAccount(user.id);
}
