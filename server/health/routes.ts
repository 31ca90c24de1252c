import { Hono } from 'hono';
import { Health } from '../../sdk/schemas/index.ts';
import type { DataStore } from '../data/store.ts';
import { ApiError } from '../errors.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute } from '../http/route.ts';
import { errorResponse } from '../openapi/responses.ts';

export const healthRoute = defineRoute({
  method: 'get',
  path: '/health',
  operationId: 'health',
  tag: 'Service',
  summary: 'Health check',
  responses: {
    200: { description: 'The server and its database answer.', body: Health },
    503: errorResponse('The database does not answer.'),
  },
});

/**
 * `GET /api/health`: 200 when the server and its database answer, for load balancers and uptime checks. Any page
 * may load it (`no-cors`): it is how the SDK, on a page whose origin the shop refuses, tells that from a shop that is down.
 */
export function healthRoutes(data: Pick<DataStore, 'ping'>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  mountRoute(app, healthRoute, async (c) => {
    try {
      await data.ping();
    } catch {
      throw new ApiError('internal_error', 503, 'The database is not answering.');
    }
    return c.json({ status: 'ok', database: 'ok' } satisfies Health, 200, {
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
  });
  return app;
}
