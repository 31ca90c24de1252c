import { Hono } from 'hono';
import { StickerOptions, StickerQuote, StickerQuoteBody } from '../../sdk/schemas/index.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { errorResponse } from '../openapi/responses.ts';
import type { Shop } from '../shop/shop.ts';
import { stickerOptions } from './options.ts';
import { quoteSticker } from './quote.ts';
import { stickerTables } from './tables.ts';

export const getStickerOptionsRoute = defineRoute({
  method: 'get',
  path: '/stickers/options',
  operationId: 'getStickerOptions',
  tag: 'Stickers',
  summary: 'What the sticker configurator offers',
  description:
    'Shapes, materials (each with the finishes it takes), finishes, size presets and limits (in millimetres), quantity ' +
    'tiers and the maximum quantity, from the shop’s price tables, plus the upload rules. Cacheable for a minute.',
  responses: { 200: { description: 'The options.', body: StickerOptions } },
});

export const quoteStickerRoute = defineRoute({
  method: 'post',
  path: '/stickers/quote',
  operationId: 'quoteSticker',
  tag: 'Stickers',
  summary: 'Price a custom sticker',
  description:
    'The total grows with the area (width × height, at least the shop’s minimum billable area), the material, the ' +
    'shape and the finish; the rate per square inch falls at each quantity break, and a custom quantity takes the rate ' +
    'of the break at or below it. A total is never more than a larger quantity would cost, so totals never fall as the ' +
    'quantity grows. Integer minor units, each figure rounded half up once. `compareAtTotal` prices the quantity at the ' +
    'smallest tier’s rate; `savingPercent` is rounded down.',
  body: StickerQuoteBody,
  responses: {
    200: { description: 'The quote.', body: StickerQuote },
    400: errorResponse(
      '`validation_failed` (a quantity that is not a whole number from 1 to the maximum, a malformed spec), ' +
        '`size_out_of_range` (a side outside the limits once converted to millimetres; `details` gives the limits), or ' +
        '`sticker_option_unavailable` (an unknown material or shape, or a finish the material does not take; `details.available`).',
    ),
    415: errorResponse('`unsupported_media_type`: the body is not JSON.'),
  },
});

export const STICKER_ROUTES = [getStickerOptionsRoute, quoteStickerRoute];

/** `/api/stickers`: what the configurator offers, and server-side quotes. */
export function stickerRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { currency, uploads } = shop.settings;

  // Options change only when an admin edits the tables: a minute of caching spares the configurator a round trip.
  mountRoute(app, getStickerOptionsRoute, async (c) =>
    c.json(stickerOptions(await stickerTables(shop), currency, uploads), 200, {
      'Cache-Control': 'public, max-age=60',
    }),
  );

  mountRoute(app, quoteStickerRoute, async (c, { body: { quantity, ...spec } }) =>
    c.json(quoteSticker(await stickerTables(shop), spec, quantity, currency), 200, { 'Cache-Control': 'no-store' }),
  );

  return app;
}
