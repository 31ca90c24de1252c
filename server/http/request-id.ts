import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { requestHeader, setDefaultHeader } from './headers.ts';

/** A caller's own id is kept (so logs line up across services) when it is short and plain. */
const ACCEPTED_ID = /^[\w=-]{1,128}$/;

/** Gives every request an id, in `c.get('requestId')` and the `X-Request-Id` response header. */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = requestHeader(c, 'x-request-id');
    const id = given && ACCEPTED_ID.test(given) ? given : crypto.randomUUID();
    c.set('requestId', id);
    setDefaultHeader(c, 'X-Request-Id', id);
    await next();
  };
}
