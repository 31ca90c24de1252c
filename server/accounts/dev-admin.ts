import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { DataStore } from '../data/store.ts';
import { ensureAdmin } from './ensure-admin.ts';

/** The development admin of `npm start`'s example shop, when no admin is configured. Never in production. */
export const DEV_ADMIN_EMAIL = 'admin@example.com';

/** Where the development admin's password is kept: beside the database, readable by its owner only. */
export function devAdminPasswordFile(databaseFile: string): string {
  return `${databaseFile}.admin-password`;
}

async function readPassword(file: string): Promise<string | null> {
  try {
    const password = (await readFile(file, 'utf8')).trim();
    return password.length > 0 ? password : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Makes sure `admin@example.com` signs in with the password in the file beside the database, making
 * a random one on the first start. Later starts reuse it, even after `npm run seed` recreated the
 * database, so the developer learns it once.
 */
export async function ensureDevAdmin(data: DataStore, databaseFile: string, now?: Date): Promise<{ email: string; passwordFile: string }> {
  const passwordFile = devAdminPasswordFile(databaseFile);
  let password = await readPassword(passwordFile);
  if (password === null) {
    password = randomBytes(18).toString('base64url');
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600, flag: 'w' });
  }
  await ensureAdmin(data, { email: DEV_ADMIN_EMAIL, password, name: 'Development admin' }, now);
  return { email: DEV_ADMIN_EMAIL, passwordFile };
}
