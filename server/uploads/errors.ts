import type { UploadFormat } from '../../sdk/schemas/index.ts';
import { ApiError } from '../errors.ts';

/** "50 MB", "300 KB", "900 bytes": limits for people, in the binary units they are set in (50 MB = 50 × 2²⁰ bytes). */
export function describeBytes(bytes: number): string {
  if (bytes >= 2 ** 20) return `${Number((bytes / 2 ** 20).toFixed(1))} MB`;
  return bytes >= 1024 ? `${Number((bytes / 1024).toFixed(1))} KB` : `${bytes} bytes`;
}

export class UploadTooLargeError extends ApiError {
  override name = 'UploadTooLargeError';
  constructor(maxBytes: number) {
    super('upload_too_large', 413, `The file is larger than ${describeBytes(maxBytes)}.`, { maxBytes });
  }
}

/**
 * The client went away before the whole file arrived (a cancelled upload, a dropped line). Nobody reads
 * the answer, but it is the client's doing, not the server's: no 500 and no error log.
 */
export class UploadInterruptedError extends ApiError {
  override name = 'UploadInterruptedError';
  constructor() {
    super('upload_interrupted', 400, 'The upload stopped before the whole file arrived. Send the file again.');
  }
}

export class EmptyFileError extends ApiError {
  override name = 'EmptyFileError';
  constructor() {
    super('empty_file', 400, 'The file is empty.');
  }
}

export class UnsupportedFileTypeError extends ApiError {
  override name = 'UnsupportedFileTypeError';
  constructor(accepted: readonly UploadFormat[], detected: string | null) {
    const what = detected ? `This ${detected.toUpperCase()} file` : 'This file';
    super(
      'unsupported_file_type',
      415,
      `${what} is not a design format we accept. Upload ${accepted.map((f) => f.toUpperCase()).join(', ')}.`,
      {
        accepted: [...accepted],
        detected,
      },
    );
  }
}

export class InvalidFileError extends ApiError {
  override name = 'InvalidFileError';
  constructor(message: string) {
    super('invalid_file', 400, message);
  }
}

export class UnsafeFileError extends ApiError {
  override name = 'UnsafeFileError';
  constructor(reason: string) {
    super(
      'unsafe_file',
      400,
      `This SVG cannot be accepted because it contains ${reason}. Export it again without scripts or external links.`,
      { reason },
    );
  }
}

export class TooManyUploadsError extends ApiError {
  override name = 'TooManyUploadsError';
  constructor(limit: number) {
    super(
      'rate_limited',
      429,
      `A cart can hold at most ${limit} uploaded designs. Add the ones you want to the cart and check out, or contact the shop for more.`,
      { limit },
    );
  }
}

/** Unknown, someone else's, or a bad signature: one answer, so nothing is learnt by guessing. */
export class UploadNotFoundError extends ApiError {
  override name = 'UploadNotFoundError';
  constructor() {
    super('upload_not_found', 404, 'This upload does not exist.');
  }
}
