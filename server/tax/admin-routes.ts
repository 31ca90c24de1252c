import { Hono } from 'hono';
import {
  AdminTaxRate,
  AdminTaxRateList,
  AdminTaxRateQuery,
  CreateTaxRateBody,
  DeleteQuery,
  UpdateTaxRateBody,
} from '../../sdk/schemas/index.ts';
import { adminEdit } from '../admin/admin-edit.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { ADMIN_ONLY, errorResponse, VERSION_CONFLICT } from '../openapi/responses.ts';
import type { Shop } from '../shop/shop.ts';
import { createTaxRate, readTaxRate, toAdminTaxRate, updateTaxRate } from './admin-rates.ts';

const TAX_RATE_ID = { taxRateId: 'The tax rate id (`txr_…`).' };
const NOT_FOUND = errorResponse('`not_found`: no tax rate has this id.');
const VERSION = { version: 'The `version` of the rate as last read.' };

export const listTaxRatesRoute = defineRoute({
  method: 'get',
  path: '/admin/tax-rates',
  operationId: 'adminListTaxRates',
  tag: 'Admin',
  summary: 'Every tax rate',
  description:
    'By country, then region; the country-wide rate (`region: null`) first. A destination is taxed at its region’s ' +
    'rate, else its country’s, else not at all.',
  query: AdminTaxRateQuery,
  queryDescriptions: { country: 'Only the rates of this country (`US`).' },
  security: 'bearer',
  responses: { 200: { description: 'The rates.', body: AdminTaxRateList }, ...ADMIN_ONLY },
});

export const createTaxRateRoute = defineRoute({
  method: 'post',
  path: '/admin/tax-rates',
  operationId: 'adminCreateTaxRate',
  tag: 'Admin',
  summary: 'Add a tax rate for a country or one of its regions',
  description:
    'Counts from the next quote the server makes (carts, checkout). Where the country has a list of regions (US ' +
    'states, Canadian provinces, Australian states) `region` is one of them, by code or name, and a region’s rate ' +
    'overrides the country’s; once a country has regional rates, its addresses must name their region. Audited.',
  body: CreateTaxRateBody,
  security: 'bearer',
  responses: {
    201: { description: 'The rate.', body: AdminTaxRate },
    400: errorResponse('`validation_failed` naming the field (a region not in the country’s list, say).'),
    409: errorResponse('`conflict`: the destination has a rate already (`details.existingId`).'),
    ...ADMIN_ONLY,
  },
});

export const getTaxRateRoute = defineRoute({
  method: 'get',
  path: '/admin/tax-rates/:taxRateId',
  operationId: 'adminGetTaxRate',
  tag: 'Admin',
  summary: 'A tax rate',
  params: TAX_RATE_ID,
  security: 'bearer',
  responses: { 200: { description: 'The rate.', body: AdminTaxRate }, 404: NOT_FOUND, ...ADMIN_ONLY },
});

export const updateTaxRateRoute = defineRoute({
  method: 'patch',
  path: '/admin/tax-rates/:taxRateId',
  operationId: 'adminUpdateTaxRate',
  tag: 'Admin',
  summary: 'Change a tax rate',
  description:
    'Name, rate, inclusive, shipping taxed. The destination stays: delete the rate and add another to move it. ' +
    'Orders already placed keep the tax they were charged. Audited.',
  params: TAX_RATE_ID,
  body: UpdateTaxRateBody,
  security: 'bearer',
  responses: {
    200: { description: 'The rate as it is now.', body: AdminTaxRate },
    404: NOT_FOUND,
    409: VERSION_CONFLICT,
    ...ADMIN_ONLY,
  },
});

export const deleteTaxRateRoute = defineRoute({
  method: 'delete',
  path: '/admin/tax-rates/:taxRateId',
  operationId: 'adminDeleteTaxRate',
  tag: 'Admin',
  summary: 'Remove a tax rate',
  description: 'Its destination falls back to the country’s rate, or to none. Audited.',
  params: TAX_RATE_ID,
  query: DeleteQuery,
  queryDescriptions: VERSION,
  security: 'bearer',
  responses: { 204: { description: 'Removed.' }, 404: NOT_FOUND, 409: VERSION_CONFLICT, ...ADMIN_ONLY },
});

export const ADMIN_TAX_ROUTES = [
  listTaxRatesRoute,
  createTaxRateRoute,
  getTaxRateRoute,
  updateTaxRateRoute,
  deleteTaxRateRoute,
];

/** `/api/admin/tax-rates`; the app checks the admin on `/api/admin/*` before these run. */
export function adminTaxRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  mountRoute(app, listTaxRatesRoute, async (c, { query }) =>
    c.json({ items: (await shop.data.rules.listTaxRates(query.country ?? null)).map(toAdminTaxRate) }, 200),
  );
  mountRoute(app, createTaxRateRoute, async (c, { body }) =>
    c.json(await createTaxRate(shop, body, adminEdit(c, shop)), 201),
  );
  mountRoute(app, getTaxRateRoute, async (c, { params }) => c.json(await readTaxRate(shop, params.taxRateId), 200));
  mountRoute(app, updateTaxRateRoute, async (c, { params, body }) =>
    c.json(await updateTaxRate(shop, params.taxRateId, body, adminEdit(c, shop)), 200),
  );
  mountRoute(app, deleteTaxRateRoute, async (c, { params, query }) => {
    await shop.data.rules.deleteTaxRate(params.taxRateId, query.version, adminEdit(c, shop));
    return c.body(null, 204);
  });
  return app;
}
