import type { Operation, OperationResponse } from './operations.ts';

/** The custom-sticker routes (options, quotes, design uploads), for the OpenAPI document (see operations.ts). */

const error = (description: string): OperationResponse => ({ description, body: { component: 'ErrorBody' } });

export const STICKER_OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/stickers/options',
    operationId: 'getStickerOptions',
    tag: 'Stickers',
    summary: 'What the sticker configurator offers',
    description:
      'Shapes, materials (each with the finishes it takes), finishes, size presets and limits (in millimetres), quantity ' +
      'tiers and the maximum quantity, from the shop’s price tables, plus the upload rules. Cacheable for a minute.',
    responses: { 200: { description: 'The options.', body: { component: 'StickerOptions' } } },
  },
  {
    method: 'post',
    path: '/api/stickers/quote',
    operationId: 'quoteSticker',
    tag: 'Stickers',
    summary: 'Price a custom sticker',
    description:
      'The total grows with the area (width × height, at least the shop’s minimum billable area), the material, the ' +
      'shape and the finish; the rate per square inch falls at each quantity break, and a custom quantity takes the rate ' +
      'of the break at or below it. A total is never more than a larger quantity would cost, so totals never fall as the ' +
      'quantity grows. Integer minor units, each figure rounded half up once. `compareAtTotal` prices the quantity at the ' +
      'smallest tier’s rate; `savingPercent` is rounded down.',
    body: 'StickerQuoteBody',
    responses: {
      200: { description: 'The quote.', body: { component: 'StickerQuote' } },
      400: error(
        '`validation_failed` (a quantity that is not a whole number from 1 to the maximum, a malformed spec), ' +
          '`size_out_of_range` (a side outside the limits once converted to millimetres; `details` gives the limits), or ' +
          '`sticker_option_unavailable` (an unknown material or shape, or a finish the material does not take; `details.available`).',
      ),
      415: error('`unsupported_media_type`: the body is not JSON.'),
    },
  },
];
