import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer } from '../start.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';
import { defaultStickerPrices, seedStickerPrices } from './sticker-prices.ts';

describe('default sticker prices', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed: 'none' });
  });
  after(() => server.close());

  test('are loaded on first start, whatever the catalog seed', async () => {
    const tables = await server.data.stickers.tables();
    assert.deepEqual(tables, { ...defaultStickerPrices(), version: 1 });
  });

  test('are never loaded over a shop’s own prices', async () => {
    assert.equal(await seedStickerPrices(server.data.stickers), false);
    server.sqlite.prepare('UPDATE sticker_price_breaks SET rate_milli = 20000 WHERE quantity = 50').run();
    const again = await startServer({
      port: 0,
      databaseUrl: join(server.dir, 'shop.db'),
      seed: 'none',
      uploadDir: join(server.dir, 'uploads'),
    });
    try {
      const tables = await again.data.stickers.tables();
      assert.equal(tables?.breaks[0]?.rateMilli, 20_000);
      assert.equal(tables?.breaks.length, defaultStickerPrices().breaks.length);
    } finally {
      await again.close();
    }
  });

  test('rates fall at every break, and every material offers a finish that exists', () => {
    const { breaks, materials, finishes } = defaultStickerPrices();
    for (let index = 1; index < breaks.length; index++)
      assert.ok((breaks[index]?.rateMilli ?? 0) < (breaks[index - 1]?.rateMilli ?? 0));
    const codes = new Set(finishes.map((finish) => finish.code));
    for (const material of materials)
      assert.ok(material.finishes.length > 0 && material.finishes.every((finish) => codes.has(finish)), material.code);
  });
});
