import assert from 'node:assert/strict';
import type { Address, Cart, CheckoutResult, CreateOrderBody, Order, Product } from '../../sdk/schemas/index.ts';
import type { TestResponse, TestServer } from './server.ts';

/** Shopping steps over HTTP, for tests of carts, checkout and payment. */

export const US_ADDRESS: Address = {
  name: 'Ada Lovelace',
  line1: '12 Analytical Row',
  city: 'Brooklyn',
  region: 'NY',
  postalCode: '11201',
  country: 'US',
};

/** A variant id of a fixture product, by handle and variant position. */
export async function variantId(server: TestServer, handle: string, index = 0): Promise<string> {
  const { status, body } = await server.get<Product>(`/api/products/${handle}`);
  assert.equal(status, 200, `product ${handle}`);
  const variant = body.variants[index];
  assert.ok(variant, `${handle} has a variant ${index}`);
  return variant.id;
}

export async function createCart(server: TestServer, body: { country?: string } = {}): Promise<Cart> {
  const response = await server.send<Cart>('/api/carts', body);
  assert.equal(response.status, 201, response.text);
  return response.body;
}

export async function addLine(server: TestServer, cartId: string, variant: string, quantity: number): Promise<Cart> {
  const response = await server.send<Cart>(`/api/carts/${cartId}/lines`, { variantId: variant, quantity });
  assert.equal(response.status, 200, response.text);
  return response.body;
}

export async function patchCart(server: TestServer, cartId: string, body: object): Promise<Cart> {
  const response = await server.send<Cart>(`/api/carts/${cartId}`, body, { method: 'PATCH' });
  assert.equal(response.status, 200, response.text);
  return response.body;
}

export async function applyCode(server: TestServer, cartId: string, code: string): Promise<TestResponse<Cart>> {
  return server.send<Cart>(`/api/carts/${cartId}/discount`, { code }, { method: 'PUT' });
}

/** A cart holding `lines` of fixture products: [handle, quantity] or [handle, quantity, variant index]. */
export async function cartWith(
  server: TestServer,
  lines: [string, number, number?][],
  body: { country?: string } = {},
): Promise<Cart> {
  let cart = await createCart(server, body);
  for (const [handle, quantity, index] of lines)
    cart = await addLine(server, cart.id, await variantId(server, handle, index), quantity);
  return cart;
}

export function orderBody(
  server: TestServer,
  cartId: string,
  overrides: Partial<CreateOrderBody> = {},
): CreateOrderBody {
  return {
    cartId,
    email: 'ada@example.com',
    shippingAddress: US_ADDRESS,
    shippingMethod: 'ship_us_standard',
    returnUrl: `${server.url}/order-status.html`,
    ...overrides,
  };
}

export async function placeOrder(
  server: TestServer,
  body: CreateOrderBody,
  idempotencyKey?: string,
): Promise<TestResponse<CheckoutResult>> {
  return server.send<CheckoutResult>(
    '/api/orders',
    body,
    idempotencyKey ? { headers: { 'idempotency-key': idempotencyKey } } : {},
  );
}

/** Checks out and asserts it worked. */
export async function checkout(
  server: TestServer,
  cartId: string,
  overrides: Partial<CreateOrderBody> = {},
): Promise<CheckoutResult> {
  const response = await placeOrder(server, orderBody(server, cartId, overrides));
  assert.equal(response.status, 201, response.text);
  return response.body;
}

export async function getOrder(server: TestServer, orderId: string, token: string): Promise<Order> {
  const response = await server.get<Order>(`/api/orders/${orderId}?token=${encodeURIComponent(token)}`);
  assert.equal(response.status, 200, response.text);
  return response.body;
}

/** Presses a button on the test gateway's page, as the shopper's browser would, without following the redirect. */
export async function payWithTestGateway(
  result: CheckoutResult,
  action: 'approve' | 'decline' | 'pending',
): Promise<Response> {
  const response = await fetch(`${result.payment.redirectUrl}/${action}`, { method: 'POST', redirect: 'manual' });
  assert.equal(response.status, 303, `${action}: ${await response.clone().text()}`);
  return response;
}

/** A variant's stock as the database holds it. */
export function stockOf(server: TestServer, variant: string): { stocked: number; reserved: number } {
  // The test reads the file the server writes, through a second connection, like an admin tool would.
  const row = server.sqlite.prepare('SELECT stocked, reserved FROM variants WHERE id = ?').get(variant) as
    { stocked: number; reserved: number } | undefined;
  assert.ok(row, `variant ${variant}`);
  return row;
}
