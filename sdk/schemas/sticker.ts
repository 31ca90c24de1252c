import * as z from 'zod/mini';
import { Money } from './money.ts';

export const STICKER_SHAPES = ['die_cut', 'circle', 'square', 'rectangle', 'rounded_rectangle', 'oval'] as const;
export const StickerShape = z.enum(STICKER_SHAPES);
export type StickerShape = z.infer<typeof StickerShape>;

export const STICKER_FINISHES = ['gloss', 'matte'] as const;
export const StickerFinish = z.enum(STICKER_FINISHES);
export type StickerFinish = z.infer<typeof StickerFinish>;

export const SIZE_UNITS = ['in', 'mm'] as const;
export const SizeUnit = z.enum(SIZE_UNITS);
export type SizeUnit = z.infer<typeof SizeUnit>;

/** The most stickers one line may hold; the shop's tables may set a lower limit. */
export const MAX_STICKER_QUANTITY = 100_000;

/** What a shopper chooses. Sizes are in `unit`; the server checks them against the shop's limits. */
export const StickerSpec = z.object({
  shape: StickerShape,
  width: z.number().check(z.gt(0), z.lte(10_000)),
  height: z.number().check(z.gt(0), z.lte(10_000)),
  unit: SizeUnit,
  material: z.string().check(z.minLength(1), z.maxLength(40)),
  finish: StickerFinish,
});
export type StickerSpec = z.infer<typeof StickerSpec>;

export const StickerQuantity = z.number().check(z.int(), z.minimum(1), z.maximum(MAX_STICKER_QUANTITY));

/** `POST /api/stickers/quote`. */
export const StickerQuoteBody = z.object({ ...StickerSpec.shape, quantity: StickerQuantity });
export type StickerQuoteBody = z.infer<typeof StickerQuoteBody>;

export const StickerPriceBreak = z.object({
  quantity: z.number().check(z.int()),
  unitPrice: Money,
  total: Money,
});
export type StickerPriceBreak = z.infer<typeof StickerPriceBreak>;

export const StickerQuote = z.object({
  spec: StickerSpec,
  quantity: z.number().check(z.int()),
  /** total ÷ quantity, rounded to the minor unit, for display; `total` is what the cart charges. */
  unitPrice: Money,
  total: Money,
  /** What this quantity would cost at the smallest tier's unit price, and the difference. */
  compareAtTotal: Money,
  saving: Money,
  savingPercent: z.number().check(z.int()),
  /** The price of the same sticker at each standard tier, for a price-break table. */
  breaks: z.array(StickerPriceBreak),
});
export type StickerQuote = z.infer<typeof StickerQuote>;

export const StickerChoice = z.object({ code: z.string(), name: z.string(), description: z.string() });
export type StickerChoice = z.infer<typeof StickerChoice>;

/** `GET /api/stickers/options`: what the configurator offers, from the shop's tables. */
export const StickerOptions = z.object({
  currency: z.string(),
  shapes: z.array(z.object({ code: StickerShape, name: z.string(), description: z.string() })),
  materials: z.array(z.object({ ...StickerChoice.shape, finishes: z.array(StickerFinish) })),
  finishes: z.array(z.object({ code: StickerFinish, name: z.string(), description: z.string() })),
  sizePresets: z.array(z.object({ label: z.string(), width: z.number(), height: z.number(), unit: SizeUnit })),
  /** Smallest and largest side, in millimetres. */
  minSideMm: z.number(),
  maxSideMm: z.number(),
  quantityTiers: z.array(z.number().check(z.int())),
  maxQuantity: z.number().check(z.int()),
  /** The upload rules: accepted formats and the size limit in bytes. */
  uploadFormats: z.array(z.string()),
  maxUploadBytes: z.number().check(z.int()),
});
export type StickerOptions = z.infer<typeof StickerOptions>;

/** The sticker part of a cart or order line: the design and the specs, as the server stored and priced them. */
export const StickerLineDetails = z.object({
  ...StickerSpec.shape,
  materialName: z.string(),
  /** "Die cut · 3 × 3 in · White vinyl · Gloss", for people. */
  summary: z.string(),
  upload: z.object({
    id: z.string(),
    fileName: z.string(),
    format: z.string(),
    size: z.number().check(z.int()),
    previewUrl: z.nullable(z.string()),
  }),
});
export type StickerLineDetails = z.infer<typeof StickerLineDetails>;
