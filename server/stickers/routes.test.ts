import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  StickerOptions as StickerOptionsSchema,
  StickerQuote as StickerQuoteSchema,
  type StickerOptions,
  type StickerQuote,
} from '../../sdk/schemas/index.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';

let server: TestServer;
before(async () => {
  server = await startTestServer({ seed: 'none', config: { maxUploadBytes: 1234, uploadFormats: ['png', 'svg'] } });
});
after(() => server.close());

const spec = { shape: 'die_cut', width: 3, height: 3, unit: 'in', material: 'white_vinyl', finish: 'gloss' } as const;
const quote = (body: object) => server.send<StickerQuote & ErrorJson>('/api/stickers/quote', body);

describe('GET /api/stickers/options', () => {
  test('the seeded tables and the upload rules, cacheable', async () => {
    const response = await server.get<StickerOptions>('/api/stickers/options');
    assert.equal(response.status, 200);
    assert.ok(StickerOptionsSchema.safeParse(response.body).success);
    const options = response.body;
    assert.equal(options.currency, 'USD');
    assert.deepEqual(
      options.shapes.map((shape) => shape.code),
      ['die_cut', 'circle', 'square', 'rectangle', 'rounded_rectangle', 'oval'],
    );
    assert.deepEqual(
      options.materials.map((material) => material.code),
      ['white_vinyl', 'clear', 'holographic', 'glitter', 'mirror', 'paper'],
    );
    assert.deepEqual(options.materials.find((material) => material.code === 'paper')?.finishes, ['matte']);
    assert.deepEqual(
      options.finishes.map((finish) => finish.code),
      ['gloss', 'matte'],
    );
    assert.deepEqual(options.quantityTiers, [50, 100, 200, 300, 500, 1000]);
    assert.equal(options.maxQuantity, 100_000);
    assert.deepEqual([options.minSideMm, options.maxSideMm], [12.7, 508]);
    assert.ok(options.sizePresets.some((preset) => preset.label === '3 × 3 in'));
    assert.deepEqual(options.uploadFormats, ['png', 'svg']);
    assert.equal(options.maxUploadBytes, 1234);
    assert.match(response.headers.get('cache-control') ?? '', /max-age=60/);
  });
});

describe('POST /api/stickers/quote', () => {
  test('a quote: total, unit price, saving against the smallest tier, and the break table', async () => {
    const response = await quote({ ...spec, quantity: 1000 });
    assert.equal(response.status, 200, response.text);
    assert.ok(StickerQuoteSchema.safeParse(response.body).success);
    const body = response.body;
    assert.deepEqual(body.spec, spec);
    assert.deepEqual(body.total, { amount: 44_097, currency: 'USD' });
    assert.equal(body.unitPrice.amount, 44);
    assert.equal(body.compareAtTotal.amount, 137_690);
    assert.equal(body.saving.amount, 137_690 - 44_097);
    assert.equal(body.savingPercent, 67);
    assert.deepEqual(
      body.breaks.map((entry) => entry.quantity),
      [50, 100, 200, 300, 500, 1000],
    );
    assert.deepEqual(body.breaks.at(-1)?.total, body.total);
    assert.equal(body.breaks[0]?.total.amount, 6884);
  });

  test('the smallest tier saves nothing; client prices are ignored', async () => {
    const { body } = await quote({ ...spec, quantity: 50, total: { amount: 1, currency: 'USD' }, unitPrice: 1 });
    assert.equal(body.total.amount, 6884);
    assert.equal(body.saving.amount, 0);
    assert.equal(body.savingPercent, 0);
  });

  test('millimetres and inches price the same sticker the same', async () => {
    const inches = await quote({ ...spec, quantity: 100 });
    const millimetres = await quote({ ...spec, width: 76.2, height: 76.2, unit: 'mm', quantity: 100 });
    assert.equal(millimetres.body.total.amount, inches.body.total.amount);
  });

  test('price grows with area, material and shape; totals never fall with quantity', async () => {
    const total = async (overrides: object) =>
      (await quote({ ...spec, quantity: 100, ...overrides })).body.total.amount;
    const base = await total({});
    assert.ok((await total({ width: 4, height: 4 })) > base);
    assert.ok((await total({ material: 'mirror' })) > base);
    assert.ok((await total({ material: 'paper', finish: 'matte' })) < base);
    assert.ok((await total({ shape: 'square' })) < base);
    let previous = 0;
    for (const quantity of [
      1, 49, 50, 51, 99, 100, 150, 199, 200, 299, 300, 499, 500, 999, 1000, 1999, 2000, 4999, 5000, 9999, 10_000,
      100_000,
    ]) {
      const response = await quote({ ...spec, quantity });
      assert.equal(response.status, 200, `${quantity}: ${response.text}`);
      assert.ok(response.body.total.amount >= previous, `${quantity}`);
      previous = response.body.total.amount;
    }
  });

  test('malformed quantities are 400 validation_failed on quantity', async () => {
    for (const quantity of [0, -5, 1.5, '100', null, 100_001, 1e300]) {
      const response = await quote({ ...spec, quantity });
      assert.equal(response.status, 400, `${quantity}`);
      assert.equal(response.body.error.code, 'validation_failed');
      assert.deepEqual(
        [...new Set((response.body.error.details?.issues as { path: string }[]).map((issue) => issue.path))],
        ['quantity'],
      );
    }
  });

  test('malformed specs are 400 validation_failed naming the field', async () => {
    const cases: [object, string][] = [
      [{ shape: 'star' }, 'shape'],
      [{ finish: 'satin' }, 'finish'],
      [{ unit: 'cm' }, 'unit'],
      [{ width: 0 }, 'width'],
      [{ height: -1 }, 'height'],
      [{ width: 'wide' }, 'width'],
      [{ material: '' }, 'material'],
    ];
    for (const [override, field] of cases) {
      const response = await quote({ ...spec, quantity: 100, ...override });
      assert.equal(response.status, 400, JSON.stringify(override));
      assert.ok(
        (response.body.error.details?.issues as { path: string }[]).some((issue) => issue.path === field),
        response.text,
      );
    }
  });

  test('sizes outside the limits, after unit conversion, are 400 size_out_of_range', async () => {
    for (const size of [
      { width: 0.4, height: 3 },
      { width: 3, height: 21 },
      { width: 12, height: 12, unit: 'mm' },
      { width: 600, height: 10, unit: 'mm' },
    ]) {
      const response = await quote({ ...spec, quantity: 100, ...size });
      assert.equal(response.status, 400, JSON.stringify(size));
      assert.equal(response.body.error.code, 'size_out_of_range');
      assert.equal(response.body.error.details?.maxSideMm, 508);
    }
    for (const size of [
      { width: 0.5, height: 20 },
      { width: 12.7, height: 508, unit: 'mm' },
    ]) {
      assert.equal((await quote({ ...spec, quantity: 100, ...size })).status, 200, JSON.stringify(size));
    }
  });

  test('the size limits hold to the micrometre, in millimetres and in inches', async () => {
    const status = async (size: object) => (await quote({ ...spec, quantity: 100, ...size })).status;
    assert.equal(await status({ width: 12.7, height: 12.7, unit: 'mm' }), 200);
    assert.equal(await status({ width: 12.69, height: 12.7, unit: 'mm' }), 400);
    assert.equal(await status({ width: 12.699, height: 508, unit: 'mm' }), 400);
    assert.equal(await status({ width: 508, height: 508.001, unit: 'mm' }), 400);
    assert.equal(await status({ width: 0.5, height: 0.5, unit: 'in' }), 200);
    assert.equal(await status({ width: 0.4999, height: 1, unit: 'in' }), 400);
    assert.equal(await status({ width: 20, height: 20, unit: 'in' }), 200);
    assert.equal(await status({ width: 20.0001, height: 1, unit: 'in' }), 400);
  });

  test('a size out of range is said in the unit asked in', async () => {
    const inches = await quote({ ...spec, quantity: 100, width: 0.4, height: 3 });
    assert.equal(inches.body.error.message, 'Each side must be from 0.5 in to 20 in.');
    assert.deepEqual(
      [inches.body.error.details?.unit, inches.body.error.details?.minSide, inches.body.error.details?.maxSide],
      ['in', 0.5, 20],
    );
    const millimetres = await quote({ ...spec, quantity: 100, width: 5, height: 30, unit: 'mm' });
    assert.equal(millimetres.body.error.message, 'Each side must be from 12.7 mm to 508 mm.');
  });

  test('a circle or a square with unequal sides is 400 validation_failed on height', async () => {
    for (const shape of ['circle', 'square']) {
      const response = await quote({ ...spec, shape, width: 2, height: 4, quantity: 100 });
      assert.equal(response.status, 400, shape);
      assert.equal(response.body.error.code, 'validation_failed');
      const issues = response.body.error.details?.issues as { path: string; message: string }[];
      assert.deepEqual(
        issues.map((issue) => issue.path),
        ['height'],
      );
      assert.match(issues[0]?.message ?? '', /equal sides: make the height 2 in/);
      assert.equal((await quote({ ...spec, shape, width: 2, height: 2, quantity: 100 })).status, 200, shape);
    }
    assert.equal((await quote({ ...spec, shape: 'rectangle', width: 2, height: 4, quantity: 100 })).status, 200);
    // A side out of range is said first: "make the height 0 in" would help no one.
    const tiny = await quote({ ...spec, shape: 'circle', width: 1e-9, height: 2, quantity: 100 });
    assert.equal(tiny.body.error.code, 'size_out_of_range');
  });

  test('an unknown material or a finish the material lacks is 400 sticker_option_unavailable', async () => {
    const unknown = await quote({ ...spec, quantity: 100, material: 'gold_leaf' });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.code, 'sticker_option_unavailable');
    assert.equal(unknown.body.error.details?.field, 'material');
    const finish = await quote({ ...spec, quantity: 100, material: 'holographic', finish: 'matte' });
    assert.equal(finish.status, 400);
    assert.equal(finish.body.error.code, 'sticker_option_unavailable');
    assert.deepEqual(finish.body.error.details?.available, ['gloss']);
  });

  test('not JSON: 415 or 400, never 500', async () => {
    const text = await server.get<ErrorJson>('/api/stickers/quote', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    assert.equal(text.status, 415);
    const broken = await server.get<ErrorJson>('/api/stickers/quote', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    assert.equal(broken.body.error.code, 'invalid_json');
  });
});
