import { ApiError } from '../errors.ts';

/** Unknown email or wrong password: one message, so the answer never says which accounts exist. */
export class InvalidCredentialsError extends ApiError {
  override name = 'InvalidCredentialsError';
  constructor() {
    super('invalid_credentials', 401, 'The email or password is not right.');
  }
}

export class SignInLockedError extends ApiError {
  override name = 'SignInLockedError';
  readonly retryAfter: number;
  constructor(retryAfter: number) {
    super('rate_limited', 429, `Too many failed sign-ins for this email. Try again in ${retryAfter} seconds.`, { retryAfter });
    this.retryAfter = retryAfter;
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
