import { ensureAdmin } from '../../../accounts/ensure-admin.ts';
import { bearer, createUser, signInToken } from '../../../accounts/test-support/users.ts';
import type { AdminProduct } from '../../../../sdk/schemas/index.ts';
import {
  startTestServer,
  type TestResponse,
  type TestServer,
  type TestServerOptions,
} from '../../../test-support/server.ts';

export type AdminTestServer = {
  server: TestServer;
  /** Request options signed in as the shop's admin, and as a customer. */
  admin: { headers: Record<string, string> };
  customer: { headers: Record<string, string> };
  /** A product as the admin reads it, by handle. */
  product(handle: string): Promise<AdminProduct>;
  /** Sends `body` as JSON with `method` as the admin. */
  write<T = unknown>(method: string, path: string, body?: unknown): Promise<TestResponse<T>>;
};

/** A test server over the fixture catalog, with an admin and a customer signed in. */
export async function startAdminTestServer(options: TestServerOptions = {}): Promise<AdminTestServer> {
  const server = await startTestServer(options);
  await ensureAdmin(server.data, { email: 'owner@example.com', password: 'a long admin password' });
  await createUser(server.data, 'shopper@example.com', 'a long customer password');
  const admin = bearer(
    await signInToken(server, 'owner@example.com', 'a long admin password'),
  ) as AdminTestServer['admin'];
  const customer = bearer(
    await signInToken(server, 'shopper@example.com', 'a long customer password'),
  ) as AdminTestServer['customer'];
  return {
    server,
    admin,
    customer,
    async product(handle) {
      const response = await server.get<{ items: AdminProduct[] }>(`/api/admin/products?q=${handle}&limit=100`, admin);
      const found = response.body.items.find((item) => item.handle === handle);
      if (!found) throw new Error(`No product ${handle}: ${response.text}`);
      return found;
    },
    write<T>(method: string, path: string, body?: unknown) {
      return server.get<T>(path, {
        method,
        headers: { ...admin.headers, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    },
  };
}
