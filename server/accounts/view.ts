import type { Account } from '../../sdk/schemas/index.ts';
import type { UserRecord } from '../data/accounts.ts';

/** A user in its wire shape: never the password hash. */
export function toAccount(user: UserRecord): Account {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt,
  };
}

/** The key accounts are found by: one account per address, however its case or spaces were typed. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}
