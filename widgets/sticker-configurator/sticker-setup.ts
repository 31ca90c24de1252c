import { StoreletValidationError, toStoreletError, type StickerOptions, type Storefront } from '../../sdk/index.ts';
import type { ErrorDetail } from '../events.ts';

/** What the configurator works from: the shop's options as this product takes them, and the variant to add. */
export type Setup = { options: StickerOptions; variantId: string };

/** The sticker product to add: the one named, else the first of kind `sticker` among the custom stickers. */
export async function stickerProduct(shop: Storefront, handle: string, signal: AbortSignal) {
  let id = handle;
  if (!id) {
    const list = await shop.products.list({ category: 'custom-stickers', sort: 'name_asc', limit: 50 }, { signal });
    id = list.items.find((item) => item.kind === 'sticker')?.id ?? '';
  }
  const product = id ? await shop.products.get(id, { signal }) : undefined;
  const variant = product?.variants[0];
  if (!variant) throw new Error('This shop has no custom sticker product.');
  return { variantId: variant.id, tags: product.tags };
}

/**
 * Only the shape and the material a product is made for, as the server takes them: a product tag that
 * names one (the code without underscores: "circle", "holographic") limits the product to it. Die cut
 * is the open shape, so the generic die-cut product (tagged "diecut") keeps every shape.
 */
export function forProduct(options: StickerOptions, tags: readonly string[]): StickerOptions {
  const only = <T extends { code: string }>(entries: T[], open?: string) => {
    const named = entries.find((entry) => entry.code !== open && tags.includes(entry.code.replaceAll('_', '')));
    return named ? [named] : entries;
  };
  return { ...options, shapes: only(options.shapes, 'die_cut'), materials: only(options.materials) };
}

/** What to show for a failure: the server's own words for each field it refused, else its message. */
export function describeError(thrown: unknown): ErrorDetail {
  const error = toStoreletError(thrown);
  const said = error instanceof StoreletValidationError ? error.issues.map((issue) => issue.message) : [];
  return { code: error.code, message: said.join(' ') || error.message };
}
