import type {
  AdminStickerPrices,
  StickerPricePreview,
  StickerPricePreviewBody,
  UpdateStickerPricesBody,
} from '../../sdk/schemas/index.ts';
import type { AdminEdit } from '../data/admin-edit.ts';
import type { CurrentStickerTables, StickerPriceTables } from '../data/stickers.ts';
import { ApiError } from '../errors.ts';
import type { Shop } from '../shop/shop.ts';
import { quoteSticker } from './quote.ts';
import { checkTables } from './table-checks.ts';
import { stickerTables } from './tables.ts';

/**
 * The admin's sticker price tables: read, previewed and replaced whole. A replacement prices new quotes
 * and new cart lines; lines already in carts keep the tables they were added at, through checkout.
 */

function toAdminPrices(tables: CurrentStickerTables, currency: string): AdminStickerPrices {
  const { version, materials, shapes, finishes, breaks, presets, limits } = tables;
  return { materials, shapes, finishes, breaks, presets, limits, currency, version };
}

export async function readStickerPrices(shop: Shop): Promise<AdminStickerPrices> {
  return toAdminPrices(await stickerTables(shop), shop.settings.currency);
}

export async function replaceStickerPrices(
  shop: Shop,
  { version, ...tables }: UpdateStickerPricesBody,
  edit: AdminEdit,
): Promise<AdminStickerPrices> {
  checkTables(tables);
  return toAdminPrices(await shop.data.stickers.replaceTables(tables, version, edit), shop.settings.currency);
}

/** A quote, or null with the refusal a shopper would get (an option not offered, a size out of range). */
function tryQuote(tables: StickerPriceTables, sample: StickerPricePreviewBody['samples'][number], currency: string) {
  const { quantity, ...spec } = sample;
  try {
    return { quote: quoteSticker(tables, spec, quantity, currency), problem: null };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { quote: null, problem: { code: error.code, message: error.message } };
  }
}

/** Each sample quoted under the tables in force and under the proposed ones, which are checked but not saved. */
export async function previewStickerPrices(shop: Shop, body: StickerPricePreviewBody): Promise<StickerPricePreview> {
  checkTables(body.tables, 'tables.');
  const current = await stickerTables(shop);
  const { currency } = shop.settings;
  return {
    items: body.samples.map((sample) => {
      const proposed = tryQuote(body.tables, sample, currency);
      return {
        sample,
        current: tryQuote(current, sample, currency).quote,
        proposed: proposed.quote,
        problem: proposed.problem,
      };
    }),
  };
}
