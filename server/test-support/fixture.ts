import type { SeedData } from '../seed/seed.ts';
import type { SeedProduct, SeedVariant } from '../seed/types.ts';

/**
 * A small catalog built for assertions: exact price boundaries, ties on every sort key, sold-out and
 * low-stock products, and words placed only in titles or only in descriptions.
 */

type Spec = {
  handle: string;
  title: string;
  category: string;
  prices: number[];
  stock?: number[];
  daysAgo: number;
  description?: string;
  tags?: string[];
  images?: number;
};

function product(spec: Spec): SeedProduct {
  const sizes = ['S', 'M', 'L', 'XL'];
  const single = spec.prices.length === 1;
  const stock = spec.stock ?? spec.prices.map(() => 20);
  return {
    handle: spec.handle,
    title: spec.title,
    categoryHandle: spec.category,
    // Ready-made sticker packs are standard products, as in the example shop; custom stickers need a design.
    kind: 'standard',
    description: spec.description ?? `A plain ${spec.title.toLowerCase()} for everyday use.`,
    tags: spec.tags ?? [],
    options: single ? [] : [{ name: 'Size', values: sizes.slice(0, spec.prices.length) }],
    variants: spec.prices.map((price, index): SeedVariant => ({
      sku: `${spec.handle}-${index}`.toUpperCase(),
      options: single ? {} : { Size: sizes[index] ?? `X${index}` },
      price,
      ...(index === 0 && spec.handle.startsWith('sale-') ? { compareAtPrice: price + 500 } : {}),
      stock: stock[index] ?? 0,
      weightGrams: 200,
    })),
    images: Array.from({ length: spec.images ?? 1 }, (_, index) => ({
      file: `${spec.handle}-${index + 1}.svg`,
      alt: `${spec.title}, view ${index + 1}`,
      width: 800,
      height: 800,
    })),
    addedDaysAgo: spec.daysAgo,
  };
}

const specs: Spec[] = [
  {
    handle: 'lantern-mug',
    title: 'Lantern Mug',
    category: 'home',
    prices: [1500],
    daysAgo: 3,
    description: 'A stoneware mug.',
  },
  {
    handle: 'tea-towel',
    title: 'Tea Towel',
    category: 'home',
    prices: [1200],
    daysAgo: 5,
    description: 'Printed with a small lantern in one corner.',
  },
  { handle: 'cafe-apron', title: 'Café Apron', category: 'home', prices: [2500], daysAgo: 8, tags: ['kitchen'] },
  { handle: 'sold-out-vase', title: 'Sold Out Vase', category: 'home', prices: [4000], stock: [0], daysAgo: 1 },
  { handle: 'low-stock-lamp', title: 'Low Stock Lamp', category: 'home', prices: [6000], stock: [3], daysAgo: 2 },
  { handle: 'wall-clock', title: 'Wall Clock', category: 'home', prices: [2000], daysAgo: 10 },
  {
    handle: 'alpha-tee',
    title: 'alpha Tee',
    category: 'apparel',
    prices: [2000, 2000, 2400],
    daysAgo: 4,
    tags: ['cotton'],
  },
  { handle: 'alpha-tee-2', title: 'Alpha Tee', category: 'apparel', prices: [2000], daysAgo: 4, tags: ['cotton'] },
  { handle: 'sale-hoodie', title: 'Zip Hoodie', category: 'apparel', prices: [4500, 4800], daysAgo: 6 },
  { handle: 'wool-socks', title: 'Wool Socks', category: 'apparel', prices: [900, 900], stock: [0, 4], daysAgo: 7 },
  { handle: 'canvas-tote', title: 'Canvas Tote', category: 'apparel', prices: [1500], daysAgo: 7, images: 0 },
  { handle: 'rain-jacket', title: 'Rain Jacket', category: 'apparel', prices: [9900, 9900, 10900, 11900], daysAgo: 30 },
];

// Filler stickers: equal prices and dates on purpose, so tiebreakers decide the order.
for (let index = 0; index < 14; index++) {
  specs.push({
    handle: `sticker-${index + 1}`,
    title: `Sticker ${String.fromCharCode(65 + (index % 7))}`,
    category: 'stickers',
    prices: [300 + (index % 3) * 100],
    daysAgo: 12 + (index % 4),
    tags: ['vinyl', 'die-cut'],
  });
}

export const fixtureSeed: SeedData = {
  categories: [
    { handle: 'apparel', name: 'Apparel', description: 'Things to wear.' },
    { handle: 'home', name: 'Home', description: 'Things for the house.' },
    { handle: 'stickers', name: 'Stickers', description: 'Vinyl stickers.' },
    { handle: 'empty', name: 'Empty Shelf', description: 'Nothing here yet.' },
  ],
  products: specs.map(product),
};
