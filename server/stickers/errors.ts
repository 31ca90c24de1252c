import type { SizeUnit } from '../../sdk/schemas/index.ts';
import { ApiError, type ErrorDetails } from '../errors.ts';

export class StickerOptionUnavailableError extends ApiError {
  override name = 'StickerOptionUnavailableError';
  constructor(message: string, details: ErrorDetails) {
    super('sticker_option_unavailable', 400, message, details);
  }
}

/** The limits in millimetres, and again in the unit the shopper asked in, which the message uses. */
export type SizeOutOfRangeDetails = {
  widthMm: number;
  heightMm: number;
  minSideMm: number;
  maxSideMm: number;
  unit: SizeUnit;
  minSide: number;
  maxSide: number;
};

export class SizeOutOfRangeError extends ApiError {
  override name = 'SizeOutOfRangeError';
  constructor(details: SizeOutOfRangeDetails) {
    super(
      'size_out_of_range',
      400,
      `Each side must be from ${details.minSide} ${details.unit} to ${details.maxSide} ${details.unit}.`,
      details,
    );
  }
}

/** The shop has no sticker price tables (they are seeded at start, so this means someone removed them). */
export class StickersUnavailableError extends ApiError {
  override name = 'StickersUnavailableError';
  constructor() {
    super('not_found', 404, 'This shop does not sell custom stickers.');
  }
}
