import type { CallOptions } from './catalog.ts';
import type { Http } from './http.ts';
import type { Upload } from './schemas/upload.ts';
import type { UploadProgress } from './xhr-upload.ts';

export type UploadOptions = CallOptions & {
  /** Bytes sent so far; browsers only (Node's fetch reports no upload progress). */
  onProgress?: (progress: UploadProgress) => void;
  /** The file name to keep for display, when `file` is a Blob without one. */
  name?: string;
};

/** Designs a shopper uploads to their cart; the cart id is the credential that reads them back. */
export type UploadsApi = {
  /** Sends the file's bytes as they are; the server decides its format from the content and may refuse it. */
  create(cartId: string, file: Blob, options?: UploadOptions): Promise<Upload>;
  get(cartId: string, uploadId: string, options?: CallOptions): Promise<Upload>;
};

export function uploadsApi(http: Http): UploadsApi {
  const path = (cartId: string, rest = '') => `carts/${encodeURIComponent(cartId)}/uploads${rest}`;
  return {
    create: (cartId, file, { name, ...options } = {}) =>
      http.upload(path(cartId), 'upload', file, {
        ...options,
        searchParams: { name: name ?? ((file as Partial<File>).name || 'design') },
      }),
    get: (cartId, uploadId, options = {}) =>
      http.request('get', path(cartId, `/${encodeURIComponent(uploadId)}`), 'upload', options),
  };
}
