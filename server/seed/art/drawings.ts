import type { SeedProduct } from '../types.ts';
import * as apparel from './apparel.ts';
import * as bags from './bags.ts';
import * as drinkware from './drinkware.ts';
import * as home from './home.ts';
import * as prints from './prints.ts';
import * as stationery from './stationery.ts';
import * as stickers from './stickers.ts';
import type { Draw } from './types.ts';

export const DRAWINGS = {
  ...apparel,
  ...bags,
  ...drinkware,
  ...home,
  ...prints,
  ...stationery,
  ...stickers,
} satisfies Record<string, Draw>;

export type DrawingName = keyof typeof DRAWINGS;

/** First matching handle pattern wins, so specific words come before generic ones. */
const RULES: [RegExp, DrawingName][] = [
  [/^custom-die-cut-stickers$/, 'stickerDieCut'],
  [/^custom-circle-stickers$/, 'stickerCircle'],
  [/^custom-square-stickers$/, 'stickerSquare'],
  [/^custom-rectangle-stickers$/, 'stickerRectangle'],
  [/^custom-holographic-stickers$/, 'stickerHolographic'],
  [/^custom-clear-stickers$/, 'stickerClear'],
  [/sticker/, 'stickerSheet'],
  [/hoodie/, 'hoodie'],
  [/sweatshirt/, 'sweatshirt'],
  [/long-sleeve/, 'longSleeve'],
  [/tee\b/, 'tee'],
  [/cap\b/, 'cap'],
  [/beanie/, 'beanie'],
  [/socks/, 'socks'],
  [/espresso/, 'espressoSet'],
  [/travel-cup/, 'travelCup'],
  [/mug/, 'mug'],
  [/tumbler/, 'tumbler'],
  [/bottle/, 'bottle'],
  [/map/, 'posterMap'],
  [/bauhaus/, 'posterBauhaus'],
  [/botanical/, 'posterBotanical'],
  [/mountain/, 'posterMountains'],
  [/alphabet/, 'posterLetters'],
  [/wave/, 'posterWaves'],
  [/solar/, 'posterOrbits'],
  [/tote/, 'tote'],
  [/pouch/, 'pouch'],
  [/backpack/, 'backpack'],
  [/drawstring/, 'drawstring'],
  [/sling/, 'sling'],
  [/notebook-3-pack/, 'notebookTrio'],
  [/notebook|sketchbook|planner/, 'notebook'],
  [/card/, 'cards'],
  [/pin-set/, 'pins'],
  [/pencil/, 'pencils'],
  [/washi/, 'washiTape'],
  [/cushion/, 'cushion'],
  [/tea-towel/, 'teaTowel'],
  [/coaster/, 'coasters'],
  [/candle/, 'candle'],
  [/throw/, 'throwBlanket'],
  [/plant-pot/, 'planter'],
];

export function drawingFor(product: Pick<SeedProduct, 'handle'>): DrawingName {
  const rule = RULES.find(([pattern]) => pattern.test(product.handle));
  if (!rule) throw new Error(`No illustration rule matches product "${product.handle}"`);
  return rule[1];
}
