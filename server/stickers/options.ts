import type { StickerOptions, UploadFormat } from '../../sdk/schemas/index.ts';
import type { StickerPriceTables } from '../data/stickers.ts';
import { quantityTiers } from './quote.ts';

export type UploadRules = { formats: readonly UploadFormat[]; maxBytes: number };

/** `GET /api/stickers/options`: what the configurator offers, straight from the tables. */
export function stickerOptions(tables: StickerPriceTables, currency: string, uploads: UploadRules): StickerOptions {
  const choice = ({ name, description }: { name: string; description: string }) => ({ name, description });
  return {
    currency,
    shapes: tables.shapes.map((shape) => ({ code: shape.code, ...choice(shape) })),
    materials: tables.materials.map((material) => ({
      code: material.code,
      ...choice(material),
      finishes: material.finishes,
    })),
    finishes: tables.finishes.map((finish) => ({ code: finish.code, ...choice(finish) })),
    sizePresets: tables.presets.map(({ label, width, height, unit }) => ({ label, width, height, unit })),
    minSideMm: tables.limits.minSideMm,
    maxSideMm: tables.limits.maxSideMm,
    quantityTiers: quantityTiers(tables),
    maxQuantity: tables.limits.maxQuantity,
    uploadFormats: [...uploads.formats],
    maxUploadBytes: uploads.maxBytes,
  };
}
