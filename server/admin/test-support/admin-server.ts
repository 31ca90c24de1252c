import assert from 'node:assert/strict';
import type { AuditEntity, AuditEntry, AuditLogPage } from '../../../sdk/schemas/index.ts';
import { ensureAdmin } from '../../accounts/ensure-admin.ts';
import { bearer, createUser, signInToken } from '../../accounts/test-support/users.ts';
import {
  startTestServer,
  type ErrorJson,
  type TestResponse,
  type TestServer,
  type TestServerOptions,
} from '../../test-support/server.ts';

/** A test server with an admin and a customer signed in, and requests as each of them or as no one. */
export type AdminTestServer = TestServer & {
  adminToken: string;
  customerToken: string;
  /** Sends `body` as JSON (none for GET and DELETE) with the admin's token. */
  admin<T = unknown>(method: string, path: string, body?: unknown): Promise<TestResponse<T>>;
  /**
   * Sends the request with a customer's token and with none, and checks both are refused (403 `forbidden`,
   * 401 `unauthorized`) and that the admin then reads `readPath` as it read it before.
   */
  refusesNonAdmins(method: string, path: string, body: unknown, readPath: string): Promise<void>;
  /** The audit log's entries for one thing, newest first. */
  auditOf(entity: AuditEntity, entityId: string): Promise<AuditEntry[]>;
};

export async function startAdminTestServer(options: TestServerOptions = {}): Promise<AdminTestServer> {
  const server = await startTestServer(options);
  await ensureAdmin(server.data, { email: 'owner@example.com', password: 'a long admin password' });
  await createUser(server.data, 'shopper@example.com', 'a long customer password');
  const adminToken = await signInToken(server, 'owner@example.com', 'a long admin password');
  const customerToken = await signInToken(server, 'shopper@example.com', 'a long customer password');

  const request = <T>(method: string, path: string, body: unknown, headers: Record<string, string>) =>
    body === undefined ? server.get<T>(path, { method, headers }) : server.send<T>(path, body, { method, headers });
  const admin = <T>(method: string, path: string, body?: unknown) =>
    request<T>(method, path, body, bearer(adminToken).headers);

  return {
    ...server,
    adminToken,
    customerToken,
    admin,
    async refusesNonAdmins(method, path, body, readPath) {
      const before = (await admin(method === 'GET' ? method : 'GET', readPath)).text;
      const customer = await request<ErrorJson>(method, path, body, bearer(customerToken).headers);
      assert.deepEqual([customer.status, customer.body.error?.code], [403, 'forbidden'], `${method} ${path}`);
      const anonymous = await request<ErrorJson>(method, path, body, {});
      assert.deepEqual([anonymous.status, anonymous.body.error?.code], [401, 'unauthorized'], `${method} ${path}`);
      assert.equal((await admin('GET', readPath)).text, before, `${method} ${path} changed nothing`);
    },
    async auditOf(entity, entityId) {
      const query = new URLSearchParams({ entity, entityId });
      const response = await admin<AuditLogPage>('GET', `/api/admin/audit-log?${query}`);
      assert.equal(response.status, 200, response.text);
      return response.body.items;
    },
  };
}
