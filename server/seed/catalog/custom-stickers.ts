import { buildProduct } from '../build-product.ts';
import type { SeedProduct } from '../types.ts';

/** Made to order, so stock is effectively unlimited; the price is the smallest run (50 × 3in). */
const MADE_TO_ORDER = 100000;

export const customStickers: SeedProduct[] = [
  buildProduct({
    handle: 'custom-die-cut-stickers',
    // Open to every shape and material, so its name does not promise one (a line reads "Custom Stickers · Rectangle …").
    title: 'Custom Stickers',
    categoryHandle: 'custom-stickers',
    kind: 'sticker',
    description:
      'Upload your design and choose how it is cut: precisely around its outline, or as a circle, square, rectangle, rounded rectangle or oval. Printed on thick, durable vinyl with a weatherproof laminate that lasts outdoors for years. Pick your size and quantity, and we send a free proof before printing.',
    tags: ['custom', 'diecut', 'vinyl', 'stickers'],
    addedDaysAgo: 365,
    sku: 'STK-DIECUT',
    price: 3060,
    weightGrams: 60,
    stock: MADE_TO_ORDER,
    imageCount: 3,
  }),
  buildProduct({
    handle: 'custom-circle-stickers',
    title: 'Custom Circle Stickers',
    categoryHandle: 'custom-stickers',
    kind: 'sticker',
    description:
      'Round stickers printed from your own artwork, perfect for logos, packaging seals and giveaways. Upload a PNG, PDF or SVG and we centre it in the circle for you. Matte or glossy laminate included.',
    tags: ['custom', 'circle', 'round', 'stickers'],
    addedDaysAgo: 360,
    sku: 'STK-CIRCLE',
    price: 2907,
    weightGrams: 55,
    stock: MADE_TO_ORDER,
    imageCount: 2,
  }),
  buildProduct({
    handle: 'custom-square-stickers',
    title: 'Custom Square Stickers',
    categoryHandle: 'custom-stickers',
    kind: 'sticker',
    description:
      'Square stickers with gently rounded corners, made from your uploaded design. Great for album art, product labels and social handles. Free proof within one business day.',
    tags: ['custom', 'square', 'labels', 'stickers'],
    addedDaysAgo: 358,
    sku: 'STK-SQUARE',
    price: 2754,
    weightGrams: 55,
    stock: MADE_TO_ORDER,
    imageCount: 1,
  }),
  buildProduct({
    handle: 'custom-rectangle-stickers',
    title: 'Custom Rectangle Stickers',
    categoryHandle: 'custom-stickers',
    kind: 'sticker',
    description:
      'Rectangular stickers for bumper-style slogans, jar labels and wordmarks. Upload your own design in any aspect ratio and we size the rectangle to fit. Printed on waterproof vinyl.',
    tags: ['custom', 'rectangle', 'labels', 'stickers'],
    addedDaysAgo: 355,
    sku: 'STK-RECT',
    price: 2754,
    weightGrams: 60,
    stock: MADE_TO_ORDER,
    imageCount: 1,
  }),
  buildProduct({
    handle: 'custom-holographic-stickers',
    title: 'Custom Holographic Stickers',
    categoryHandle: 'custom-stickers',
    kind: 'sticker',
    description:
      'Your uploaded design on a rainbow holographic vinyl that shifts colour as it catches the light. We can keep areas of your artwork opaque white so text stays readable. Cut to any shape.',
    tags: ['custom', 'holographic', 'rainbow', 'stickers'],
    addedDaysAgo: 94,
    sku: 'STK-HOLO',
    price: 4132,
    weightGrams: 60,
    stock: MADE_TO_ORDER,
    imageCount: 2,
  }),
  buildProduct({
    handle: 'custom-clear-stickers',
    title: 'Custom Clear Stickers',
    categoryHandle: 'custom-stickers',
    kind: 'sticker',
    description:
      'Upload your design and we print it on crystal-clear vinyl, so only your artwork shows on glass, bottles and laptops. White ink underlay is available for bright colours. Waterproof and scratch resistant.',
    tags: ['custom', 'clear', 'transparent', 'stickers'],
    addedDaysAgo: 230,
    sku: 'STK-CLEAR',
    price: 3366,
    weightGrams: 60,
    stock: MADE_TO_ORDER,
    imageCount: 1,
  }),
];
