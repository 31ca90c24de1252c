import type { CallOptions } from './catalog.ts';
import type { Http } from './http.ts';
import type { StickerOptions, StickerQuote, StickerQuoteBody } from './schemas/sticker.ts';

export type StickersApi = {
  /** What the configurator offers: shapes, materials and their finishes, size limits, quantity tiers, upload rules. */
  options(options?: CallOptions): Promise<StickerOptions>;
  /** The server's price for one configuration; pass a signal to drop a quote the shopper has moved past. */
  quote(body: StickerQuoteBody, options?: CallOptions): Promise<StickerQuote>;
};

export function stickersApi(http: Http): StickersApi {
  return {
    options: (options = {}) => http.request('get', 'stickers/options', 'stickerOptions', options),
    quote: (body, options = {}) => http.request('post', 'stickers/quote', 'stickerQuote', { json: body, ...options }),
  };
}
