import { Hono } from 'hono';
import { Account, AccountSession, SignInBody } from '../../sdk/schemas/index.ts';
import { requireAccount, signedIn } from '../auth/bearer.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { BAD_JSON_BODY, errorResponse, UNAUTHORIZED } from '../openapi/responses.ts';
import type { Shop } from '../shop/shop.ts';
import { signIn } from './sessions.ts';

export const signInRoute = defineRoute({
  method: 'post',
  path: '/sessions',
  operationId: 'signIn',
  tag: 'Accounts',
  summary: 'Sign in',
  description:
    'Answers an opaque bearer token for `Authorization: Bearer <token>` and when it stops working: 12 hours after ' +
    'sign-in for an admin, 30 days for a customer. Only the token’s SHA-256 is stored. After 5 failed sign-ins in a row ' +
    'for an email (whether or not an account has it) every try is refused for a minute, even with the right password; ' +
    'each further failure doubles the wait, up to an hour. A success starts the count again. Never cached.',
  body: SignInBody,
  responses: {
    201: { description: 'Signed in.', body: AccountSession },
    400: BAD_JSON_BODY,
    401: errorResponse('`invalid_credentials`: the email or the password is wrong (one answer for both).'),
    429: errorResponse(
      '`rate_limited`: too many failures for this email, or the server is busy checking other passwords; ' +
        '`details.retryAfter` and `Retry-After` give the seconds to wait.',
    ),
  },
});

export const signOutRoute = defineRoute({
  method: 'delete',
  path: '/sessions/current',
  operationId: 'signOut',
  tag: 'Accounts',
  summary: 'Sign out',
  description: 'Revokes the session of the bearer token sent; other sessions of the account stay signed in.',
  security: 'bearer',
  responses: { 204: { description: 'Signed out.' }, 401: UNAUTHORIZED },
});

export const getAccountRoute = defineRoute({
  method: 'get',
  path: '/account',
  operationId: 'getAccount',
  tag: 'Accounts',
  summary: 'The signed-in account',
  security: 'bearer',
  responses: { 200: { description: 'The account of the bearer token.', body: Account }, 401: UNAUTHORIZED },
});

export const ACCOUNT_ROUTES = [signInRoute, signOutRoute, getAccountRoute];

/** `/api/sessions` (sign in, sign out) and `/api/account`. Nothing here may be cached: it is all per person. */
export function accountRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const authenticated = requireAccount(shop);

  // Errors too: a 401 or 429 from a shared cache would be as wrong as a token. (`/sessions/*` matches `/sessions`.)
  for (const path of ['/sessions/*', '/account']) {
    app.use(path, async (c, next) => {
      c.header('Cache-Control', 'no-store');
      await next();
    });
  }

  mountRoute(app, signInRoute, async (c, { body }) => c.json(await signIn(shop, body), 201));

  mountRoute(app, signOutRoute, authenticated, async (c) => {
    await shop.data.accounts.deleteSession(signedIn(c).sessionId);
    return c.body(null, 204);
  });

  mountRoute(app, getAccountRoute, authenticated, (c) => c.json(signedIn(c).account, 200));

  return app;
}
