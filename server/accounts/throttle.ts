import type { AccountRepository } from '../data/accounts.ts';
import { SignInLockedError } from './errors.ts';

/**
 * Guessing passwords is slowed per email tried: after MAX_FAILURES failures in a row every try is refused
 * for a while, even with the right password, the wait doubling with each further failure up to an hour.
 * Keyed by the email whether or not an account has it, so a lock reveals nothing.
 */
export const MAX_FAILURES = 5;
const FIRST_LOCK_MS = 60_000;
const LONGEST_LOCK_MS = 60 * 60_000;

/** How long to refuse tries after `failures` failures in a row; 0 below the threshold. */
export function lockMs(failures: number): number {
  if (failures < MAX_FAILURES) return 0;
  return Math.min(FIRST_LOCK_MS * 2 ** Math.min(failures - MAX_FAILURES, 20), LONGEST_LOCK_MS);
}

/** Throws `rate_limited` while the email is locked, with the seconds left. */
export async function checkSignInAllowed(accounts: AccountRepository, emailKey: string, now: Date): Promise<void> {
  const throttle = await accounts.signInThrottle(emailKey);
  const until = throttle?.lockedUntil ? Date.parse(throttle.lockedUntil) : 0;
  if (until > now.getTime()) throw new SignInLockedError(Math.ceil((until - now.getTime()) / 1000));
}

export async function recordFailedSignIn(accounts: AccountRepository, emailKey: string, now: Date): Promise<void> {
  const failures = await accounts.recordSignInFailure(emailKey, now.toISOString());
  const wait = lockMs(failures);
  if (wait > 0) await accounts.lockSignIn(emailKey, new Date(now.getTime() + wait).toISOString());
}
