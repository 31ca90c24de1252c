import { Hono } from 'hono';
import { SignInBody } from '../../sdk/schemas/index.ts';
import { requireAccount, signedIn } from '../auth/bearer.ts';
import type { AppEnv } from '../http/env.ts';
import type { Shop } from '../shop/shop.ts';
import { parseJsonBody } from '../validate.ts';
import { signIn } from './sessions.ts';

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

  app.post('/sessions', async (c) => {
    const body = await parseJsonBody(c, SignInBody);
    return c.json(await signIn(shop, body), 201);
  });

  app.delete('/sessions/current', authenticated, async (c) => {
    await shop.data.accounts.deleteSession(signedIn(c).sessionId);
    return c.body(null, 204);
  });

  app.get('/account', authenticated, (c) => c.json(signedIn(c).account, 200));

  return app;
}
