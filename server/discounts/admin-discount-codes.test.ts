import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AdminDiscountCode, AdminDiscountCodeList, Cart } from '../../sdk/schemas/index.ts';
import { startAdminTestServer, type AdminTestServer } from '../admin/test-support/admin-server.ts';
import { testClock } from '../accounts/test-support/users.ts';
import { applyCode, cartWith, checkout, orderBody, placeOrder } from '../test-support/checkout.ts';
import type { ErrorJson } from '../test-support/server.ts';

const clock = testClock(Date.parse('2026-06-01T10:00:00Z'));
let server: AdminTestServer;
before(async () => {
  server = await startAdminTestServer({ start: { now: clock.now } });
});
after(() => server.close());

const LIST = '/api/admin/discount-codes';

async function createCode(body: object): Promise<AdminDiscountCode> {
  const response = await server.admin<AdminDiscountCode>('POST', LIST, body);
  assert.equal(response.status, 201, response.text);
  return response.body;
}

/** Each edit a second later, so the audit log's order (by time) is the order of the edits. */
async function edit(code: AdminDiscountCode, change: object): Promise<AdminDiscountCode> {
  clock.advance(1000);
  const response = await server.admin<AdminDiscountCode>('PATCH', `${LIST}/${code.id}`, {
    version: code.version,
    ...change,
  });
  assert.equal(response.status, 200, response.text);
  return response.body;
}

const refusal = async (cartId: string, code: string) => {
  const response = await applyCode(server, cartId, code);
  return [response.status, (response.body as unknown as ErrorJson).error?.code];
};

describe('discount codes in the admin API', () => {
  test('a new code works at the cart at once; disabled or expired, the cart refuses it', async () => {
    const code = await createCode({ code: 'Spring20', kind: 'percentage', value: 2000, description: 'Spring sale' });
    assert.deepEqual(code, {
      id: code.id,
      code: 'Spring20',
      kind: 'percentage',
      value: 2000,
      description: 'Spring sale',
      minSubtotal: 0,
      currency: 'USD',
      startsAt: null,
      endsAt: null,
      usageLimit: null,
      timesUsed: 0,
      oncePerCustomer: false,
      active: true,
      status: 'active',
      createdAt: '2026-06-01T10:00:00.000Z',
      version: 1,
    });
    const cart = await cartWith(server, [['lantern-mug', 2]]);
    const applied = await applyCode(server, cart.id, 'spring20');
    assert.equal(applied.status, 200, applied.text);
    assert.equal(applied.body.totals.discount.amount, 600);

    const disabled = await edit(code, { active: false });
    assert.deepEqual([disabled.active, disabled.status, disabled.version], [false, 'disabled', 2]);
    assert.deepEqual(await refusal(cart.id, 'SPRING20'), [409, 'discount_expired']);
    // The cart that held it loses it at its next price, and checkout charges the full price.
    const held = (await server.get<Cart>(`/api/carts/${cart.id}`)).body;
    assert.equal(held.totals.discount.amount, 0);

    const enabled = await edit(disabled, { active: true, endsAt: '2026-06-01T12:00:00+02:00' });
    assert.equal(enabled.endsAt, '2026-06-01T10:00:00.000Z', 'stored in UTC');
    assert.equal(enabled.status, 'expired');
    assert.deepEqual(await refusal(cart.id, 'SPRING20'), [409, 'discount_expired']);

    const scheduled = await edit(enabled, { startsAt: '2026-07-01T00:00:00Z', endsAt: null });
    assert.equal(scheduled.status, 'scheduled');
    assert.deepEqual(await refusal(cart.id, 'SPRING20'), [409, 'discount_not_applicable']);

    const audit = await server.auditOf('discount_code', code.id);
    assert.deepEqual(
      audit.map((entry) => entry.action),
      ['discount_code.update', 'discount_code.enable', 'discount_code.disable', 'discount_code.create'],
    );
    assert.equal((audit[2]?.before as AdminDiscountCode).active, true);
    assert.equal((audit[2]?.after as AdminDiscountCode).active, false);
  });

  test('the usage limit holds: the last use goes to one order, then the code is used up', async () => {
    const code = await createCode({ code: 'TWICE', kind: 'fixed_amount', value: 300, usageLimit: 2 });
    const carts: Cart[] = [];
    for (let index = 0; index < 3; index++) {
      const cart = await cartWith(server, [['lantern-mug', 1]]);
      assert.equal((await applyCode(server, cart.id, 'TWICE')).status, 200);
      carts.push(cart);
    }
    const placed = await Promise.all(carts.map((cart) => placeOrder(server, orderBody(server, cart.id))));
    assert.deepEqual(placed.map((response) => response.status).sort(), [201, 201, 409]);
    const refused = placed.find((response) => response.status === 409);
    assert.equal((refused?.body as unknown as ErrorJson).error.code, 'discount_used_up');
    const read = await server.admin<AdminDiscountCode>('GET', `${LIST}/${code.id}`);
    assert.deepEqual([read.body.timesUsed, read.body.status, read.body.version], [2, 'used_up', 1]);
    assert.deepEqual(await refusal((await cartWith(server, [['lantern-mug', 1]])).id, 'TWICE'), [
      409,
      'discount_used_up',
    ]);
    // Raising the limit lets it be used again; redemptions never made the edit stale.
    await edit(read.body, { usageLimit: 3 });
    const more = await cartWith(server, [['lantern-mug', 1]]);
    assert.equal((await applyCode(server, more.id, 'TWICE')).status, 200);
    await checkout(server, more.id);
  });

  test('a stale edit is 409 and changes nothing; codes are unique in any case; values fit their kind', async () => {
    const code = await createCode({ code: 'STALE5', kind: 'fixed_amount', value: 500 });
    const path = `${LIST}/${code.id}`;
    const fresh = await edit(code, { value: 700 });
    const stale = await server.admin<ErrorJson>('PATCH', path, { version: 1, value: 900 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body.error.code, 'version_conflict');
    assert.deepEqual(stale.body.error.details, { currentVersion: 2 });
    assert.deepEqual((await server.admin('GET', path)).body, fresh);

    for (const body of [
      { code: 'stale5', kind: 'free_shipping' },
      { code: 'WELCOME10', kind: 'free_shipping' },
    ]) {
      const taken = await server.admin<ErrorJson>('POST', LIST, body);
      assert.deepEqual([taken.status, taken.body.error.code], [409, 'conflict'], body.code);
    }
    const renamed = await server.admin<ErrorJson>('PATCH', path, { version: 2, code: 'save5' });
    assert.deepEqual([renamed.status, renamed.body.error.code], [409, 'conflict']);

    for (const [body, field] of [
      [{ code: 'P0', kind: 'percentage', value: 10 }, 'code'],
      [{ code: 'P101', kind: 'percentage', value: 10_001 }, 'value'],
      [{ code: 'FIX0', kind: 'fixed_amount' }, 'value'],
      [{ code: 'SHIPX', kind: 'free_shipping', value: 100 }, 'value'],
      [
        { code: 'BACKWARDS', kind: 'free_shipping', startsAt: '2026-07-01T00:00:00Z', endsAt: '2026-06-01T00:00:00Z' },
        'endsAt',
      ],
      [{ code: 'NOTADATE', kind: 'free_shipping', endsAt: 'next week' }, 'endsAt'],
    ] as const) {
      const response = await server.admin<ErrorJson>('POST', LIST, body);
      assert.equal(response.status, 400, body.code);
      const issues = response.body.error.details?.['issues'] as { path: string }[];
      assert.deepEqual(
        issues.map((issue) => issue.path),
        [field],
        body.code,
      );
    }
    const badEdit = await server.admin<ErrorJson>('PATCH', path, { version: 2, kind: 'percentage', value: 0 });
    assert.equal(badEdit.status, 400);
    for (const [method, url, body] of [
      ['GET', `${LIST}/disc_nothing`, undefined],
      ['PATCH', `${LIST}/disc_nothing`, { version: 1, active: false }],
    ] as const) {
      const gone = await server.admin<ErrorJson>(method, url, body);
      assert.deepEqual([gone.status, gone.body.error.code], [404, 'not_found'], method);
    }
  });

  test('the list: newest first, searched by code or description, filtered, paged', async () => {
    for (const [index, text] of ['LISTA', 'LISTB', 'LISTC'].entries()) {
      clock.advance(1000);
      await createCode({ code: text, kind: 'free_shipping', description: `list test ${index}`, active: index !== 1 });
    }
    const first = await server.admin<AdminDiscountCodeList>('GET', `${LIST}?q=list&limit=2`);
    assert.equal(first.status, 200, first.text);
    assert.deepEqual(
      first.body.items.map((item) => item.code),
      ['LISTC', 'LISTB'],
    );
    assert.ok(first.body.nextCursor);
    const second = await server.admin<AdminDiscountCodeList>(
      'GET',
      `${LIST}?q=list&limit=2&cursor=${first.body.nextCursor}`,
    );
    assert.deepEqual(
      second.body.items.map((item) => item.code),
      ['LISTA'],
    );
    assert.equal(second.body.nextCursor, null);
    const byDescription = await server.admin<AdminDiscountCodeList>('GET', `${LIST}?q=${encodeURIComponent('test 1')}`);
    assert.deepEqual(
      byDescription.body.items.map((item) => item.code),
      ['LISTB'],
    );
    const disabled = await server.admin<AdminDiscountCodeList>('GET', `${LIST}?q=list&active=false`);
    assert.deepEqual(
      disabled.body.items.map((item) => item.code),
      ['LISTB'],
    );
    // `%` is a plain character: only a code or description holding "%%" would match.
    const wildcard = await server.admin<AdminDiscountCodeList>('GET', `${LIST}?q=%25%25`);
    assert.deepEqual(wildcard.body.items, []);
    const otherFilter = await server.admin<ErrorJson>('GET', `${LIST}?q=other&cursor=${first.body.nextCursor}`);
    assert.deepEqual([otherFilter.status, otherFilter.body.error.code], [400, 'invalid_cursor']);
    const all = await server.admin<AdminDiscountCodeList>('GET', `${LIST}?limit=100`);
    const oneOff = all.body.items.find((item) => item.code === 'SUMMER24');
    assert.equal(oneOff?.status, 'expired');
  });

  test('a customer or no one is refused every write, and nothing changes', async () => {
    const code = await createCode({ code: 'GUARDED', kind: 'free_shipping' });
    await server.refusesNonAdmins('POST', LIST, { code: 'SNEAKY', kind: 'free_shipping' }, `${LIST}?limit=100`);
    await server.refusesNonAdmins('PATCH', `${LIST}/${code.id}`, { version: 1, active: false }, `${LIST}/${code.id}`);
    assert.equal((await server.auditOf('discount_code', code.id)).length, 1);
  });
});
