import type { HttpBindings } from '@hono/node-server';
import type { Account } from '../../sdk/schemas/index.ts';

/**
 * Hono environment shared by every sub-app. Bindings are the Node request and response when the app
 * runs on @hono/node-server, and absent under `app.request()` or another adapter. `account` and
 * `sessionId` are set by the bearer-token middleware (server/auth/) on routes that need a user.
 */
export type AppEnv = {
  Bindings: Partial<HttpBindings>;
  Variables: { requestId: string; account?: Account; sessionId?: string };
};
