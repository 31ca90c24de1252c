import type { AdminOrder, CreateRefundBody, Refund } from '../../../sdk/schemas/index.ts';
import type { TestResponse, TestServer, ErrorJson } from '../../test-support/server.ts';

/** Refund steps over HTTP, for the refund, cancellation and return tests. */

export function refund(
  server: TestServer,
  auth: RequestInit,
  orderId: string,
  body: CreateRefundBody,
  idempotencyKey?: string,
): Promise<TestResponse<Refund & ErrorJson>> {
  const headers = {
    ...(auth.headers as Record<string, string>),
    ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
  };
  return server.send<Refund & ErrorJson>(`/api/admin/orders/${orderId}/refunds`, body, { headers });
}

export async function adminOrder(server: TestServer, auth: RequestInit, orderId: string): Promise<AdminOrder> {
  const response = await server.get<AdminOrder>(`/api/admin/orders/${orderId}`, auth);
  if (response.status !== 200) throw new Error(response.text);
  return response.body;
}

/** Email subjects sent for an order, oldest first. */
export async function subjectsFor(server: TestServer, number: string): Promise<string[]> {
  const { listOutbox } = await import('../../email/outbox.ts');
  await server.shop.tasks.drain();
  return (await listOutbox(server.config.outboxDir))
    .filter((entry) => entry.subject.includes(number))
    .map((entry) => entry.subject)
    .reverse();
}
