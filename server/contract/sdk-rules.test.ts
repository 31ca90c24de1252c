// The admin SDK's pricing rules against a real server, every answer checked against the wire schemas: a tax rate
// from creation to removal, a zone, a code, the sticker tables and their preview, and a stale edit's typed error.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAdminClient, type AdminClient } from '../../sdk/admin/index.ts';
import { StoreletConflictError, StoreletValidationError, memoryStorage } from '../../sdk/index.ts';
import { validateResponses } from '../../sdk/validate.ts';
import { stickerShopSeed } from '../stickers/test-support/sticker-shop.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';

const ADMIN = { email: 'owner@example.com', password: 'a long admin password' };

describe('the admin SDK’s pricing rules against a real server', () => {
  let server: TestServer;
  let admin: AdminClient;

  before(async () => {
    server = await startTestServer({ seed: stickerShopSeed, config: { admin: ADMIN } });
    admin = createAdminClient({ apiUrl: server.url, storage: memoryStorage(), validateResponses, retries: 0 });
    await admin.signIn(ADMIN);
  });
  after(() => server?.close());

  it('tax rates: create, read, edit, a stale edit refused with its current version, remove', async () => {
    const rate = await admin.taxRates.create({ country: 'US', region: 'Virginia', name: 'VA', ratePpm: 53_000 });
    assert.equal(rate.region, 'VA');
    assert.deepEqual(await admin.taxRates.get(rate.id), rate);
    assert.ok((await admin.taxRates.list('US')).items.some((item) => item.id === rate.id));
    const edited = await admin.taxRates.update(rate.id, { version: rate.version, ratePpm: 60_000 });
    await assert.rejects(admin.taxRates.update(rate.id, { version: rate.version, ratePpm: 1 }), (error: unknown) => {
      assert.ok(error instanceof StoreletConflictError, String(error));
      assert.equal(error.code, 'version_conflict');
      assert.deepEqual(error.details, { currentVersion: edited.version });
      return true;
    });
    await admin.taxRates.remove(rate.id, edited.version);
    assert.equal(
      (await admin.taxRates.list('US')).items.some((item) => item.id === rate.id),
      false,
    );
  });

  it('shipping zones, discount codes and sticker prices', async () => {
    const zone = await admin.shippingZones.create({
      name: 'Japan',
      countries: ['JP'],
      methods: [{ name: 'Post', minDays: 3, maxDays: 6, basis: 'weight', rates: [{ from: 0, to: null, price: 900 }] }],
    });
    // The zone as read, less what the server sets (its id and currency), is the body of an edit.
    const { id: _id, currency: _zoneCurrency, ...body } = zone;
    const replaced = await admin.shippingZones.replace(zone.id, {
      ...body,
      name: 'Japan and Korea',
      countries: ['JP', 'KR'],
    });
    assert.deepEqual(await admin.shippingZones.get(zone.id), replaced);
    assert.ok((await admin.shippingZones.list()).items.some((item) => item.id === zone.id));
    await admin.shippingZones.remove(zone.id, replaced.version);

    const code = await admin.discountCodes.create({ code: 'SDK10', kind: 'percentage', value: 1000 });
    const disabled = await admin.discountCodes.update(code.id, { version: code.version, active: false });
    assert.equal(disabled.status, 'disabled');
    assert.deepEqual(await admin.discountCodes.get(code.id), disabled);
    assert.deepEqual((await admin.discountCodes.list({ q: 'sdk10' })).items, [disabled]);
    await assert.rejects(
      admin.discountCodes.create({ code: 'SDK0', kind: 'percentage', value: 0 }),
      StoreletValidationError,
    );

    const prices = await admin.stickerPrices.get();
    const { currency: _currency, version, ...tables } = prices;
    const preview = await admin.stickerPrices.preview({
      tables,
      samples: [
        { shape: 'die_cut', width: 3, height: 3, unit: 'in', material: 'white_vinyl', finish: 'gloss', quantity: 100 },
      ],
    });
    assert.deepEqual(preview.items[0]?.proposed, preview.items[0]?.current, 'the same tables quote the same');
    const replacedPrices = await admin.stickerPrices.replace({ ...tables, version });
    assert.equal(replacedPrices.version, version + 1);
  });
});
