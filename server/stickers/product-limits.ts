import type { StickerSpec } from '../../sdk/schemas/index.ts';
import type { StickerPriceTables } from '../data/stickers.ts';
import { StickerOptionUnavailableError } from './errors.ts';

/**
 * A custom sticker product made for one shape or material names it in its tags (the code without
 * underscores: "circle", "holographic") and takes only that one. Die cut is the open shape: the
 * generic die-cut product is tagged "diecut" and still takes every shape. `<sticker-configurator>`
 * offers a product's options by the same rule.
 */
const OPEN_SHAPE = 'die_cut';

const named = (code: string, tags: readonly string[]) => tags.includes(code.replaceAll('_', ''));

/** `sticker_option_unavailable` on `shape` or `material` when the product is made for another one. */
export function checkStickerForProduct(tables: StickerPriceTables, tags: readonly string[], spec: StickerSpec): void {
  const shape = tables.shapes.find((entry) => entry.code !== OPEN_SHAPE && named(entry.code, tags));
  if (shape && spec.shape !== shape.code) {
    throw new StickerOptionUnavailableError(`This product is made as a ${shape.name.toLowerCase()} sticker only.`, {
      field: 'shape',
      value: spec.shape,
      available: [shape.code],
    });
  }
  const material = tables.materials.find((entry) => named(entry.code, tags));
  if (material && spec.material !== material.code) {
    throw new StickerOptionUnavailableError(`This product is printed on ${material.name.toLowerCase()} only.`, {
      field: 'material',
      value: spec.material,
      available: [material.code],
    });
  }
}
