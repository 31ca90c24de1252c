import type { StickerLineChoice, StickerSpec } from '../../sdk/schemas/index.ts';
import type { CartSnapshot, CartTouch } from '../data/carts.ts';
import type { Shop } from '../shop/shop.ts';
import { checkStickerForProduct } from '../stickers/product-limits.ts';
import { checkSticker, checkStickerQuantity } from '../stickers/quote.ts';
import { stickerTables } from '../stickers/tables.ts';
import { ValidationError } from '../errors.ts';
import { UploadNotFoundError } from '../uploads/errors.ts';

const SPEC_FIELDS = ['shape', 'width', 'height', 'unit', 'material', 'finish'] as const;

const sameSpec = (a: StickerSpec, b: StickerSpec) => SPEC_FIELDS.every((field) => a[field] === b[field]);

/** `productTags` are the tags of the variant's product, which may limit it to one shape or material. */
export type StickerLineRequest = {
  variantId: string;
  productTags: readonly string[];
  quantity: number;
  sticker: StickerLineChoice;
};

/**
 * Adds a custom sticker line: the design must be an upload of this cart (anyone else's is
 * `upload_not_found`), and the spec and quantity must pass the sticker tables and suit what the
 * product is made for. The same design and spec added again adds to that line's quantity, even in a
 * full cart, while the line is priced from the tables in force; a different spec, or the same after the
 * prices changed, is a line of its own, within `maxLines`.
 */
export async function addStickerLine(
  shop: Shop,
  snapshot: CartSnapshot,
  request: StickerLineRequest,
  touch: CartTouch,
  maxLines: number,
): Promise<CartSnapshot> {
  const { uploadId, ...spec } = request.sticker;
  const upload = await shop.data.uploads.find(uploadId);
  if (!upload || upload.cartId !== snapshot.cart.id) throw new UploadNotFoundError();
  const tables = await stickerTables(shop);
  // A line added before the prices changed keeps its price: more of the same sticker is a line at today's.
  const same = snapshot.lines.find(
    (line) =>
      line.variantId === request.variantId &&
      line.sticker?.uploadId === uploadId &&
      sameSpec(line.sticker.spec, spec) &&
      (line.sticker.priceVersion ?? tables.version) === tables.version,
  );
  if (!same && snapshot.lines.length >= maxLines) {
    throw new ValidationError([{ path: 'variantId', message: `A cart holds at most ${maxLines} different items.` }]);
  }
  const quantity = (same?.quantity ?? 0) + request.quantity;
  checkSticker(tables, spec);
  checkStickerForProduct(tables, request.productTags, spec);
  checkStickerQuantity(tables, quantity);
  const cartId = snapshot.cart.id;
  return same
    ? shop.data.carts.setLineQuantity(cartId, same.id, quantity, touch)
    : shop.data.carts.addStickerLine(
        cartId,
        { variantId: request.variantId, quantity, uploadId, spec, priceVersion: tables.version },
        touch,
      );
}
