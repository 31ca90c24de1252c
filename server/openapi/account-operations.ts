import type { Operation, OperationResponse } from './operations.ts';

/** Sign-in, sign-out and the signed-in account, for the OpenAPI document (see operations.ts). */

const error = (description: string): OperationResponse => ({ description, body: { component: 'ErrorBody' } });
export const UNAUTHORIZED = error(
  '`unauthorized`: no `Authorization: Bearer <token>`, or its session expired or was signed out (`WWW-Authenticate: Bearer`).',
);

export const ACCOUNT_OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/api/sessions',
    operationId: 'signIn',
    tag: 'Accounts',
    summary: 'Sign in',
    description:
      'Answers an opaque bearer token for `Authorization: Bearer <token>` and when it stops working: 12 hours after ' +
      'sign-in for an admin, 30 days for a customer. Only the token’s SHA-256 is stored. After 5 failed sign-ins in a row ' +
      'for an email (whether or not an account has it) every try is refused for a minute, even with the right password; ' +
      'each further failure doubles the wait, up to an hour. A success starts the count again. Never cached.',
    body: 'SignInBody',
    responses: {
      201: { description: 'Signed in.', body: { component: 'AccountSession' } },
      400: error('`validation_failed`, `invalid_json` or `unsupported_media_type`.'),
      401: error('`invalid_credentials`: the email or the password is wrong (one answer for both).'),
      429: error(
        '`rate_limited`: too many failures for this email, or the server is busy checking other passwords; ' +
          '`details.retryAfter` and `Retry-After` give the seconds to wait.',
      ),
    },
  },
  {
    method: 'delete',
    path: '/api/sessions/current',
    operationId: 'signOut',
    tag: 'Accounts',
    summary: 'Sign out',
    description: 'Revokes the session of the bearer token sent; other sessions of the account stay signed in.',
    security: 'bearer',
    responses: { 204: { description: 'Signed out.' }, 401: UNAUTHORIZED },
  },
  {
    method: 'get',
    path: '/api/account',
    operationId: 'getAccount',
    tag: 'Accounts',
    summary: 'The signed-in account',
    security: 'bearer',
    responses: { 200: { description: 'The account of the bearer token.', body: { component: 'Account' } }, 401: UNAUTHORIZED },
  },
];
