import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Upload } from '../../sdk/schemas/index.ts';
import { CartCompletedError } from '../carts/errors.ts';
import { findCart } from '../carts/service.ts';
import { newId } from '../data/ids.ts';
import type { UploadRecord } from '../data/uploads.ts';
import { findAccessibleOrder } from '../orders/read-order.ts';
import type { Shop } from '../shop/shop.ts';
import {
  EmptyFileError,
  TooManyUploadsError,
  UnsupportedFileTypeError,
  UploadNotFoundError,
  UploadTooLargeError,
} from './errors.ts';
import { cleanFileName } from './file-name.ts';
import { inspectUpload } from './inspect.ts';
import { stageUpload } from './receive.ts';
import { previewSignatureValid } from './signing.ts';
import { readEnds, sniffFormat } from './sniff.ts';
import { storageKeys, toUpload } from './view.ts';

/** Designs one cart may upload: plenty for a shopper trying variants, a bound on the disk one cart id can fill. */
export const MAX_UPLOADS_PER_CART = 50;

export type IncomingUpload = {
  /** The name the shopper's file had, as sent; only ever displayed. */
  name: string | undefined;
  body: Readable;
  /** Content-Length when the client sent one. */
  declaredSize: number | null;
};

/**
 * `POST /api/carts/:cartId/uploads`: streams the file to a staging folder (hashing it, stopping at the
 * size limit), decides its format from its bytes, checks and measures it, makes a thumbnail where it
 * can, then stores original and thumbnail under keys made from the hash. A refused file leaves nothing.
 */
export async function createUpload(shop: Shop, cartId: string, incoming: IncomingUpload): Promise<Upload> {
  const { cart } = await findCart(shop, cartId);
  if (cart.completedOrderId) throw new CartCompletedError(cart.completedOrderId);
  if ((await shop.data.uploads.countForCart(cartId)) >= MAX_UPLOADS_PER_CART)
    throw new TooManyUploadsError(MAX_UPLOADS_PER_CART);
  const { formats, maxBytes, stagingDir } = shop.settings.uploads;
  if (incoming.declaredSize !== null && incoming.declaredSize > maxBytes) throw new UploadTooLargeError(maxBytes);
  const staged = await stageUpload(incoming.body, stagingDir, maxBytes);
  try {
    if (staged.size === 0) throw new EmptyFileError();
    const ends = await readEnds(staged.path, staged.size);
    const sniffed = await sniffFormat(ends.head, staged);
    if (sniffed.format === null || !formats.includes(sniffed.format)) {
      throw new UnsupportedFileTypeError(formats, sniffed.format ?? sniffed.detected);
    }
    const inspection = await inspectUpload(staged.path, sniffed.format, staged.size, ends);
    const record: UploadRecord = {
      id: newId('upl'),
      cartId,
      sha256: staged.sha256,
      fileName: cleanFileName(incoming.name),
      format: sniffed.format,
      mediaType: sniffed.mediaType,
      size: staged.size,
      width: inspection.width,
      height: inspection.height,
      hasPreview: inspection.preview !== null,
      createdAt: shop.now().toISOString(),
    };
    // The record is the cart's reservation: checked and added in one step, before any bytes are stored,
    // since the count above does not stop uploads that arrive together.
    if (!(await shop.data.uploads.insert(record, MAX_UPLOADS_PER_CART)))
      throw new TooManyUploadsError(MAX_UPLOADS_PER_CART);
    const keys = storageKeys(staged.sha256);
    // Content-addressed: the same file uploaded twice is stored once.
    if (!(await shop.uploadStore.exists(keys.original)))
      await shop.uploadStore.put(keys.original, createReadStream(staged.path));
    if (inspection.preview && !(await shop.uploadStore.exists(keys.preview)))
      await shop.uploadStore.put(keys.preview, inspection.preview);
    return toUpload(shop.settings, record);
  } finally {
    await rm(staged.path, { force: true });
  }
}

async function findUpload(shop: Shop, uploadId: string): Promise<UploadRecord> {
  const upload = uploadId.length <= 64 ? await shop.data.uploads.find(uploadId) : null;
  if (!upload) throw new UploadNotFoundError();
  return upload;
}

/** An upload of this cart: `cart_not_found` for a missing cart, `upload_not_found` for anyone else's upload. */
export async function findCartUpload(shop: Shop, cartId: string, uploadId: string): Promise<UploadRecord> {
  await findCart(shop, cartId);
  const upload = await findUpload(shop, uploadId);
  if (upload.cartId !== cartId) throw new UploadNotFoundError();
  return upload;
}

/** An upload one of the order's lines was made from, for whoever the token lets read the order. */
export async function findOrderUpload(
  shop: Shop,
  orderId: string,
  token: string | undefined,
  uploadId: string,
): Promise<UploadRecord> {
  const order = await findAccessibleOrder(shop, orderId, token);
  if (!order.lines.some((line) => line.sticker?.upload.id === uploadId)) throw new UploadNotFoundError();
  return findUpload(shop, uploadId);
}

export async function openOriginal(shop: Shop, upload: UploadRecord): Promise<{ body: Readable; size: number }> {
  const stored = await shop.uploadStore.get(storageKeys(upload.sha256).original);
  if (!stored) throw new UploadNotFoundError();
  return stored;
}

/** The thumbnail, for a valid signature only; every refusal looks the same. */
export async function openPreview(
  shop: Shop,
  uploadId: string,
  signature: string | undefined,
): Promise<{ body: Readable; size: number }> {
  if (!signature || !previewSignatureValid(shop.settings.orderLinkSecret, uploadId, signature))
    throw new UploadNotFoundError();
  const upload = await findUpload(shop, uploadId);
  const stored = upload.hasPreview ? await shop.uploadStore.get(storageKeys(upload.sha256).preview) : null;
  if (!stored) throw new UploadNotFoundError();
  return stored;
}
