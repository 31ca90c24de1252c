import { Hono } from 'hono';
import { isCountryCode } from '../../sdk/schemas/index.ts';
import { NotFoundError } from '../errors.ts';
import type { AppEnv } from '../http/env.ts';
import type { Shop } from '../shop/shop.ts';
import { countryAddressFormat } from './regions.ts';

/**
 * `GET /api/countries/{code}`: how an address in the country names its region (the list of states or
 * provinces, and whether one is required), so a checkout form can offer a list without shipping one.
 */
export function countryRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/countries/:code', async (c) => {
    const code = c.req.param('code');
    if (!isCountryCode(code)) throw new NotFoundError('The country', { code: code.slice(0, 8) });
    // The lists never change and the tax rules seldom do: a shared cache may keep it a while.
    return c.json(await countryAddressFormat(shop.data.rules, code), 200, { 'Cache-Control': 'public, max-age=300' });
  });
  return app;
}
