import type { AccountRepository } from '../data/accounts.ts';
import { SignInLockedError } from './errors.ts';

/**
 * Guessing passwords is slowed per email tried: after MAX_FAILURES tries without a success every try is
 * refused for a while, even with the right password, the wait doubling with each further try up to an hour.
 * Keyed by the email whether or not an account has it, so a lock reveals nothing.
 */
export const MAX_FAILURES = 5;
const FIRST_LOCK_MS = 60_000;
const LONGEST_LOCK_MS = 60 * 60_000;

/** How long to refuse tries after `failures` tries without a success; 0 below the threshold. */
export function lockMs(failures: number): number {
  if (failures < MAX_FAILURES) return 0;
  return Math.min(FIRST_LOCK_MS * 2 ** Math.min(failures - MAX_FAILURES, 20), LONGEST_LOCK_MS);
}

/** What counting a try found: tries left before the lock (0: this try began one), and that lock's seconds. */
export type SignInTry = { attemptsLeft: number; lockSeconds: number };

/**
 * Counts one sign-in try for the email before its password is checked, in one transaction with the
 * lock check, so tries sent in parallel cannot all pass the check before any of them is counted.
 * Throws `rate_limited` (counting nothing) while the email is locked; the try that makes MAX_FAILURES
 * locks it at once, and still signs in with the right password, since a success forgets the count.
 */
export async function countSignInTry(accounts: AccountRepository, emailKey: string, now: Date): Promise<SignInTry> {
  let counted: SignInTry = { attemptsLeft: MAX_FAILURES, lockSeconds: 0 };
  const lockedUntil = await accounts.countSignInTry(emailKey, now.toISOString(), (tries) => {
    const wait = lockMs(tries);
    counted = { attemptsLeft: Math.max(0, MAX_FAILURES - tries), lockSeconds: Math.ceil(wait / 1000) };
    return wait > 0 ? new Date(now.getTime() + wait).toISOString() : null;
  });
  if (lockedUntil) throw new SignInLockedError(Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 1000));
  return counted;
}
