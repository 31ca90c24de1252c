import { Hono } from 'hono';
import { AddCartLineBody, ApplyDiscountBody, CreateCartBody, UpdateCartBody, UpdateCartLineBody } from '../../sdk/schemas/index.ts';
import type { AppEnv } from '../http/env.ts';
import type { Shop } from '../shop/shop.ts';
import { parseJsonBody } from '../validate.ts';
import {
  addLine,
  applyDiscount,
  changeLineQuantity,
  createCart,
  readCart,
  removeDiscount,
  removeLine,
  updateCart,
} from './service.ts';

/**
 * `/api/carts`: guest carts. The cart id is the credential: whoever holds it may read and change the
 * cart. Bodies are validated with the shared schemas; fields they don't name (a price, say) are ignored.
 */
export function cartRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Carts are private to whoever holds the id: never stored by a shared cache.
  const noStore = { 'Cache-Control': 'no-store' };

  app.post('/carts', async (c) => c.json(await createCart(shop, await parseJsonBody(c, CreateCartBody)), 201, noStore));

  app.get('/carts/:cartId', async (c) => c.json(await readCart(shop, c.req.param('cartId')), 200, noStore));

  app.patch('/carts/:cartId', async (c) => {
    const body = await parseJsonBody(c, UpdateCartBody);
    return c.json(await updateCart(shop, c.req.param('cartId'), body), 200, noStore);
  });

  app.post('/carts/:cartId/lines', async (c) => {
    const body = await parseJsonBody(c, AddCartLineBody);
    return c.json(await addLine(shop, c.req.param('cartId'), body), 200, noStore);
  });

  app.patch('/carts/:cartId/lines/:lineId', async (c) => {
    const { quantity } = await parseJsonBody(c, UpdateCartLineBody);
    return c.json(await changeLineQuantity(shop, c.req.param('cartId'), c.req.param('lineId'), quantity), 200, noStore);
  });

  app.delete('/carts/:cartId/lines/:lineId', async (c) =>
    c.json(await removeLine(shop, c.req.param('cartId'), c.req.param('lineId')), 200, noStore),
  );

  app.put('/carts/:cartId/discount', async (c) => {
    const { code } = await parseJsonBody(c, ApplyDiscountBody);
    return c.json(await applyDiscount(shop, c.req.param('cartId'), code), 200, noStore);
  });

  app.delete('/carts/:cartId/discount', async (c) => c.json(await removeDiscount(shop, c.req.param('cartId')), 200, noStore));

  return app;
}
