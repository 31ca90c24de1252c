import { Hono } from 'hono';
import { CountryAddressFormat, isCountryCode } from '../../sdk/schemas/index.ts';
import { NotFoundError } from '../errors.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { errorResponse } from '../openapi/responses.ts';
import type { Shop } from '../shop/shop.ts';
import { countryAddressFormat } from './regions.ts';

export const getCountryAddressFormatRoute = defineRoute({
  method: 'get',
  path: '/countries/:code',
  operationId: 'getCountryAddressFormat',
  tag: 'Checkout',
  summary: 'How an address in a country names its region',
  description:
    'The states or provinces an address may name (US, CA, AU), by ISO 3166-2 code without the country prefix, and ' +
    'whether an order needs one there. Addresses and carts accept a region by its code or its name, in any case, and ' +
    'store the code; where the list is empty the region is free text. Cacheable for a few minutes.',
  params: { code: 'An ISO 3166-1 alpha-2 country code, in capitals (`US`).' },
  responses: {
    200: { description: 'The region field for addresses in the country.', body: CountryAddressFormat },
    404: errorResponse('`not_found`: not an ISO 3166-1 alpha-2 code.'),
  },
});

/**
 * `GET /api/countries/{code}`: how an address in the country names its region (the list of states or
 * provinces, and whether one is required), so a checkout form can offer a list without shipping one.
 */
export function countryRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  mountRoute(app, getCountryAddressFormatRoute, async (c, { params: { code } }) => {
    if (!isCountryCode(code)) throw new NotFoundError('The country', { code: code.slice(0, 8) });
    // The lists never change and the tax rules seldom do: a shared cache may keep it a while.
    return c.json(await countryAddressFormat(shop.data.rules, code), 200, { 'Cache-Control': 'public, max-age=300' });
  });
  return app;
}
