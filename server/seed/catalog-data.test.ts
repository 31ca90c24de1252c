import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { generateBenchProducts } from './bench-data.ts';
import { combinations } from './build-product.ts';
import { seedCategories, seedProducts } from './catalog-data.ts';
import { imageSpecsFor, renderProductImage } from './images/generate.ts';
import type { StickerFinish, StickerShape } from '../../sdk/schemas/index.ts';
import { quoteSticker } from '../stickers/quote.ts';
import { defaultStickerPrices } from './sticker-prices.ts';
import type { SeedProduct } from './types.ts';

const IMAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'images');
const BENCH_COUNT = 10_000;
const bench = generateBenchProducts(BENCH_COUNT);
const categoryHandles = new Set(seedCategories.map((c) => c.handle));

const isLowStock = (p: SeedProduct) => p.variants.some((v) => v.stock >= 1 && v.stock <= 5);
const isSoldOut = (p: SeedProduct) => p.variants.every((v) => v.stock === 0);

function assertUnique(values: string[], what: string): void {
  const seen = new Set<string>();
  const duplicates: string[] = [];
  for (const value of values) {
    if (seen.has(value)) duplicates.push(value);
    seen.add(value);
  }
  assert.deepEqual(duplicates, [], `duplicate ${what}`);
}

/** Every option combination has exactly one variant, and variants use only declared options. */
function assertVariantsMatchOptions(product: SeedProduct): void {
  const names = product.options.map((o) => o.name).sort();
  for (const variant of product.variants) {
    assert.deepEqual(Object.keys(variant.options).sort(), names, `${variant.sku} option keys`);
    for (const [name, value] of Object.entries(variant.options)) {
      assert.ok(
        product.options.find((o) => o.name === name)?.values.includes(value),
        `${variant.sku}: ${name}=${value} is not a declared value`,
      );
    }
  }
  const key = (options: Record<string, string>) => names.map((n) => options[n]).join('\u0000');
  const variantKeys = product.variants.map((v) => key(v.options));
  assertUnique(variantKeys, `option combination in ${product.handle}`);
  assert.deepEqual(variantKeys.sort(), combinations(product.options).map(key).sort(), `${product.handle} combinations`);
}

function assertWellFormed(product: SeedProduct): void {
  assert.match(product.handle, /^[a-z0-9]+(-[a-z0-9]+)*$/, 'handle is kebab-case');
  assert.ok(
    categoryHandles.has(product.categoryHandle),
    `${product.handle}: unknown category ${product.categoryHandle}`,
  );
  assert.ok(product.variants.length >= 1, `${product.handle} has variants`);
  assert.ok(product.images.length >= 1 && product.images.length <= 3, `${product.handle} has 1–3 images`);
  assert.ok(Number.isInteger(product.addedDaysAgo) && product.addedDaysAgo >= 0 && product.addedDaysAgo <= 365);
  for (const v of product.variants) {
    assert.match(v.sku, /^[A-Z0-9]+(-[A-Z0-9]+)*$/, `${v.sku} is an uppercase SKU`);
    assert.ok(Number.isInteger(v.price) && v.price > 0, `${v.sku} price is a positive integer`);
    if (v.compareAtPrice !== undefined)
      assert.ok(Number.isInteger(v.compareAtPrice) && v.compareAtPrice > v.price, `${v.sku} compareAtPrice`);
    assert.ok(Number.isInteger(v.stock) && v.stock >= 0, `${v.sku} stock`);
    assert.ok(Number.isInteger(v.weightGrams) && v.weightGrams > 0, `${v.sku} weight`);
  }
  assertVariantsMatchOptions(product);
}

test('the catalog has enough categories and products', () => {
  assert.ok(seedCategories.length >= 6);
  assert.ok(seedProducts.length >= 40);
  assertUnique([...categoryHandles], 'category handle');
  for (const category of seedCategories) {
    assert.ok(
      seedProducts.some((p) => p.categoryHandle === category.handle),
      `${category.handle} has products`,
    );
  }
});

test('seed products are well formed', () => {
  for (const product of seedProducts) {
    assertWellFormed(product);
    assert.ok(product.tags.length >= 3 && product.tags.length <= 6, `${product.handle} has 3–6 tags`);
    for (const tag of product.tags) assert.match(tag, /^[a-z0-9]+$/, `${product.handle} tag "${tag}"`);
    const sentences = product.description.split(/(?<=[.!?])\s+/).length;
    assert.ok(sentences >= 2 && sentences <= 4, `${product.handle} description has 2–4 sentences`);
    if (product.options.length === 0)
      assert.deepEqual(
        product.variants.map((v) => v.options),
        [{}],
      );
  }
});

test('handles and SKUs are unique, including across 10,000 bench products', () => {
  assertUnique(
    seedProducts.map((p) => p.handle),
    'seed handle',
  );
  assertUnique(
    seedProducts.flatMap((p) => p.variants.map((v) => v.sku)),
    'seed SKU',
  );
  const all = [...seedProducts, ...bench];
  assertUnique(
    all.map((p) => p.handle),
    'handle',
  );
  assertUnique(
    all.flatMap((p) => p.variants.map((v) => v.sku)),
    'SKU',
  );
});

test('stock covers sold-out, low-stock and partly sold-out products', () => {
  const standard = seedProducts.filter((p) => p.kind === 'standard');
  assert.ok(standard.filter(isSoldOut).length >= 3, 'several sold-out products');
  assert.ok(standard.filter(isLowStock).length >= 3, 'several low-stock products');
  const partly = standard.filter((p) => p.variants.some((v) => v.stock === 0) && p.variants.some((v) => v.stock > 0));
  assert.ok(partly.length >= 2, 'products with one variant sold out');
  assert.ok(
    seedProducts.some((p) => p.variants.some((v) => v.compareAtPrice !== undefined)),
    'some products are on sale',
  );
  assert.ok(
    new Set(seedProducts.map((p) => p.addedDaysAgo)).size > seedProducts.length / 2,
    'newest ordering is meaningful',
  );
});

test('custom sticker products are single-variant and made to order', () => {
  const stickers = seedProducts.filter((p) => p.kind === 'sticker');
  assert.ok(stickers.length >= 6);
  for (const title of [
    'Custom Stickers',
    ...['Circle', 'Square', 'Rectangle', 'Holographic', 'Clear'].map((kind) => `Custom ${kind} Stickers`),
  ]) {
    assert.ok(
      stickers.some((p) => p.title === title),
      `${title} exists`,
    );
  }
  for (const p of stickers) {
    assert.equal(p.categoryHandle, 'custom-stickers');
    assert.deepEqual(p.options, []);
    assert.equal(p.variants.length, 1);
    assert.match(p.variants[0]?.sku ?? '', /^STK-/);
    assert.ok((p.variants[0]?.stock ?? 0) >= 10_000);
    assert.match(p.description, /upload/i);
  }
  assert.ok(
    seedProducts.some((p) => p.categoryHandle === 'stickers' && p.kind === 'standard'),
    'ready-made sticker packs exist',
  );
});

test('a custom sticker product\'s price is what its smallest order costs, so a card\'s "From" is true', () => {
  const tables = defaultStickerPrices();
  const preset = tables.presets[0]!;
  const smallest = tables.breaks[0]!.quantity;
  // What <sticker-configurator> starts on for each product (its tags name the shape or material).
  const starts: Record<string, [StickerShape, string, StickerFinish]> = {
    'custom-die-cut-stickers': ['die_cut', 'white_vinyl', 'gloss'],
    'custom-circle-stickers': ['circle', 'white_vinyl', 'gloss'],
    'custom-square-stickers': ['square', 'white_vinyl', 'gloss'],
    'custom-rectangle-stickers': ['rectangle', 'white_vinyl', 'gloss'],
    'custom-holographic-stickers': ['die_cut', 'holographic', 'gloss'],
    'custom-clear-stickers': ['die_cut', 'clear', 'gloss'],
  };
  for (const product of seedProducts.filter((p) => p.kind === 'sticker')) {
    const start = starts[product.handle];
    assert.ok(start, `${product.handle} has a known start`);
    const [shape, material, finish] = start;
    const quote = quoteSticker(
      tables,
      { shape, material, finish, width: preset.width, height: preset.height, unit: preset.unit },
      smallest,
      'USD',
    );
    assert.equal(product.variants[0]?.price, quote.total.amount, product.handle);
  }
});

test('every image exists, is a static SVG and matches the generator', () => {
  assert.ok(
    seedProducts.some((p) => p.images.length === 3),
    'some galleries have three images',
  );
  for (const product of seedProducts) {
    const specs = imageSpecsFor(product);
    for (const [i, image] of product.images.entries()) {
      const path = join(IMAGES_DIR, image.file);
      assert.ok(existsSync(path), `${image.file} exists`);
      const svg = readFileSync(path, 'utf8');
      assert.match(
        svg,
        /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="800" height="800" viewBox="0 0 800 800"/,
      );
      assert.ok(svg.trimEnd().endsWith('</svg>'), `${image.file} is complete`);
      assert.ok(Buffer.byteLength(svg) < 6 * 1024, `${image.file} is small`);
      for (const unsafe of [/<script/i, /href="http/i, /foreignObject/i, /\son[a-z]+=/i, /href=/i]) {
        assert.doesNotMatch(svg, unsafe, `${image.file} has no ${unsafe}`);
      }
      assert.equal(svg, renderProductImage(specs[i]!.spec), `${image.file} is up to date; rerun the generator`);
      assert.ok(image.alt.startsWith(product.title) && image.width === 800 && image.height === 800);
    }
  }
});

test('bench products are valid, spread out and reuse seed images', () => {
  assert.equal(bench.length, BENCH_COUNT);
  const seedFiles = new Set(seedProducts.flatMap((p) => p.images.map((i) => i.file)));
  for (const product of bench) {
    assertWellFormed(product);
    assert.ok(product.variants.length <= 4, `${product.handle} has 1–4 variants`);
    for (const image of product.images) assert.ok(seedFiles.has(image.file), `${image.file} is a seed image`);
  }
  for (const category of categoryHandles) {
    assert.ok(
      bench.filter((p) => p.categoryHandle === category).length > BENCH_COUNT / 20,
      `${category} is well represented`,
    );
  }
  // Search terms should be selective: a few hundred hits, never most of the catalog.
  for (const word of ['organic', 'mug', 'poster', 'cotton']) {
    const hits = bench.filter((p) =>
      `${p.title} ${p.description} ${p.tags.join(' ')}`.toLowerCase().includes(word),
    ).length;
    assert.ok(hits >= 100 && hits <= 1000, `"${word}" matches ${hits} bench products`);
  }
});

test('bench generation is deterministic', () => {
  assert.deepEqual(generateBenchProducts(BENCH_COUNT), bench);
  assert.deepEqual(generateBenchProducts(25), bench.slice(0, 25));
});
