import { Hono } from 'hono';
import { StickerQuoteBody } from '../../sdk/schemas/index.ts';
import type { AppEnv } from '../http/env.ts';
import type { Shop } from '../shop/shop.ts';
import { parseJsonBody } from '../validate.ts';
import { stickerOptions } from './options.ts';
import { quoteSticker } from './quote.ts';
import { stickerTables } from './tables.ts';

/** `/api/stickers`: what the configurator offers, and server-side quotes. */
export function stickerRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { currency, uploads } = shop.settings;

  // Options change only when an admin edits the tables: a minute of caching spares the configurator a round trip.
  app.get('/stickers/options', async (c) =>
    c.json(stickerOptions(await stickerTables(shop), currency, uploads), 200, { 'Cache-Control': 'public, max-age=60' }),
  );

  app.post('/stickers/quote', async (c) => {
    const { quantity, ...spec } = await parseJsonBody(c, StickerQuoteBody);
    return c.json(quoteSticker(await stickerTables(shop), spec, quantity, currency), 200, { 'Cache-Control': 'no-store' });
  });

  return app;
}
