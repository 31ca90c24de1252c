import { buildProduct } from '../build-product.ts';
import type { SeedProduct } from '../types.ts';

export const stickerPacks: SeedProduct[] = [
  buildProduct({
    handle: 'retro-travel-sticker-pack',
    title: 'Retro Travel Sticker Pack',
    categoryHandle: 'stickers',
    description:
      'Ten waterproof vinyl stickers inspired by vintage luggage labels, from 5 to 8 cm. UV-laminated so they survive water bottles and bike frames.',
    tags: ['stickers', 'vinyl', 'travel', 'retro'],
    addedDaysAgo: 7,
    sku: 'STKPK-TRVL',
    price: 1200,
    weightGrams: 40,
    stock: 210,
    imageCount: 2,
  }),
  buildProduct({
    handle: 'botanical-sticker-pack',
    title: 'Botanical Sticker Pack',
    categoryHandle: 'stickers',
    description:
      'Eight matte vinyl stickers of leaves, ferns and wildflowers in muted greens. Dishwasher-safe laminate, so they are happy on mugs and lunchboxes.',
    tags: ['stickers', 'botanical', 'matte', 'plants'],
    addedDaysAgo: 81,
    sku: 'STKPK-BOT',
    price: 1000,
    weightGrams: 30,
    stock: 4,
    imageCount: 1,
  }),
  buildProduct({
    handle: 'cat-moods-sticker-pack',
    title: 'Cat Moods Sticker Pack',
    categoryHandle: 'stickers',
    description: 'Six cats, six moods, from grumpy to loaf. Glossy waterproof vinyl, about 6 cm each. Restocking soon.',
    tags: ['stickers', 'cats', 'glossy', 'funny'],
    addedDaysAgo: 145,
    sku: 'STKPK-CAT',
    price: 900,
    weightGrams: 30,
    stock: 0,
    imageCount: 1,
  }),
  buildProduct({
    handle: 'maker-laptop-sticker-bundle',
    title: 'Maker Laptop Sticker Bundle',
    categoryHandle: 'stickers',
    description:
      'Twenty-five stickers for people who make things: tools, code brackets, coffee cups and a few in-jokes. Removable adhesive leaves no residue on laptops.',
    tags: ['stickers', 'laptop', 'bundle', 'makers'],
    addedDaysAgo: 36,
    sku: 'STKPK-MAKER25',
    price: 2400,
    compareAtPrice: 2900,
    weightGrams: 60,
    stock: 75,
    imageCount: 2,
  }),
];
