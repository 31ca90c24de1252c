import * as z from 'zod/mini';

/** Design formats a shopper may upload. The server decides the format from the file's bytes, never its name. */
export const UPLOAD_FORMATS = ['pdf', 'ai', 'eps', 'cdr', 'svg', 'psd', 'png', 'jpeg', 'tiff', 'webp', 'gif'] as const;
export const UploadFormat = z.enum(UPLOAD_FORMATS);
export type UploadFormat = z.infer<typeof UploadFormat>;

/**
 * A stored design. `POST /api/carts/:cartId/uploads?name=<file name>` takes the raw file as the request body
 * (streamed to disk, so a browser can report progress) and answers 201 with this. The cart id is the credential:
 * only its holder (and, once ordered, the order's holder and the shop's admins) may read the file back.
 */
export const Upload = z.object({
  id: z.string(),
  /** The name the shopper's file had, cleaned for display; never used on disk. */
  fileName: z.string(),
  format: UploadFormat,
  /** The media type sniffed from the content. */
  mediaType: z.string(),
  size: z.number().check(z.int()),
  /** Pixel size where the format has one and it could be read. */
  width: z.nullable(z.number().check(z.int())),
  height: z.nullable(z.number().check(z.int())),
  /** A signed URL of a PNG thumbnail, safe in an `<img>` or an email; null where no preview could be made. */
  previewUrl: z.nullable(z.string()),
  createdAt: z.string(),
});
export type Upload = z.infer<typeof Upload>;

/** Query of a design upload: the original file name, for display only. */
export const UploadQuery = z.object({ name: z.optional(z.string().check(z.maxLength(1000))) });
export type UploadQuery = z.infer<typeof UploadQuery>;

/** Query of a design's thumbnail: the signature its `previewUrl` carries. */
export const PreviewQuery = z.object({ sig: z.optional(z.string().check(z.maxLength(200))) });
export type PreviewQuery = z.infer<typeof PreviewQuery>;
