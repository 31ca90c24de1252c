import { Hono } from 'hono';
import { AdminOrderQuery } from '../../sdk/schemas/index.ts';
import type { AppEnv } from '../http/env.ts';
import type { Shop } from '../shop/shop.ts';
import { sendOriginal } from '../uploads/send.ts';
import { parseQuery } from '../validate.ts';
import { findAdminOrderUpload, listAdminOrders, readAdminOrder } from './orders.ts';

/**
 * `/api/admin/orders`: every order, its details and its designs' originals. The app mounts `requireAdmin`
 * and `Cache-Control: no-store` on `/api/admin/*` before these, so none of them checks the caller or sets it itself.
 */
export function adminRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/admin/orders', async (c) => c.json(await listAdminOrders(shop, parseQuery(c, AdminOrderQuery))));

  app.get('/admin/orders/:orderId', async (c) => c.json(await readAdminOrder(shop, c.req.param('orderId'))));

  app.get('/admin/orders/:orderId/uploads/:uploadId/file', async (c) =>
    sendOriginal(c, shop, await findAdminOrderUpload(shop, c.req.param('orderId'), c.req.param('uploadId'))),
  );

  return app;
}
