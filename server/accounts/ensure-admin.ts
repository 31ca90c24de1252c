import { Email } from '../../sdk/schemas/index.ts';
import { ConfigError, MIN_ADMIN_PASSWORD_LENGTH, type AdminConfig } from '../config.ts';
import type { DataStore } from '../data/store.ts';
import { newId } from '../data/ids.ts';
import type { UserRecord } from '../data/accounts.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { emailKey } from './view.ts';

export type AdminCredentials = AdminConfig & { name?: string };

/**
 * Makes sure an admin with this email signs in with this password: creates the user, or gives an
 * existing one the admin role and the password. A changed password signs the user out everywhere;
 * the same password again (every restart) changes nothing.
 */
export async function ensureAdmin(
  data: DataStore,
  credentials: AdminCredentials,
  now: Date = new Date(),
): Promise<UserRecord> {
  if (credentials.password.length < MIN_ADMIN_PASSWORD_LENGTH) {
    throw new ConfigError(`The admin password must be at least ${MIN_ADMIN_PASSWORD_LENGTH} characters.`);
  }
  const parsed = Email.safeParse(credentials.email);
  if (!parsed.success) throw new ConfigError('The admin email is not an email address.');
  const email = parsed.data;
  const key = emailKey(email);
  const at = now.toISOString();
  const existing = await data.accounts.findUserByEmailKey(key);
  if (!existing) {
    const user: UserRecord = {
      id: newId('usr'),
      email,
      emailKey: key,
      name: credentials.name ?? null,
      passwordHash: await hashPassword(credentials.password),
      role: 'admin',
      emailVerifiedAt: null,
      createdAt: at,
      updatedAt: at,
    };
    if (await data.accounts.insertUser(user)) return user;
    // Another process created it meanwhile: bring that one up to date instead.
    return ensureAdmin(data, credentials, now);
  }
  const samePassword = await verifyPassword(credentials.password, existing.passwordHash);
  if (samePassword && existing.role === 'admin') return existing;
  const passwordHash = samePassword ? existing.passwordHash : await hashPassword(credentials.password);
  await data.accounts.updateUser(existing.id, { role: 'admin', passwordHash, updatedAt: at });
  if (!samePassword) await data.accounts.deleteUserSessions(existing.id);
  return { ...existing, role: 'admin', passwordHash, updatedAt: at };
}
