import { buildProduct } from '../build-product.ts';
import type { SeedProduct } from '../types.ts';

const MUG_SIZES = ['11oz', '15oz'];
const MUG_ADJUST = { '15oz': { price: 300, grams: 90 } };

export const drinkware: SeedProduct[] = [
  buildProduct({
    handle: 'enamel-camp-mug',
    title: 'Enamel Camp Mug',
    categoryHandle: 'drinkware',
    description:
      'A 350 ml steel camp mug with a glossy enamel finish and a rolled stainless rim. Light enough for a pack, tough enough for a campfire, though the print prefers hand washing.',
    tags: ['mug', 'enamel', 'camping', 'outdoors'],
    addedDaysAgo: 33,
    sku: 'MUG-CAMP',
    options: { Colour: ['White', 'Jade', 'Cobalt'] },
    price: 1800,
    weightGrams: 200,
    stock: [120, 76, 93],
    imageCount: 3,
  }),
  buildProduct({
    handle: 'speckled-stoneware-mug',
    title: 'Speckled Stoneware Mug',
    categoryHandle: 'drinkware',
    description:
      'Thrown-look stoneware with a speckled oatmeal glaze and a small stamped logo near the base. Dishwasher and microwave safe.',
    tags: ['mug', 'stoneware', 'ceramic', 'coffee'],
    addedDaysAgo: 5,
    sku: 'MUG-SPKL',
    options: { Size: MUG_SIZES },
    price: 1600,
    weightGrams: 340,
    adjust: MUG_ADJUST,
    stock: [140, 4],
    imageCount: 2,
  }),
  buildProduct({
    handle: 'good-morning-type-mug',
    title: '"Good Morning" Type Mug',
    categoryHandle: 'drinkware',
    description:
      'A classic ceramic mug wrapped in a bold, slightly sarcastic "good morning" type print. The 15oz holds a proper refill. Dishwasher safe; the print is fired on, so it will not fade.',
    tags: ['mug', 'ceramic', 'typography', 'coffee', 'gift'],
    addedDaysAgo: 88,
    sku: 'MUG-GM',
    options: { Size: MUG_SIZES, Colour: ['White', 'Black'] },
    price: 1500,
    compareAtPrice: 1900,
    weightGrams: 330,
    adjust: MUG_ADJUST,
    stock: [95, 60, 42, 37],
    imageCount: 2,
  }),
  buildProduct({
    handle: 'insulated-steel-tumbler',
    title: 'Insulated Steel Tumbler',
    categoryHandle: 'drinkware',
    description:
      'A 16oz double-wall stainless tumbler that keeps coffee hot for six hours and iced tea cold for twelve. Comes with a splash-proof slide lid. Hand wash only.',
    tags: ['tumbler', 'insulated', 'steel', 'travel'],
    addedDaysAgo: 119,
    sku: 'TMB-16',
    options: { Colour: ['Sand', 'Black', 'Sage'] },
    price: 3200,
    weightGrams: 380,
    stock: [45, 0, 28],
    imageCount: 3,
  }),
  buildProduct({
    handle: 'glass-water-bottle',
    title: 'Glass Water Bottle',
    categoryHandle: 'drinkware',
    description:
      'A 500 ml borosilicate glass bottle in a printed silicone sleeve, with a leak-proof bamboo cap. Everything but the cap goes in the dishwasher.',
    tags: ['bottle', 'glass', 'water', 'bamboo'],
    addedDaysAgo: 240,
    sku: 'BTL-GLASS',
    price: 2600,
    weightGrams: 420,
    stock: 0,
    imageCount: 2,
  }),
  buildProduct({
    handle: 'espresso-cup-set',
    title: 'Espresso Cup Set of Two',
    categoryHandle: 'drinkware',
    description:
      'Two 90 ml porcelain espresso cups with matching saucers, each hand-finished with a thin gold rim. The gold means hand washing only.',
    tags: ['espresso', 'porcelain', 'coffee', 'gift'],
    addedDaysAgo: 176,
    sku: 'ESP-SET2',
    price: 2400,
    weightGrams: 360,
    stock: 3,
    imageCount: 1,
  }),
  buildProduct({
    handle: 'ceramic-travel-cup',
    title: 'Ceramic Travel Cup',
    categoryHandle: 'drinkware',
    description:
      'A 12oz glazed ceramic cup with a natural cork grip band and a silicone lid, sized to fit under most espresso machines. Lid and cup are dishwasher safe; remove the cork band first.',
    tags: ['cup', 'ceramic', 'cork', 'travel'],
    addedDaysAgo: 27,
    sku: 'CUP-TRVL',
    options: { Colour: ['Terracotta', 'Cream'] },
    price: 2800,
    weightGrams: 300,
    stock: [17, 52],
    imageCount: 2,
  }),
];
