import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { OrderLookupResult, type CheckoutResult } from '../../sdk/schemas/index.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { paidOrder } from './test-support/ship.ts';

/** `POST /api/orders/lookup`: a guest finds an order by number and email, and learns nothing from a miss. */

let server: TestServer;
let order: CheckoutResult;

before(async () => {
  server = await startTestServer();
  order = await paidOrder(server, 'Grace.Hopper@Example.com');
});
after(() => server.close());

const lookup = (body: object) => server.send<OrderLookupResult & ErrorJson>('/api/orders/lookup', body);

test('the number and email (in any case) answer a token that opens the order and its shipments', async () => {
  const found = await lookup({ number: order.order.number.toLowerCase(), email: ' grace.hopper@example.COM ' });
  assert.equal(found.status, 200, found.text);
  assert.ok(OrderLookupResult.safeParse(found.body).success);
  assert.equal(found.body.orderId, order.order.id);
  assert.equal(found.headers.get('cache-control'), 'no-store');
  const token = encodeURIComponent(found.body.token);
  assert.equal((await server.get(`/api/orders/${order.order.id}?token=${token}`)).status, 200);
  assert.equal((await server.get(`/api/orders/${order.order.id}/shipments?token=${token}`)).status, 200);
  const expires = Date.parse(found.body.expiresAt) - Date.now();
  assert.ok(expires > 23 * 3600_000 && expires <= 24 * 3600_000, 'a day');
});

test('a wrong number and a wrong email get the very same answer', async () => {
  const wrongNumber = await lookup({ number: 'SL-99999', email: 'grace.hopper@example.com' });
  const wrongEmail = await lookup({ number: order.order.number, email: 'someone@example.com' });
  assert.deepEqual([wrongNumber.status, wrongEmail.status], [404, 404]);
  assert.deepEqual(wrongNumber.body, wrongEmail.body);
  assert.equal(wrongNumber.body.error.code, 'not_found');
  const invalid = await lookup({ number: '', email: 'not an email' });
  assert.equal(invalid.status, 400);
});

test('tries are limited per order number: the eleventh in ten minutes waits', async () => {
  const statuses: number[] = [];
  for (let index = 0; index < 11; index++)
    statuses.push((await lookup({ number: 'SL-12345', email: `guess${index}@example.com` })).status);
  assert.deepEqual(statuses, [...Array(10).fill(404), 429]);
  const limited = await lookup({ number: 'SL-12345', email: 'guess@example.com' });
  assert.equal(limited.body.error.code, 'rate_limited');
  assert.ok(Number(limited.headers.get('retry-after')) > 0);
});

test('tries are limited per email: the eleventh number tried with one email waits', async () => {
  const statuses: number[] = [];
  for (let index = 0; index < 11; index++)
    statuses.push((await lookup({ number: `SL-2${index}`, email: 'Known@example.com' })).status);
  assert.deepEqual(statuses, [...Array(10).fill(404), 429]);
});

test('tries are limited per caller too, whatever number and email they try', async () => {
  const statuses: number[] = [];
  for (let index = 0; index < 10; index++)
    statuses.push((await lookup({ number: `SL-3${index}`, email: `other${index}@example.com` })).status);
  assert.equal(statuses.at(-1), 429, 'the caller has used up its 30 tries in this file');
});
