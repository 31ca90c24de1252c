import type { CartLineRecord, CartStickerRecord } from '../data/carts.ts';
import type { CurrentStickerTables, StickerPriceTables } from '../data/stickers.ts';
import type { UploadRecord } from '../data/uploads.ts';
import { ApiError } from '../errors.ts';
import type { Shop } from '../shop/shop.ts';
import { UploadNotFoundError } from '../uploads/errors.ts';
import { stickerTables } from './tables.ts';
import { checkSticker } from './quote.ts';
import { stickerTotal, unitPrice } from './price.ts';

/**
 * Custom sticker lines are priced from the sticker tables on every read, those of the version each line
 * was added at: the variant's own price is ignored for them. They are made to order, so stock does not
 * limit them (their `available` is the sticker maximum) and they reserve none.
 */

/** Vinyl and backing weigh about 0.3 g per 1 000 mm²; shipping bands use the parcel weight. */
const GRAMS_PER_MM2 = 0.0003;

export type PricedStickerLines = {
  lines: CartLineRecord[];
  /** Lines that can no longer be priced (an option was withdrawn, the design is gone), with why. */
  unpriceable: { line: CartLineRecord; problem: ApiError }[];
};

function priceLine(
  line: CartLineRecord,
  sticker: CartStickerRecord,
  tables: StickerPriceTables,
  upload: UploadRecord | null,
): CartLineRecord {
  if (!upload) throw new UploadNotFoundError();
  // A quantity above a lowered maximum still prices; the cart then lowers it like stock that ran short.
  const checked = checkSticker(tables, sticker.spec);
  const total = stickerTotal(checked.price, line.quantity);
  return {
    ...line,
    unitPrice: unitPrice(total, line.quantity),
    lineTotal: total,
    available: tables.limits.maxQuantity,
    weightGrams: checked.price.areaMm2 * GRAMS_PER_MM2,
    sticker: {
      ...sticker,
      details: {
        ...sticker.spec,
        materialName: checked.material.name,
        summary: checked.summary,
        upload: {
          id: upload.id,
          fileName: upload.fileName,
          format: upload.format,
          size: upload.size,
          hasPreview: upload.hasPreview,
        },
      },
    },
  };
}

/**
 * The tables a line is priced from: those of the version it was added at, so that an edit of the prices
 * applies to new quotes only (lines from before versions existed, or at the current one, use the current).
 */
async function tablesFor(
  shop: Shop,
  current: CurrentStickerTables,
  sticker: CartStickerRecord,
  earlier: Map<number, StickerPriceTables>,
): Promise<StickerPriceTables> {
  const version = sticker.priceVersion;
  if (version === null || version === current.version) return current;
  let tables = earlier.get(version);
  if (!tables) {
    tables = (await shop.data.stickers.tablesAt(version)) ?? current;
    earlier.set(version, tables);
  }
  return tables;
}

/** Prices the sticker lines among `lines`; standard lines pass through untouched. */
export async function priceStickerLines(shop: Shop, lines: CartLineRecord[]): Promise<PricedStickerLines> {
  if (!lines.some((line) => line.sticker)) return { lines, unpriceable: [] };
  const current = await stickerTables(shop);
  const earlier = new Map<number, StickerPriceTables>();
  const priced: CartLineRecord[] = [];
  const unpriceable: PricedStickerLines['unpriceable'] = [];
  for (const line of lines) {
    const { sticker } = line;
    if (!sticker) {
      priced.push(line);
      continue;
    }
    try {
      const tables = await tablesFor(shop, current, sticker, earlier);
      priced.push(priceLine(line, sticker, tables, await shop.data.uploads.find(sticker.uploadId)));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      unpriceable.push({ line, problem: error });
    }
  }
  return { lines: priced, unpriceable };
}
