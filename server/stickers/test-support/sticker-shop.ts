import type { SeedData } from '../../seed/seed.ts';
import { fixtureSeed } from '../../test-support/fixture.ts';
import type { SeedProduct } from '../../seed/types.ts';

/**
 * The test fixture plus custom sticker products, made to order (stock only for show). Tags naming a
 * shape or material limit a product to it, except die cut.
 */
function customSticker(handle: string, title: string, tags: string[]): SeedProduct {
  return {
    handle,
    title,
    categoryHandle: 'custom-stickers',
    kind: 'sticker',
    description: 'Printed from your design.',
    tags: ['custom', ...tags],
    options: [],
    variants: [{ sku: handle.toUpperCase(), options: {}, price: 1900, stock: 100_000, weightGrams: 60 }],
    images: [{ file: `${handle}-1.svg`, alt: title, width: 800, height: 800 }],
    addedDaysAgo: 1,
  };
}

export const stickerShopSeed: SeedData = {
  categories: [
    ...fixtureSeed.categories,
    { handle: 'custom-stickers', name: 'Custom Stickers', description: 'Your design, printed.' },
  ],
  products: [
    ...fixtureSeed.products,
    customSticker('custom-die-cut', 'Custom Die-Cut Stickers', ['diecut']),
    customSticker('custom-circle', 'Custom Circle Stickers', ['circle', 'round']),
    customSticker('custom-holographic', 'Custom Holographic Stickers', ['holographic']),
  ],
};
