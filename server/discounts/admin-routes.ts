import { Hono } from 'hono';
import {
  AdminDiscountCode,
  AdminDiscountCodeList,
  AdminDiscountCodeQuery,
  CreateDiscountCodeBody,
  UpdateDiscountCodeBody,
} from '../../sdk/schemas/index.ts';
import { adminEdit } from '../admin/admin-edit.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { ADMIN_ONLY, errorResponse, VERSION_CONFLICT } from '../openapi/responses.ts';
import type { Shop } from '../shop/shop.ts';
import { createCode, listCodes, readCode, updateCode } from './admin-codes.ts';

const CODE_ID = { discountCodeId: 'The code’s id (`disc_…`), not its text.' };
const NOT_FOUND = errorResponse('`not_found`: no discount code has this id.');
const INVALID = errorResponse(
  '`validation_failed` naming the field: a value that does not fit the kind (a percentage is 1 to 10 000 basis ' +
    'points, a fixed amount at least 1, free shipping 0), or an end not after the start.',
);
const TAKEN = errorResponse('`conflict`: another code has this text, in any case (`details.code`).');

export const listDiscountCodesRoute = defineRoute({
  method: 'get',
  path: '/admin/discount-codes',
  operationId: 'adminListDiscountCodes',
  tag: 'Admin',
  summary: 'Discount codes, newest first',
  description:
    'Each with how many times it was used and its `status` now (active, disabled, scheduled, expired, used up). ' +
    'Paged with `limit` and `cursor`; a cursor continues only the list it came from, with the same filters.',
  query: AdminDiscountCodeQuery,
  queryDescriptions: {
    q: 'Part of the code or of its description, in any case (`%` and `_` are plain characters).',
    active: '`true`: enabled codes only; `false`: disabled ones only.',
    limit: 'Codes per page, 1 to 100; 25 when absent.',
    cursor: 'The `nextCursor` of the previous page.',
  },
  security: 'bearer',
  responses: {
    200: { description: 'A page of codes.', body: AdminDiscountCodeList },
    400: errorResponse('`validation_failed` naming the parameter, or `invalid_cursor`.'),
    ...ADMIN_ONLY,
  },
});

export const createDiscountCodeRoute = defineRoute({
  method: 'post',
  path: '/admin/discount-codes',
  operationId: 'adminCreateDiscountCode',
  tag: 'Admin',
  summary: 'Add a discount code',
  description:
    'A percentage or fixed amount off the merchandise, or free shipping; from a minimum subtotal, up to a number of ' +
    'uses in all, once per customer email, between two instants. Enabled unless `active: false`. Audited.',
  body: CreateDiscountCodeBody,
  security: 'bearer',
  responses: {
    201: { description: 'The code.', body: AdminDiscountCode },
    400: INVALID,
    409: TAKEN,
    ...ADMIN_ONLY,
  },
});

export const getDiscountCodeRoute = defineRoute({
  method: 'get',
  path: '/admin/discount-codes/:discountCodeId',
  operationId: 'adminGetDiscountCode',
  tag: 'Admin',
  summary: 'A discount code',
  params: CODE_ID,
  security: 'bearer',
  responses: { 200: { description: 'The code.', body: AdminDiscountCode }, 404: NOT_FOUND, ...ADMIN_ONLY },
});

export const updateDiscountCodeRoute = defineRoute({
  method: 'patch',
  path: '/admin/discount-codes/:discountCodeId',
  operationId: 'adminUpdateDiscountCode',
  tag: 'Admin',
  summary: 'Change, enable or disable a discount code',
  description:
    '`active: false` disables it: shoppers who enter it are refused, and carts holding it lose it at their next ' +
    'price. Orders already placed keep their discount. Its use count is never edited. Audited.',
  params: CODE_ID,
  body: UpdateDiscountCodeBody,
  security: 'bearer',
  responses: {
    200: { description: 'The code as it is now.', body: AdminDiscountCode },
    400: INVALID,
    404: NOT_FOUND,
    409: errorResponse(`${VERSION_CONFLICT.description} Or ${TAKEN.description}`),
    ...ADMIN_ONLY,
  },
});

export const ADMIN_DISCOUNT_ROUTES = [
  listDiscountCodesRoute,
  createDiscountCodeRoute,
  getDiscountCodeRoute,
  updateDiscountCodeRoute,
];

/** `/api/admin/discount-codes`; the app checks the admin on `/api/admin/*` before these run. */
export function adminDiscountRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  mountRoute(app, listDiscountCodesRoute, async (c, { query }) => c.json(await listCodes(shop, query), 200));
  mountRoute(app, createDiscountCodeRoute, async (c, { body }) =>
    c.json(await createCode(shop, body, adminEdit(c, shop)), 201),
  );
  mountRoute(app, getDiscountCodeRoute, async (c, { params }) =>
    c.json(await readCode(shop, params.discountCodeId), 200),
  );
  mountRoute(app, updateDiscountCodeRoute, async (c, { params, body }) =>
    c.json(await updateCode(shop, params.discountCodeId, body, adminEdit(c, shop)), 200),
  );
  return app;
}
