import { Hono } from 'hono';
import {
  LowStockList,
  LowStockQuery,
  StockChangeBody,
  StockChangeResult,
  StockMovementList,
  StockMovementQuery,
} from '../../../sdk/schemas/index.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute, mountRoute } from '../../http/route.ts';
import { ADMIN_ONLY, errorResponse } from '../../openapi/responses.ts';
import type { Shop } from '../../shop/shop.ts';
import { writeContext } from './product-routes.ts';
import { changeStock, listLowStock, listStockMovements } from './stock.ts';

const VARIANT_ID = 'The variant id (`var_…`).';
const NO_VARIANT = errorResponse('`not_found`: no variant has this id.');

export const adminChangeStockRoute = defineRoute({
  method: 'post',
  path: '/admin/variants/:variantId/stock',
  operationId: 'adminChangeStock',
  tag: 'Admin',
  summary: 'Add, take away or count a variant’s units on hand',
  description:
    '`delta` adds (received, returned) or takes away (damaged) units in one conditional update, so changes sent together ' +
    'add up exactly; `count` sets the units counted, from the stock `version` read. Each change is written to the ' +
    'variant’s ledger with who made it and why. Reserved units (unpaid orders) are never changed here. The public ' +
    'catalog shows the new stock at once.',
  security: 'bearer',
  params: { variantId: VARIANT_ID },
  body: StockChangeBody,
  responses: {
    200: { description: 'The stock now, and the ledger line.', body: StockChangeResult },
    400: errorResponse(
      '`validation_failed`: neither or both of `delta` and `count`, a zero `delta`, or a `count` without `version`.',
    ),
    ...ADMIN_ONLY,
    404: NO_VARIANT,
    409: errorResponse(
      '`stock_below_zero` (`details.stocked`, `details.delta`): fewer units are on hand than taken away; or ' +
        '`version_conflict` (`details.currentVersion`): the stock changed since it was counted. Nothing changed.',
    ),
  },
});

export const adminListStockMovementsRoute = defineRoute({
  method: 'get',
  path: '/admin/variants/:variantId/stock-movements',
  operationId: 'adminListStockMovements',
  tag: 'Admin',
  summary: 'A variant’s stock ledger, newest first',
  security: 'bearer',
  params: { variantId: VARIANT_ID },
  query: StockMovementQuery,
  queryDescriptions: { limit: 'Page size, 1 to 100; 25 when absent.', cursor: '`nextCursor` of the previous page.' },
  responses: {
    200: { description: 'A page of the ledger.', body: StockMovementList },
    400: errorResponse('`validation_failed` or `invalid_cursor`.'),
    ...ADMIN_ONLY,
    404: NO_VARIANT,
  },
});

export const adminListLowStockRoute = defineRoute({
  method: 'get',
  path: '/admin/stock/low',
  operationId: 'adminListLowStock',
  tag: 'Admin',
  summary: 'Variants at or below their low-stock threshold',
  description: 'Of products not archived, fewest available units first; reserved units are shown apart.',
  security: 'bearer',
  query: LowStockQuery,
  queryDescriptions: { limit: 'Page size, 1 to 100; 25 when absent.', cursor: '`nextCursor` of the previous page.' },
  responses: {
    200: { description: 'A page of variants.', body: LowStockList },
    400: errorResponse('`validation_failed` or `invalid_cursor`.'),
    ...ADMIN_ONLY,
  },
});

export const ADMIN_STOCK_ROUTES = [adminChangeStockRoute, adminListStockMovementsRoute, adminListLowStockRoute];

/** `/api/admin/variants/:id/stock…` and `/api/admin/stock/low`; the admin check is mounted by the app. */
export function adminStockRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  mountRoute(app, adminChangeStockRoute, async (c, { params, body }) =>
    c.json(await changeStock(shop, params.variantId, body, writeContext(shop, c)), 200),
  );
  mountRoute(app, adminListStockMovementsRoute, async (c, { params, query }) =>
    c.json(await listStockMovements(shop, params.variantId, query), 200),
  );
  mountRoute(app, adminListLowStockRoute, async (c, { query }) => c.json(await listLowStock(shop, query), 200));
  return app;
}
