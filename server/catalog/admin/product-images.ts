import { rm } from 'node:fs/promises';
import sharp from 'sharp';
import type { AdminProduct, UploadFormat } from '../../../sdk/schemas/index.ts';
import type { WriteContext } from '../../data/catalog-admin.ts';
import type { Shop } from '../../shop/shop.ts';
import {
  EmptyFileError,
  InvalidFileError,
  UnsupportedFileTypeError,
  UploadTooLargeError,
} from '../../uploads/errors.ts';
import type { IncomingUpload } from '../../uploads/service.ts';
import { stageUpload } from '../../uploads/receive.ts';
import { readEnds, sniffFormat } from '../../uploads/sniff.ts';
import { findAdminProduct } from './products.ts';

/**
 * Product photos: received through the designs' pipeline (streamed to staging with a size limit, the format
 * decided from the bytes alone), then decoded and resized with sharp into the widths the widgets show.
 */

/** Raster photos only: a vector or document format has no place in a product gallery. */
export const PRODUCT_IMAGE_FORMATS: readonly UploadFormat[] = ['jpeg', 'png', 'webp', 'gif', 'tiff'];

/** The product page's main image, a grid card, and a gallery thumbnail (80 CSS px at 2×). */
export const PRODUCT_IMAGE_WIDTHS = [800, 400, 160] as const;

/** The largest side a photo may have: beyond it sharp would spend seconds and hundreds of MB decoding. */
const MAX_INPUT_PIXELS = 50_000_000;

/** Where one size of a photo is kept, by the photo's content hash; `productImageUrl` is its public address. */
export function productImageKey(sha256: string, width: number): string {
  return `catalog/${sha256}/w${width}.webp`;
}

export function productImageUrl(sha256: string, width: number): string {
  return `/media/products/${sha256}/w${width}.webp`;
}

type Resized = { width: number; height: number; bytes: Buffer };

async function resize(path: string): Promise<Resized[]> {
  try {
    const image = sharp(path, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
    return await Promise.all(
      PRODUCT_IMAGE_WIDTHS.map(async (width) => {
        const { data, info } = await image
          .clone()
          .resize({ width, height: width, fit: 'inside', withoutEnlargement: true })
          .webp({ quality: 82 })
          .toBuffer({ resolveWithObject: true });
        return { width: info.width, height: info.height, bytes: data };
      }),
    );
  } catch {
    throw new InvalidFileError('The image could not be read: it is damaged, truncated or too large to decode.');
  }
}

/**
 * Adds a photo at the end of the product's gallery, from the product `version` read. Its sizes are stored
 * before the product changes, by content hash, so a refused edit leaves only files a retry would reuse.
 */
export async function addProductImage(
  shop: Shop,
  productId: string,
  upload: IncomingUpload & { alt: string; version: number },
  context: WriteContext,
): Promise<AdminProduct> {
  const product = await findAdminProduct(shop, productId);
  const { maxBytes, stagingDir } = shop.settings.uploads;
  if (upload.declaredSize !== null && upload.declaredSize > maxBytes) throw new UploadTooLargeError(maxBytes);
  const staged = await stageUpload(upload.body, stagingDir, maxBytes);
  try {
    if (staged.size === 0) throw new EmptyFileError();
    const sniffed = await sniffFormat((await readEnds(staged.path, staged.size)).head, staged);
    if (sniffed.format === null || !PRODUCT_IMAGE_FORMATS.includes(sniffed.format)) {
      throw new UnsupportedFileTypeError(PRODUCT_IMAGE_FORMATS, sniffed.format ?? sniffed.detected);
    }
    const sizes = await resize(staged.path);
    await Promise.all(
      sizes.map((size, index) =>
        shop.uploadStore.put(productImageKey(staged.sha256, PRODUCT_IMAGE_WIDTHS[index] as number), size.bytes),
      ),
    );
    const main = sizes[0] as Resized;
    const image = {
      url: productImageUrl(staged.sha256, PRODUCT_IMAGE_WIDTHS[0]),
      alt: upload.alt,
      width: main.width,
      height: main.height,
    };
    return await shop.data.catalogAdmin.updateProduct(
      productId,
      upload.version,
      { images: [...product.images, image] },
      context,
    );
  } finally {
    await rm(staged.path, { force: true });
  }
}
