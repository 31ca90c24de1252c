import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { DataStore } from '../data/store.ts';
import { ensureAdmin } from './ensure-admin.ts';

/** The development admin of `npm start`'s example shop, when no admin is configured. Never in production. */
export const DEV_ADMIN_EMAIL = 'admin@example.com';

/** Where the development admin's password is kept: beside the database, readable by its owner only. */
export function devAdminPasswordFile(databaseFile: string): string {
  return `${databaseFile}.admin-password`;
}

/** Group or others may do anything with the file. */
const SHARED_BITS = 0o077;

/**
 * The password kept in `file`, making a random one when the file is missing or empty. A file that others
 * could read is made private first and gets a new password, since the old one may have been read. The
 * file is opened without following a symbolic link, so the password is never written somewhere else.
 * `made` says the password is new, so the developer has not seen it yet.
 */
async function keptPassword(file: string): Promise<{ password: string; made: boolean }> {
  const handle = await open(file, constants.O_RDWR | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0), 0o600);
  try {
    const shared = ((await handle.stat()).mode & SHARED_BITS) !== 0;
    if (shared) await handle.chmod(0o600);
    const kept = (await handle.readFile('utf8')).trim();
    if (kept.length > 0 && !shared) return { password: kept, made: false };
    const password = randomBytes(18).toString('base64url');
    await handle.truncate(0);
    await handle.write(`${password}\n`, 0);
    return { password, made: true };
  } finally {
    await handle.close();
  }
}

export type DevAdmin = {
  email: string;
  passwordFile: string;
  /** The password, only on the start that made it: shown once in the terminal, then only in the file. */
  newPassword?: string;
};

/**
 * Makes sure `admin@example.com` signs in with the password in the file beside the database, making
 * a random one on the first start. Later starts reuse it, even after `npm run seed` recreated the
 * database, so the developer learns it once.
 */
export async function ensureDevAdmin(data: DataStore, databaseFile: string, now?: Date): Promise<DevAdmin> {
  const passwordFile = devAdminPasswordFile(databaseFile);
  const { password, made } = await keptPassword(passwordFile);
  await ensureAdmin(data, { email: DEV_ADMIN_EMAIL, password, name: 'Development admin' }, now);
  return { email: DEV_ADMIN_EMAIL, passwordFile, ...(made ? { newPassword: password } : {}) };
}
