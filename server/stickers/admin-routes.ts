import { Hono } from 'hono';
import {
  AdminStickerPrices,
  StickerPricePreview,
  StickerPricePreviewBody,
  UpdateStickerPricesBody,
} from '../../sdk/schemas/index.ts';
import { adminEdit } from '../admin/admin-edit.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { ADMIN_ONLY, errorResponse, VERSION_CONFLICT } from '../openapi/responses.ts';
import type { Shop } from '../shop/shop.ts';
import { previewStickerPrices, readStickerPrices, replaceStickerPrices } from './admin-prices.ts';

const INVALID = errorResponse(
  '`validation_failed` naming the field: a code listed twice, a material finish not offered, breaks not ascending, ' +
    'the largest side below the smallest, a preset outside the size limits.',
);

export const getStickerPricesRoute = defineRoute({
  method: 'get',
  path: '/admin/sticker-prices',
  operationId: 'adminGetStickerPrices',
  tag: 'Admin',
  summary: 'The sticker price tables',
  description:
    'Materials, shapes and finishes with their price factors, the quantity breaks with their rates, the size presets ' +
    'and limits, and the `version` an edit must name.',
  security: 'bearer',
  responses: { 200: { description: 'The tables.', body: AdminStickerPrices }, ...ADMIN_ONLY },
});

export const replaceStickerPricesRoute = defineRoute({
  method: 'put',
  path: '/admin/sticker-prices',
  operationId: 'adminReplaceStickerPrices',
  tag: 'Admin',
  summary: 'Replace the sticker price tables',
  description:
    'The tables as they should be. They price every new quote and every sticker added to a cart from now on; lines ' +
    'already in carts keep the price they were quoted at, through checkout (their quantity changes are priced from ' +
    'the tables they were added at too). The configurator’s options may be cached for a minute. Audited.',
  body: UpdateStickerPricesBody,
  security: 'bearer',
  responses: {
    200: { description: 'The tables as they are now.', body: AdminStickerPrices },
    400: INVALID,
    409: VERSION_CONFLICT,
    ...ADMIN_ONLY,
  },
});

export const previewStickerPricesRoute = defineRoute({
  method: 'post',
  path: '/admin/sticker-prices/preview',
  operationId: 'adminPreviewStickerPrices',
  tag: 'Admin',
  summary: 'Quote stickers under proposed tables, without saving them',
  description:
    'Each sample is quoted under the tables in force and under the proposed ones, side by side; a sample the ' +
    'proposal would refuse has `proposed: null` and the refusal in `problem`. Nothing is saved or audited.',
  body: StickerPricePreviewBody,
  security: 'bearer',
  responses: {
    200: { description: 'The quotes.', body: StickerPricePreview },
    400: INVALID,
    ...ADMIN_ONLY,
  },
});

export const ADMIN_STICKER_ROUTES = [getStickerPricesRoute, replaceStickerPricesRoute, previewStickerPricesRoute];

/** `/api/admin/sticker-prices`; the app checks the admin on `/api/admin/*` before these run. */
export function adminStickerRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  mountRoute(app, getStickerPricesRoute, async (c) => c.json(await readStickerPrices(shop), 200));
  mountRoute(app, replaceStickerPricesRoute, async (c, { body }) =>
    c.json(await replaceStickerPrices(shop, body, adminEdit(c, shop)), 200),
  );
  mountRoute(app, previewStickerPricesRoute, async (c, { body }) =>
    c.json(await previewStickerPrices(shop, body), 200),
  );
  return app;
}
