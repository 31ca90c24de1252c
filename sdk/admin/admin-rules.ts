import type { CallOptions } from '../catalog.ts';
import type { Http } from '../http.ts';
import type {
  AdminDiscountCode,
  AdminDiscountCodeList,
  AdminDiscountCodeParams,
  CreateDiscountCodeBody,
  UpdateDiscountCodeBody,
} from '../schemas/discount-admin.ts';
import type {
  AdminShippingZone,
  AdminShippingZoneList,
  CreateShippingZoneBody,
  UpdateShippingZoneBody,
} from '../schemas/shipping-admin.ts';
import type {
  AdminStickerPrices,
  StickerPricePreview,
  StickerPricePreviewBody,
  UpdateStickerPricesBody,
} from '../schemas/sticker-admin.ts';
import type { AdminTaxRate, AdminTaxRateList, CreateTaxRateBody, UpdateTaxRateBody } from '../schemas/tax-admin.ts';

/**
 * The shop's pricing rules, for its admin. Every edit names the `version` it read: an edit made on a stale copy
 * throws a `StoreletConflictError` with code `version_conflict` and `details.currentVersion`, and changes nothing.
 */

export type AdminTaxRatesApi = {
  /** Every rate, or one country's. */
  list(country?: string, options?: CallOptions): Promise<AdminTaxRateList>;
  get(taxRateId: string, options?: CallOptions): Promise<AdminTaxRate>;
  /** A rate for a country, or one of its regions (`{ country: 'US', region: 'VA' }`). */
  create(rate: CreateTaxRateBody): Promise<AdminTaxRate>;
  update(taxRateId: string, change: UpdateTaxRateBody): Promise<AdminTaxRate>;
  remove(taxRateId: string, version: number): Promise<void>;
};

export type AdminShippingZonesApi = {
  list(options?: CallOptions): Promise<AdminShippingZoneList>;
  get(zoneId: string, options?: CallOptions): Promise<AdminShippingZone>;
  create(zone: CreateShippingZoneBody): Promise<AdminShippingZone>;
  /** The whole zone as it should be: its countries, methods and bands. */
  replace(zoneId: string, zone: UpdateShippingZoneBody): Promise<AdminShippingZone>;
  remove(zoneId: string, version: number): Promise<void>;
};

export type AdminDiscountCodesApi = {
  /** One page, newest first, searched by `q` and filtered by `active`. */
  list(query?: AdminDiscountCodeParams, options?: CallOptions): Promise<AdminDiscountCodeList>;
  get(discountCodeId: string, options?: CallOptions): Promise<AdminDiscountCode>;
  create(code: CreateDiscountCodeBody): Promise<AdminDiscountCode>;
  /** Changes fields; `{ version, active: false }` disables the code, `active: true` enables it. */
  update(discountCodeId: string, change: UpdateDiscountCodeBody): Promise<AdminDiscountCode>;
};

export type AdminStickerPricesApi = {
  get(options?: CallOptions): Promise<AdminStickerPrices>;
  /** Quotes the samples under proposed tables and under today's, without saving anything. */
  preview(proposal: StickerPricePreviewBody): Promise<StickerPricePreview>;
  /** Replaces the tables: new quotes use them, lines already in carts keep their price. */
  replace(tables: UpdateStickerPricesBody): Promise<AdminStickerPrices>;
};

export type AdminRulesDeps = { http: Http; guard<T>(call: () => Promise<T>): Promise<T> };

const at = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

export function adminTaxRatesApi({ http, guard }: AdminRulesDeps): AdminTaxRatesApi {
  const base = 'admin/tax-rates';
  return {
    list: (country, options = {}) =>
      guard(() =>
        http.request('get', base, 'adminTaxRateList', {
          searchParams: country ? { country } : {},
          signal: options.signal,
        }),
      ),
    get: (id, options = {}) => guard(() => http.request('get', at(base, id), 'adminTaxRate', options)),
    create: (rate) => guard(() => http.request('post', base, 'adminTaxRate', { json: rate })),
    update: (id, change) => guard(() => http.request('patch', at(base, id), 'adminTaxRate', { json: change })),
    remove: (id, version) => guard(() => http.request('delete', at(base, id), 'empty', { searchParams: { version } })),
  };
}

export function adminShippingZonesApi({ http, guard }: AdminRulesDeps): AdminShippingZonesApi {
  const base = 'admin/shipping-zones';
  return {
    list: (options = {}) => guard(() => http.request('get', base, 'adminShippingZoneList', options)),
    get: (id, options = {}) => guard(() => http.request('get', at(base, id), 'adminShippingZone', options)),
    create: (zone) => guard(() => http.request('post', base, 'adminShippingZone', { json: zone })),
    replace: (id, zone) => guard(() => http.request('put', at(base, id), 'adminShippingZone', { json: zone })),
    remove: (id, version) => guard(() => http.request('delete', at(base, id), 'empty', { searchParams: { version } })),
  };
}

export function adminDiscountCodesApi({ http, guard }: AdminRulesDeps): AdminDiscountCodesApi {
  const base = 'admin/discount-codes';
  return {
    list: (query = {}, options = {}) =>
      guard(() => http.request('get', base, 'adminDiscountCodeList', { searchParams: query, signal: options.signal })),
    get: (id, options = {}) => guard(() => http.request('get', at(base, id), 'adminDiscountCode', options)),
    create: (code) => guard(() => http.request('post', base, 'adminDiscountCode', { json: code })),
    update: (id, change) => guard(() => http.request('patch', at(base, id), 'adminDiscountCode', { json: change })),
  };
}

export function adminStickerPricesApi({ http, guard }: AdminRulesDeps): AdminStickerPricesApi {
  const base = 'admin/sticker-prices';
  return {
    get: (options = {}) => guard(() => http.request('get', base, 'adminStickerPrices', options)),
    preview: (proposal) =>
      guard(() => http.request('post', `${base}/preview`, 'stickerPricePreview', { json: proposal })),
    replace: (tables) => guard(() => http.request('put', base, 'adminStickerPrices', { json: tables })),
  };
}
