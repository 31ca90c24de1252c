import assert from 'node:assert/strict';
import type {
  AdminShipment,
  CheckoutResult,
  CreateShipmentBody,
  Order,
  ShipmentList,
} from '../../../sdk/schemas/index.ts';
import { ensureAdmin } from '../../accounts/ensure-admin.ts';
import { bearer, signInToken } from '../../accounts/test-support/users.ts';
import { cartWith, checkout, payWithTestGateway } from '../../test-support/checkout.ts';
import type { TestResponse, TestServer } from '../../test-support/server.ts';

/** Steps of shipping over HTTP, for the shipment tests. */

export async function adminAuth(server: TestServer): Promise<RequestInit> {
  await ensureAdmin(server.data, { email: 'owner@example.com', password: 'a long admin password' });
  return bearer(await signInToken(server, 'owner@example.com', 'a long admin password'));
}

/** A paid order of a 3 mugs line and 1 towel line. */
export async function paidOrder(server: TestServer, email = 'ada@example.com'): Promise<CheckoutResult> {
  const result = await checkout(
    server,
    (
      await cartWith(server, [
        ['lantern-mug', 3],
        ['tea-towel', 1],
      ])
    ).id,
    { email },
  );
  await payWithTestGateway(result, 'approve');
  await server.shop.tasks.drain();
  return result;
}

export function ship(
  server: TestServer,
  auth: RequestInit,
  orderId: string,
  body: CreateShipmentBody,
): Promise<TestResponse<AdminShipment>> {
  return server.send<AdminShipment>(`/api/admin/orders/${orderId}/shipments`, body, auth);
}

export async function shipped(
  server: TestServer,
  auth: RequestInit,
  orderId: string,
  body: CreateShipmentBody,
): Promise<AdminShipment> {
  const response = await ship(server, auth, orderId, body);
  assert.equal(response.status, 201, response.text);
  return response.body;
}

export async function orderOf(server: TestServer, result: CheckoutResult): Promise<Order> {
  const response = await server.get<Order>(
    `/api/orders/${result.order.id}?token=${encodeURIComponent(result.accessToken)}`,
  );
  assert.equal(response.status, 200, response.text);
  return response.body;
}

export async function shopperShipments(server: TestServer, result: CheckoutResult): Promise<ShipmentList> {
  const response = await server.get<ShipmentList>(
    `/api/orders/${result.order.id}/shipments?token=${encodeURIComponent(result.accessToken)}`,
  );
  assert.equal(response.status, 200, response.text);
  return response.body;
}
