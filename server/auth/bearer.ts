import type { Context, MiddlewareHandler } from 'hono';
import type { Account } from '../../sdk/schemas/index.ts';
import { ForbiddenError, UnauthorizedError } from '../accounts/errors.ts';
import { hashSessionToken, isSessionToken } from '../accounts/tokens.ts';
import { toAccount } from '../accounts/view.ts';
import type { AppEnv } from '../http/env.ts';
import { requestHeader } from '../http/headers.ts';
import type { Shop } from '../shop/shop.ts';

/** The token of `Authorization: Bearer <token>`, or null. */
function bearerToken(c: Context<AppEnv>): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(requestHeader(c, 'authorization') ?? '');
  return match?.[1] ?? null;
}

/** A 401 that tells the client how to authenticate (RFC 6750). */
function unauthorized(c: Context<AppEnv>): UnauthorizedError {
  c.header('WWW-Authenticate', 'Bearer realm="storelet"');
  return new UnauthorizedError();
}

/**
 * Reads the bearer token and puts its unexpired session's Account on the context, or answers 401
 * `unauthorized`. The user is read with the session on every request, so a changed role counts at once.
 */
export function requireAccount(shop: Shop): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerToken(c);
    const found =
      token && isSessionToken(token)
        ? await shop.data.accounts.findSession(hashSessionToken(token), shop.now().toISOString())
        : null;
    if (!found) throw unauthorized(c);
    c.set('account', toAccount(found.user));
    c.set('sessionId', found.session.id);
    await next();
  };
}

/**
 * `requireAccount` when the request sends an `Authorization` header, nothing otherwise: for routes a guest
 * may use too (checkout). A stale token is still a 401, so the client learns its session ended rather than
 * placing an order that silently misses the account.
 */
export function optionalAccount(shop: Shop): MiddlewareHandler<AppEnv> {
  const authenticate = requireAccount(shop);
  return (c, next) => (requestHeader(c, 'authorization') === undefined ? next() : authenticate(c, next));
}

/** `requireAccount`, then 403 `forbidden` for anyone but an admin. Mounted on `/api/admin/*`. */
export function requireAdmin(shop: Shop): MiddlewareHandler<AppEnv> {
  const authenticate = requireAccount(shop);
  return (c, next) =>
    authenticate(c, async () => {
      if (c.get('account')?.role !== 'admin') throw new ForbiddenError();
      await next();
    });
}

/** The signed-in account of a route behind `requireAccount`. */
export function signedIn(c: Context<AppEnv>): { account: Account; sessionId: string } {
  const account = c.get('account');
  const sessionId = c.get('sessionId');
  if (!account || !sessionId) throw unauthorized(c);
  return { account, sessionId };
}
