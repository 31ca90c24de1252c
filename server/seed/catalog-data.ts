import { apparel } from './catalog/apparel.ts';
import { bags } from './catalog/bags.ts';
import { customStickers } from './catalog/custom-stickers.ts';
import { drinkware } from './catalog/drinkware.ts';
import { home } from './catalog/home.ts';
import { posters } from './catalog/posters.ts';
import { stationery } from './catalog/stationery.ts';
import { stickerPacks } from './catalog/sticker-packs.ts';
import type { SeedCategory, SeedProduct } from './types.ts';

/** The example shop: a small print studio selling merch, prints and made-to-order custom stickers. */
export const seedCategories: SeedCategory[] = [
  {
    handle: 'apparel',
    name: 'Apparel',
    description: 'Tees, sweats and headwear printed in small batches on organic and recycled blanks.',
  },
  {
    handle: 'drinkware',
    name: 'Mugs & Drinkware',
    description: 'Mugs, tumblers and bottles for the desk, the trail and everything between.',
  },
  {
    handle: 'posters',
    name: 'Posters & Prints',
    description: 'Risograph, screen and giclée prints on heavyweight archival paper.',
  },
  {
    handle: 'bags',
    name: 'Bags',
    description: 'Canvas totes, pouches and packs built to carry groceries, laptops and sketchbooks.',
  },
  {
    handle: 'stationery',
    name: 'Stationery',
    description: 'Notebooks, cards and desk essentials printed on recycled stock.',
  },
  {
    handle: 'home',
    name: 'Home',
    description: 'Screen-printed textiles, candles and small things that make a room feel lived in.',
  },
  { handle: 'stickers', name: 'Sticker Packs', description: 'Ready-made vinyl sticker packs designed in-house.' },
  {
    handle: 'custom-stickers',
    name: 'Custom Stickers',
    description: 'Upload your artwork and we print and cut your own stickers to order.',
  },
];

export const seedProducts: SeedProduct[] = [
  ...apparel,
  ...drinkware,
  ...posters,
  ...bags,
  ...stationery,
  ...home,
  ...stickerPacks,
  ...customStickers,
];
