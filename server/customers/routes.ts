import { Hono } from 'hono';
import {
  Accepted,
  Account,
  PasswordResetBody,
  PasswordResetRequestBody,
  SignUpBody,
  VerifyEmailBody,
} from '../../sdk/schemas/index.ts';
import { requireAccount, signedIn } from '../auth/bearer.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { BAD_JSON_BODY, errorResponse, UNAUTHORIZED } from '../openapi/responses.ts';
import type { Shop } from '../shop/shop.ts';
import { requestPasswordReset, resetPassword } from './password-reset.ts';
import { signUp } from './sign-up.ts';
import { resendVerification, verifyEmail } from './verification.ts';

const MAIL_THROTTLED = errorResponse(
  '`rate_limited`: more than 3 such emails asked for this address within the hour; `Retry-After` gives the seconds to wait.',
);
const LINK_INVALID = errorResponse(
  '`link_invalid`: the link expired, was used already, or never existed; `validation_failed`.',
);

export const signUpRoute = defineRoute({
  method: 'post',
  path: '/accounts',
  operationId: 'signUp',
  tag: 'Accounts',
  summary: 'Create a customer account',
  description:
    'Creates an account with its default address and mails a link to confirm the email; the person signs in next ' +
    '(`POST /api/sessions`). The answer is the same when the email already has an account (that address gets an ' +
    'email saying so instead), so sign-up tells no one which accounts exist.',
  body: SignUpBody,
  responses: { 200: { description: 'Check your inbox.', body: Accepted }, 400: BAD_JSON_BODY, 429: MAIL_THROTTLED },
});

export const verifyEmailRoute = defineRoute({
  method: 'post',
  path: '/account/verification',
  operationId: 'verifyEmail',
  tag: 'Accounts',
  summary: 'Confirm an email with the mailed link',
  description:
    'The token of the link mailed at sign-up. It works once, within two days, and only for the address it was ' +
    'mailed to. Past guest orders placed with the email join the account now.',
  body: VerifyEmailBody,
  responses: { 200: { description: 'The account, verified.', body: Account }, 400: LINK_INVALID },
});

export const resendVerificationRoute = defineRoute({
  method: 'post',
  path: '/account/verification/send',
  operationId: 'resendVerification',
  tag: 'Accounts',
  summary: 'Mail a new confirmation link',
  security: 'bearer',
  responses: {
    200: { description: 'Sent (or already confirmed).', body: Accepted },
    401: UNAUTHORIZED,
    429: MAIL_THROTTLED,
  },
});

export const requestResetRoute = defineRoute({
  method: 'post',
  path: '/password-resets',
  operationId: 'requestPasswordReset',
  tag: 'Accounts',
  summary: 'Mail a password reset link',
  description: 'Mails a link that works once, within an hour. The same answer whether or not an account has the email.',
  body: PasswordResetRequestBody,
  responses: { 200: { description: 'Check your inbox.', body: Accepted }, 400: BAD_JSON_BODY, 429: MAIL_THROTTLED },
});

export const resetPasswordRoute = defineRoute({
  method: 'post',
  path: '/password-resets/confirm',
  operationId: 'resetPassword',
  tag: 'Accounts',
  summary: 'Choose a new password with the mailed link',
  description: 'Sets the password and signs out every session of the account; the person signs in with the new one.',
  body: PasswordResetBody,
  responses: { 204: { description: 'The password is changed.' }, 400: LINK_INVALID },
});

export const CUSTOMER_ROUTES = [
  signUpRoute,
  verifyEmailRoute,
  resendVerificationRoute,
  requestResetRoute,
  resetPasswordRoute,
];

/** Sign-up, email verification and password reset. Never cached: every answer is about one person. */
export function customerRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const path of [
    '/accounts',
    '/password-resets',
    '/password-resets/*',
    '/account/verification',
    '/account/verification/*',
  ]) {
    app.use(path, async (c, next) => {
      c.header('Cache-Control', 'no-store');
      await next();
    });
  }
  mountRoute(app, signUpRoute, async (c, { body }) => c.json(await signUp(shop, body), 200));
  mountRoute(app, verifyEmailRoute, async (c, { body }) => c.json(await verifyEmail(shop, body.token), 200));
  mountRoute(app, resendVerificationRoute, requireAccount(shop), async (c) =>
    c.json(await resendVerification(shop, signedIn(c).account), 200),
  );
  mountRoute(app, requestResetRoute, async (c, { body }) => c.json(await requestPasswordReset(shop, body.email), 200));
  mountRoute(app, resetPasswordRoute, async (c, { body }) => {
    await resetPassword(shop, body);
    return c.body(null, 204);
  });
  return app;
}
