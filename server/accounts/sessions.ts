import type { AccountSession, SignInBody } from '../../sdk/schemas/index.ts';
import { newId } from '../data/ids.ts';
import type { Shop } from '../shop/shop.ts';
import { InvalidCredentialsError } from './errors.ts';
import { verifyPassword } from './password.ts';
import { countSignInTry, type SignInTry } from './throttle.ts';
import { newSessionToken, SESSION_LIFETIME_MS } from './tokens.ts';
import { emailKey, toAccount } from './view.ts';

/**
 * `POST /api/sessions`. An unknown email and a wrong password take the same time (one scrypt each)
 * and get the same answer (with the tries left before the email's lock, which is no secret: it is
 * kept for any email, account or not). Every try counts towards the email's throttle before its hash, and a
 * success forgets the count.
 */
export async function signIn(shop: Shop, body: SignInBody): Promise<AccountSession> {
  const { accounts } = shop.data;
  const key = emailKey(body.email);
  const user = await accounts.findUserByEmailKey(key);
  // Counted once a hashing slot is free: a try refused because the server is busy costs the person no try.
  let counted: SignInTry | undefined;
  const matches = await verifyPassword(body.password, user?.passwordHash ?? null, async () => {
    counted = await countSignInTry(accounts, key, shop.now());
  });
  // The clock is read after the slow hash: the session starts when it is handed out.
  const now = shop.now();
  if (!user || !matches) throw new InvalidCredentialsError(counted);
  await accounts.clearSignInFailures(key);
  const { token, hash } = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS[user.role]).toISOString();
  await accounts.insertSession({
    id: newId('ses'),
    userId: user.id,
    tokenHash: hash,
    createdAt: now.toISOString(),
    expiresAt,
  });
  return { token, expiresAt, account: toAccount(user) };
}
