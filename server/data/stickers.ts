import type { SizeUnit, StickerFinish, StickerLineDetails, StickerShape } from '../../sdk/schemas/index.ts';
import type { AdminEdit } from './admin-edit.ts';

/**
 * The custom-sticker price tables as services read them. Factors are basis points (10 000 = ×1.00);
 * rates are thousandths of a minor unit per square inch. See server/stickers/price.ts for the formula.
 */

export type StickerMaterial = {
  code: string;
  name: string;
  description: string;
  factorBp: number;
  finishes: StickerFinish[];
};
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

/** The tables in force, with their edit version: a sticker line added now keeps this version's prices. */
export type CurrentStickerTables = StickerPriceTables & { version: number };

export interface StickerRepository {
  /** The tables, or null when the shop has none yet (no limits row or no price breaks). */
  tables(): Promise<CurrentStickerTables | null>;
  /** The tables as they were at an earlier version an edit replaced; null for a version never replaced. */
  tablesAt(version: number): Promise<StickerPriceTables | null>;
  /** Writes a whole set of tables in one transaction. */
  insertTables(tables: StickerPriceTables): Promise<void>;
  /**
   * Replaces the tables if they are still at `version` (404 without tables, 409 `version_conflict` otherwise),
   * keeping the replaced ones for the lines priced from them; audited in the same transaction.
   */
  replaceTables(tables: StickerPriceTables, version: number, edit: AdminEdit): Promise<CurrentStickerTables>;
}

/**
 * A sticker line's details as cart pricing makes them and an order stores them: the wire
 * `StickerLineDetails` without the signed preview URL, which is made when the line is shown.
 */
export type StickerDetailsRecord = Omit<StickerLineDetails, 'upload'> & {
  upload: Omit<StickerLineDetails['upload'], 'previewUrl'> & { hasPreview: boolean };
};
