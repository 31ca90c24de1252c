import { buildProduct } from './build-product.ts';
import type { ValueAdjustment } from './build-product.ts';
import { seedCategories, seedProducts } from './catalog-data.ts';
import { createRandom, pick, randomInt } from './prng.ts';
import type { Random } from './prng.ts';
import type { SeedImage, SeedProduct } from './types.ts';

/** An option and how many of its values a generated product offers. */
type OptionTemplate = { name: string; values: string[]; take: number };

type CategoryVocabulary = {
  nouns: string[];
  materials: string[];
  /** Each template yields 1–4 variants; an empty template is a single-variant product. */
  optionTemplates: OptionTemplate[][];
  dollars: [number, number];
  grams: [number, number];
  care: string;
};

const SIZES = ['S', 'M', 'L', 'XL'];
const COLOURS = ['Black', 'Navy', 'Sage', 'Rust', 'Stone', 'Teal', 'Mustard', 'Cream', 'Charcoal', 'Olive'];

/**
 * Vocabulary per seed category. Keyword-bearing words (organic, cotton, mug, poster…) sit in
 * lists of 6–8 so full-text search for one of them hits a few hundred of 10,000 products, not all.
 */
const VOCABULARY: Record<string, CategoryVocabulary> = {
  apparel: {
    nouns: ['Tee', 'Hoodie', 'Crewneck', 'Long Sleeve', 'Cap', 'Beanie', 'Tank Top', 'Overshirt'],
    materials: [
      'Organic Cotton',
      'Recycled Fleece',
      'Heavyweight Jersey',
      'Linen Blend',
      'Bamboo',
      'Merino',
      'Slub Knit',
      'Brushed Twill',
    ],
    optionTemplates: [
      [{ name: 'Size', values: SIZES, take: 4 }],
      [
        { name: 'Size', values: SIZES, take: 2 },
        { name: 'Colour', values: COLOURS, take: 2 },
      ],
      [{ name: 'Colour', values: COLOURS, take: 3 }],
      [],
    ],
    dollars: [18, 72],
    grams: [90, 650],
    care: 'Wash cold inside out and hang to dry.',
  },
  drinkware: {
    nouns: ['Mug', 'Tumbler', 'Travel Cup', 'Water Bottle', 'Espresso Cup', 'Camp Mug'],
    materials: ['Stoneware', 'Enamel', 'Porcelain', 'Stainless Steel', 'Borosilicate Glass', 'Speckled Ceramic'],
    optionTemplates: [
      [{ name: 'Size', values: ['11oz', '15oz'], take: 2 }],
      [
        { name: 'Size', values: ['11oz', '15oz'], take: 2 },
        { name: 'Colour', values: COLOURS, take: 2 },
      ],
      [{ name: 'Colour', values: COLOURS, take: 3 }],
      [],
    ],
    dollars: [14, 38],
    grams: [180, 480],
    care: 'Hand washing keeps the print crisp for years.',
  },
  posters: {
    nouns: ['Poster', 'Art Print', 'Screen Print', 'Giclée Print', 'Risograph Print', 'Canvas Print'],
    materials: ['Archival Matte', 'Deckled Rag', 'Recycled Paper', 'Textured Fine Art', 'Satin', 'Kraft'],
    optionTemplates: [
      [{ name: 'Size', values: ['A3', 'A2', '50x70cm'], take: 3 }],
      [{ name: 'Size', values: ['A3', 'A2', '50x70cm'], take: 2 }],
      [],
    ],
    dollars: [18, 90],
    grams: [110, 260],
    care: 'Ships rolled in a recyclable tube; frame not included.',
  },
  bags: {
    nouns: ['Tote Bag', 'Zip Pouch', 'Backpack', 'Drawstring Bag', 'Sling Bag', 'Duffel'],
    materials: ['Organic Cotton', 'Waxed Canvas', 'Recycled Nylon', 'Jute', 'Heavy Canvas', 'Cork Fabric', 'Ripstop'],
    optionTemplates: [
      [{ name: 'Colour', values: COLOURS, take: 4 }],
      [{ name: 'Colour', values: COLOURS, take: 2 }],
      [{ name: 'Size', values: ['Small', 'Large'], take: 2 }],
      [],
    ],
    dollars: [12, 110],
    grams: [60, 1200],
    care: 'Spot clean with a damp cloth.',
  },
  stationery: {
    nouns: ['Notebook', 'Sketchbook', 'Planner', 'Card Set', 'Pin Set', 'Pencil Set', 'Washi Tape', 'Journal'],
    materials: ['Recycled Card', 'Linen Cover', 'Kraft', 'Dot Grid', 'Letterpress Board', 'Enamel', 'Cedar'],
    optionTemplates: [
      [{ name: 'Ruling', values: ['Lined', 'Blank', 'Dot Grid', 'Squared'], take: 3 }],
      [{ name: 'Colour', values: COLOURS, take: 3 }],
      [],
    ],
    dollars: [6, 32],
    grams: [30, 650],
    care: 'Printed and bound in our studio.',
  },
  home: {
    nouns: ['Cushion Cover', 'Tea Towel', 'Coaster Set', 'Candle', 'Throw', 'Plant Pot', 'Wall Hanging'],
    materials: ['Stonewashed Linen', 'Cotton', 'Cork', 'Soy Wax', 'Jacquard', 'Terracotta', 'Wool Blend'],
    optionTemplates: [
      [{ name: 'Size', values: ['Small', 'Medium', 'Large'], take: 3 }],
      [{ name: 'Colour', values: COLOURS, take: 2 }],
      [],
    ],
    dollars: [12, 95],
    grams: [100, 1400],
    care: 'Made in small batches, so each piece varies slightly.',
  },
  stickers: {
    nouns: ['Sticker Pack', 'Sticker Sheet', 'Laptop Sticker Bundle', 'Magnet Set'],
    materials: ['Matte Vinyl', 'Glossy Vinyl', 'Holographic', 'Glitter', 'Paper'],
    optionTemplates: [[{ name: 'Finish', values: ['Matte', 'Glossy'], take: 2 }], []],
    dollars: [5, 25],
    grams: [20, 70],
    care: 'Waterproof and UV-laminated.',
  },
  'custom-stickers': {
    nouns: [
      'Die-Cut Stickers',
      'Circle Stickers',
      'Square Labels',
      'Kiss-Cut Sheets',
      'Bumper Stickers',
      'Clear Labels',
    ],
    materials: ['Vinyl', 'Eco Vinyl', 'Matte Vinyl', 'Mirror Foil', 'Paper'],
    optionTemplates: [[]],
    dollars: [15, 45],
    grams: [40, 90],
    care: 'Upload your artwork and get a free proof before we print.',
  },
};

const ADJECTIVES = [
  'Classic',
  'Vintage',
  'Everyday',
  'Limited',
  'Bold',
  'Minimal',
  'Retro',
  'Studio',
  'Weekend',
  'Signature',
  'Heritage',
  'Coastal',
  'Midnight',
  'Summer',
  'Winter',
  'Washed',
  'Faded',
  'Bright',
  'Field',
  'Harbour',
];
const MOTIFS = [
  'Mountain',
  'Fern',
  'Wave',
  'Sunset',
  'Citrus',
  'Moth',
  'Comet',
  'Meadow',
  'Tiger',
  'Orbit',
  'Pine',
  'Desert',
  'Lighthouse',
  'Kite',
  'Fox',
  'Cactus',
  'Heron',
  'Lotus',
  'Aurora',
  'Checker',
  'Daisy',
  'Thunder',
  'Koi',
  'Maple',
];

/** Larger sizes cost more, as in the hand-written catalog. */
const ADJUST: Record<string, ValueAdjustment> = {
  XL: { price: 200, grams: 20 },
  '15oz': { price: 300, grams: 90 },
  A2: { price: 1000, grams: 60 },
  '50x70cm': { price: 2000, grams: 100 },
  Large: { price: 600, grams: 200 },
  Medium: { price: 300, grams: 100 },
};

/** Fixed so every run (and every machine) benchmarks the same catalog. */
const BENCH_SEED = 0x5701e7;

function takeValues(random: Random, template: OptionTemplate): string[] {
  const start = randomInt(random, 0, template.values.length - template.take);
  return template.values.slice(start, start + template.take);
}

function stockLevel(random: Random): number {
  const roll = random();
  if (roll < 0.08) return 0;
  if (roll < 0.16) return randomInt(random, 1, 5);
  return randomInt(random, 10, 200);
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Synthetic products for the 10,000-product benchmark; images reuse the seed catalog's files. */
export function generateBenchProducts(count: number): SeedProduct[] {
  const random = createRandom(BENCH_SEED);
  const imagesByCategory = new Map<string, SeedImage[][]>();
  for (const product of seedProducts) {
    imagesByCategory.set(product.categoryHandle, [
      ...(imagesByCategory.get(product.categoryHandle) ?? []),
      product.images,
    ]);
  }

  return Array.from({ length: count }, (_, index) => {
    const category = pick(random, seedCategories).handle;
    const words = VOCABULARY[category];
    const donors = imagesByCategory.get(category);
    if (!words || !donors) throw new Error(`Bench data has no vocabulary or images for category "${category}"`);

    const noun = pick(random, words.nouns);
    const material = pick(random, words.materials);
    const adjective = pick(random, ADJECTIVES);
    const motif = pick(random, MOTIFS);
    const sticker = category === 'custom-stickers';
    const title = sticker ? `Custom ${motif} ${material} ${noun}` : `${adjective} ${motif} ${material} ${noun}`;
    const options = Object.fromEntries(
      pick(random, words.optionTemplates).map((t): [string, string[]] => [t.name, takeValues(random, t)]),
    );
    const variantCount = Object.values(options).reduce((n, values) => n * values.length, 1);
    const price = randomInt(random, words.dollars[0], words.dollars[1]) * 100 - (random() < 0.5 ? 1 : 0);
    const onSale = !sticker && random() < 0.12;

    const product = buildProduct({
      handle: `${slugify(title)}-${index + 1}`,
      title,
      categoryHandle: category,
      kind: sticker ? 'sticker' : 'standard',
      description: `A ${adjective.toLowerCase()} ${noun.toLowerCase()} in ${material.toLowerCase()}, featuring our ${motif.toLowerCase()} artwork. ${words.care}`,
      tags: [slugify(noun), slugify(material), motif.toLowerCase(), adjective.toLowerCase()],
      addedDaysAgo: randomInt(random, 0, 365),
      sku: `BN${String(index + 1).padStart(5, '0')}`,
      options,
      price,
      ...(onSale ? { compareAtPrice: Math.round((price * 1.25) / 100) * 100 } : {}),
      weightGrams: randomInt(random, words.grams[0], words.grams[1]),
      adjust: ADJUST,
      stock: sticker ? 100000 : Array.from({ length: variantCount }, () => stockLevel(random)),
      imageCount: 0,
    });
    return { ...product, images: pick(random, donors) };
  });
}
