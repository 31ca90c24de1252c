import type { HttpBindings } from '@hono/node-server';

/**
 * Hono environment shared by every sub-app. Bindings are the Node request and response when the app
 * runs on @hono/node-server, and absent under `app.request()` or another adapter.
 */
export type AppEnv = { Bindings: Partial<HttpBindings>; Variables: { requestId: string } };
