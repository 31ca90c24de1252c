import { Hono } from 'hono';
import * as z from 'zod';
import type { DataStore } from '../data/store.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/env.ts';

export const Health = z.object({ status: z.literal('ok'), database: z.literal('ok') });

/**
 * `GET /api/health`: 200 when the server and its database answer, for load balancers and uptime checks. Any page
 * may load it (`no-cors`): it is how the SDK, on a page whose origin the shop refuses, tells that from a shop that is down.
 */
export function healthRoutes(data: Pick<DataStore, 'ping'>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/health', async (c) => {
    try {
      await data.ping();
    } catch {
      throw new ApiError('internal_error', 503, 'The database is not answering.');
    }
    return c.json({ status: 'ok', database: 'ok' } satisfies z.infer<typeof Health>, 200, { 'Cross-Origin-Resource-Policy': 'cross-origin' });
  });
  return app;
}
