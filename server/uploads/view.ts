import type { Upload } from '../../sdk/schemas/index.ts';
import type { UploadRecord } from '../data/uploads.ts';
import type { ShopSettings } from '../shop/shop.ts';
import { previewUrl } from './signing.ts';

/** Storage keys of an upload's bytes: content-addressed, fanned out by the hash's first two digits. */
export function storageKeys(sha256: string): { original: string; preview: string } {
  const fan = sha256.slice(0, 2);
  return { original: `originals/${fan}/${sha256}`, preview: `previews/${fan}/${sha256}.png` };
}

export function uploadPreviewUrl(
  settings: Pick<ShopSettings, 'publicUrl' | 'orderLinkSecret'>,
  upload: Pick<UploadRecord, 'id' | 'hasPreview'>,
): string | null {
  return upload.hasPreview ? previewUrl(settings, upload.id) : null;
}

export function toUpload(settings: Pick<ShopSettings, 'publicUrl' | 'orderLinkSecret'>, upload: UploadRecord): Upload {
  return {
    id: upload.id,
    fileName: upload.fileName,
    format: upload.format,
    mediaType: upload.mediaType,
    size: upload.size,
    width: upload.width,
    height: upload.height,
    previewUrl: uploadPreviewUrl(settings, upload),
    createdAt: upload.createdAt,
  };
}
