import type { StickerPriceTables, StickerRepository } from '../data/stickers.ts';

/**
 * Default custom-sticker prices, in the shop currency's minor units (cents for USD). A 3 × 3 in die-cut
 * white-vinyl sticker comes to about $69 for 50 and $439 for 1 000, in line with the big online
 * printers. Rates are thousandths of a cent per square inch; factors are basis points.
 */
export function defaultStickerPrices(): StickerPriceTables {
  return {
    materials: [
      {
        code: 'white_vinyl',
        name: 'White vinyl',
        description: 'Thick, waterproof vinyl for bright colours.',
        factorBp: 10_000,
        finishes: ['gloss', 'matte'],
      },
      {
        code: 'clear',
        name: 'Clear',
        description: 'Transparent vinyl: white ink is not printed.',
        factorBp: 11_000,
        finishes: ['gloss', 'matte'],
      },
      {
        code: 'holographic',
        name: 'Holographic',
        description: 'A rainbow sheen that shifts with the light.',
        factorBp: 13_500,
        finishes: ['gloss'],
      },
      {
        code: 'glitter',
        name: 'Glitter',
        description: 'Sparkling vinyl under a smooth laminate.',
        factorBp: 13_500,
        finishes: ['gloss'],
      },
      {
        code: 'mirror',
        name: 'Mirror',
        description: 'Chrome-like reflective vinyl.',
        factorBp: 15_000,
        finishes: ['gloss'],
      },
      {
        code: 'paper',
        name: 'Paper',
        description: 'Uncoated paper for indoor labels and packaging.',
        factorBp: 8_500,
        finishes: ['matte'],
      },
    ],
    shapes: [
      { code: 'die_cut', name: 'Die cut', description: 'Cut around the outline of your design.', factorBp: 10_000 },
      { code: 'circle', name: 'Circle', description: 'A round sticker.', factorBp: 9_500 },
      { code: 'square', name: 'Square', description: 'Square with sharp corners.', factorBp: 9_000 },
      { code: 'rectangle', name: 'Rectangle', description: 'Any width and height.', factorBp: 9_000 },
      {
        code: 'rounded_rectangle',
        name: 'Rounded rectangle',
        description: 'A rectangle with rounded corners.',
        factorBp: 9_300,
      },
      { code: 'oval', name: 'Oval', description: 'An ellipse in your proportions.', factorBp: 9_500 },
    ],
    finishes: [
      { code: 'gloss', name: 'Gloss', description: 'A shiny laminate that makes colours pop.', factorBp: 10_000 },
      { code: 'matte', name: 'Matte', description: 'A soft, glare-free laminate.', factorBp: 10_000 },
    ],
    breaks: [
      { quantity: 50, rateMilli: 15_300, tier: true },
      { quantity: 100, rateMilli: 12_100, tier: true },
      { quantity: 200, rateMilli: 9_400, tier: true },
      { quantity: 300, rateMilli: 8_100, tier: true },
      { quantity: 500, rateMilli: 6_400, tier: true },
      { quantity: 1_000, rateMilli: 4_900, tier: true },
      { quantity: 2_000, rateMilli: 3_800, tier: false },
      { quantity: 5_000, rateMilli: 3_100, tier: false },
      { quantity: 10_000, rateMilli: 2_500, tier: false },
    ],
    presets: [
      { label: '2 × 2 in', width: 2, height: 2, unit: 'in' },
      { label: '3 × 3 in', width: 3, height: 3, unit: 'in' },
      { label: '4 × 4 in', width: 4, height: 4, unit: 'in' },
      { label: '5 × 5 in', width: 5, height: 5, unit: 'in' },
      { label: '4 × 2 in', width: 4, height: 2, unit: 'in' },
      { label: '50 × 50 mm', width: 50, height: 50, unit: 'mm' },
      { label: '75 × 75 mm', width: 75, height: 75, unit: 'mm' },
    ],
    // Half an inch to 20 inches a side; anything under 1 in² is billed as 1 in².
    limits: { minSideMm: 12.7, maxSideMm: 508, maxQuantity: 100_000, minBillableAreaMm2: 645 },
  };
}

/** Loads the default sticker prices unless the shop already has price tables of its own. */
export async function seedStickerPrices(
  stickers: StickerRepository,
  tables: StickerPriceTables = defaultStickerPrices(),
): Promise<boolean> {
  if (await stickers.tables()) return false;
  await stickers.insertTables(tables);
  return true;
}
