import type { SizeUnit, StickerFinish, StickerLineDetails, StickerShape } from '../../sdk/schemas/index.ts';

/**
 * The custom-sticker price tables as services read them. Factors are basis points (10 000 = ×1.00);
 * rates are thousandths of a minor unit per square inch. See server/stickers/price.ts for the formula.
 */

export type StickerMaterial = { code: string; name: string; description: string; factorBp: number; finishes: StickerFinish[] };
export type StickerShapeOption = { code: StickerShape; name: string; description: string; factorBp: number };
export type StickerFinishOption = { code: StickerFinish; name: string; description: string; factorBp: number };
/** The rate from `quantity` up to the next break; `tier` breaks are offered as standard quantities. */
export type StickerPriceBreak = { quantity: number; rateMilli: number; tier: boolean };
export type StickerSizePreset = { label: string; width: number; height: number; unit: SizeUnit };
export type StickerLimits = { minSideMm: number; maxSideMm: number; maxQuantity: number; minBillableAreaMm2: number };

export type StickerPriceTables = {
  /** Active ones only, in display order. */
  materials: StickerMaterial[];
  shapes: StickerShapeOption[];
  finishes: StickerFinishOption[];
  /** Ascending by quantity; never empty in a priced shop. */
  breaks: StickerPriceBreak[];
  presets: StickerSizePreset[];
  limits: StickerLimits;
};

export interface StickerRepository {
  /** The tables, or null when the shop has none yet (no limits row or no price breaks). */
  tables(): Promise<StickerPriceTables | null>;
  /** Writes a whole set of tables in one transaction. */
  insertTables(tables: StickerPriceTables): Promise<void>;
}

/**
 * A sticker line's details as cart pricing makes them and an order stores them: the wire
 * `StickerLineDetails` without the signed preview URL, which is made when the line is shown.
 */
export type StickerDetailsRecord = Omit<StickerLineDetails, 'upload'> & {
  upload: Omit<StickerLineDetails['upload'], 'previewUrl'> & { hasPreview: boolean };
};
