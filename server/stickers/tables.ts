import type { CurrentStickerTables } from '../data/stickers.ts';
import type { Shop } from '../shop/shop.ts';
import { StickersUnavailableError } from './errors.ts';

/** The shop's sticker tables, or 404 when it has none. */
export async function stickerTables(shop: Shop): Promise<CurrentStickerTables> {
  const tables = await shop.data.stickers.tables();
  if (!tables) throw new StickersUnavailableError();
  return tables;
}
