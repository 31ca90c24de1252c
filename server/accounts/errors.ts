import { ApiError, RateLimitedError } from '../errors.ts';
import type { SignInTry } from './throttle.ts';

/**
 * Unknown email or wrong password: one message, so the answer never says which accounts exist. Its
 * details say how many tries are left before the email is locked, and, once this try locked it, for how long.
 */
export class InvalidCredentialsError extends ApiError {
  override name = 'InvalidCredentialsError';
  constructor(counted?: SignInTry) {
    const details = !counted
      ? undefined
      : counted.attemptsLeft > 0
        ? { attemptsLeft: counted.attemptsLeft }
        : { attemptsLeft: 0, retryAfter: counted.lockSeconds };
    super('invalid_credentials', 401, 'The email or password is not right.', details);
  }
}

export class SignInLockedError extends RateLimitedError {
  override name = 'SignInLockedError';
  constructor(retryAfter: number) {
    super(retryAfter, `Too many failed sign-ins for this email. Try again in ${retryAfter} seconds.`);
  }
}

/** Every password-hashing slot is taken and the queue for one is full: the server is flooded with sign-ins. */
export class PasswordHashingBusyError extends RateLimitedError {
  override name = 'PasswordHashingBusyError';
  constructor() {
    super(1, 'The server is busy checking other passwords. Try again in a second.');
  }
}

export class UnauthorizedError extends ApiError {
  override name = 'UnauthorizedError';
  constructor() {
    super('unauthorized', 401, 'Sign in first: send a valid session token as "Authorization: Bearer <token>".');
  }
}

export class ForbiddenError extends ApiError {
  override name = 'ForbiddenError';
  constructor() {
    super('forbidden', 403, 'This account may not do that.');
  }
}
