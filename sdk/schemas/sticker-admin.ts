import * as z from 'zod/mini';
import { EditVersion } from './audit.ts';
import {
  MAX_STICKER_QUANTITY,
  SizeUnit,
  StickerFinish,
  StickerQuote,
  StickerQuoteBody,
  StickerShape,
} from './sticker.ts';

const Name = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(80));
const Description = z.string().check(z.trim(), z.maxLength(300));
/** A price factor in basis points: 10 000 is ×1.00, 12 500 is ×1.25. */
const FactorBp = z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000));
const Side = z.number().check(z.gt(0), z.lte(10_000));

export const StickerMaterialRow = z.strictObject({
  /** Lowercase letters, digits and `_`; what carts and quotes name. */
  code: z.string().check(z.regex(/^[a-z0-9_]{1,40}$/, 'must be 1 to 40 lowercase letters, digits or _')),
  name: Name,
  description: Description,
  factorBp: FactorBp,
  /** The finishes it can take; each must be one of `finishes`. */
  finishes: z.array(StickerFinish).check(z.minLength(1), z.maxLength(10)),
});
export const StickerShapeRow = z.strictObject({
  code: StickerShape,
  name: Name,
  description: Description,
  factorBp: FactorBp,
});
export const StickerFinishRow = z.strictObject({
  code: StickerFinish,
  name: Name,
  description: Description,
  factorBp: FactorBp,
});
/** The rate, in thousandths of a minor unit per square inch, from `quantity` up to the next break. */
export const StickerBreakRow = z.strictObject({
  quantity: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_STICKER_QUANTITY)),
  rateMilli: z.number().check(z.int(), z.minimum(1), z.maximum(1_000_000_000)),
  /** Offered as a standard quantity. */
  tier: z.boolean(),
});
export const StickerPresetRow = z.strictObject({
  label: Name,
  width: Side,
  height: Side,
  unit: SizeUnit,
});
export const StickerLimitsRow = z.strictObject({
  minSideMm: Side,
  maxSideMm: Side,
  maxQuantity: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_STICKER_QUANTITY)),
  /** Smaller stickers are billed as this many mm². */
  minBillableAreaMm2: z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000)),
});

const tableFields = {
  materials: z.array(StickerMaterialRow).check(z.minLength(1), z.maxLength(30)),
  shapes: z.array(StickerShapeRow).check(z.minLength(1), z.maxLength(10)),
  finishes: z.array(StickerFinishRow).check(z.minLength(1), z.maxLength(10)),
  /** Ascending by quantity. */
  breaks: z.array(StickerBreakRow).check(z.minLength(1), z.maxLength(50)),
  presets: z.array(StickerPresetRow).check(z.maxLength(20)),
  limits: StickerLimitsRow,
};

/** The sticker price tables, in display order. See `POST /api/stickers/quote` for how they make a price. */
export const StickerPriceTables = z.strictObject(tableFields);
export type StickerPriceTables = z.infer<typeof StickerPriceTables>;

/** `GET /api/admin/sticker-prices`. */
export const AdminStickerPrices = z.object({
  ...tableFields,
  currency: z.string(),
  version: z.number().check(z.int()),
});
export type AdminStickerPrices = z.infer<typeof AdminStickerPrices>;

/** `PUT /api/admin/sticker-prices`: the whole tables as they should be, and the version they were read at. */
export const UpdateStickerPricesBody = z.strictObject({ version: EditVersion, ...tableFields });
export type UpdateStickerPricesBody = z.infer<typeof UpdateStickerPricesBody>;

/** `POST /api/admin/sticker-prices/preview`: proposed tables, and the stickers to quote under them and today's. */
export const StickerPricePreviewBody = z.strictObject({
  tables: StickerPriceTables,
  samples: z.array(StickerQuoteBody).check(z.minLength(1), z.maxLength(50)),
});
export type StickerPricePreviewBody = z.infer<typeof StickerPricePreviewBody>;

const QuoteProblem = z.object({ code: z.string(), message: z.string() });

export const StickerPricePreviewItem = z.object({
  sample: StickerQuoteBody,
  /** Today's quote; null when the tables in force do not offer the sticker. */
  current: z.nullable(StickerQuote),
  /** The quote under the proposed tables; null when they would refuse it, with `problem` saying why. */
  proposed: z.nullable(StickerQuote),
  problem: z.nullable(QuoteProblem),
});
export const StickerPricePreview = z.object({ items: z.array(StickerPricePreviewItem) });
export type StickerPricePreview = z.infer<typeof StickerPricePreview>;
