import { ApiError, type ErrorDetails } from '../errors.ts';

export class StickerOptionUnavailableError extends ApiError {
  override name = 'StickerOptionUnavailableError';
  constructor(message: string, details: ErrorDetails) {
    super('sticker_option_unavailable', 400, message, details);
  }
}

export class SizeOutOfRangeError extends ApiError {
  override name = 'SizeOutOfRangeError';
  constructor(details: { widthMm: number; heightMm: number; minSideMm: number; maxSideMm: number }) {
    super('size_out_of_range', 400, `Each side must be from ${details.minSideMm} mm to ${details.maxSideMm} mm.`, details);
  }
}

/** The shop has no sticker price tables (they are seeded at start, so this means someone removed them). */
export class StickersUnavailableError extends ApiError {
  override name = 'StickersUnavailableError';
  constructor() {
    super('not_found', 404, 'This shop does not sell custom stickers.');
  }
}
