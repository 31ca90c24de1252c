import type { AdminEdit } from './admin-edit.ts';
import type { DiscountCode, NewShippingZone, ShippingMethod, TaxRate } from './rules.ts';

/** What the admin API edits among the shop's rules. Every write is audited in its own transaction. */

export type { AdminEdit };

/** Tax rates are numbered rows; the API calls them `txr_<n>`. */
export const taxRateId = (row: number) => `txr_${row}`;

export type TaxRateRecord = TaxRate & {
  id: string;
  country: string;
  /** Null for the country-wide rate. */
  region: string | null;
  version: number;
};
export type NewTaxRateRecord = TaxRate & { country: string; region: string | null };
export type TaxRateChange = Partial<TaxRate>;

/** A method as the admin edits it: an inactive one is kept but not offered. */
export type AdminShippingMethod = ShippingMethod & { active: boolean };
export type ShippingZoneRecord = Omit<NewShippingZone, 'methods'> & { version: number; methods: AdminShippingMethod[] };
export type ShippingZoneInput = Omit<ShippingZoneRecord, 'version'>;

export type DiscountCodeRecord = DiscountCode & { version: number; createdAt: string };
export type NewDiscountCodeRecord = Omit<DiscountCode, 'id' | 'timesUsed'>;
export type DiscountCodeFilter = { search: string | null; active: boolean | null };
/** Keyset position in the newest-first list. */
export type DiscountCodeCursor = { createdAt: string; id: string };

export interface RulesAdminRepository {
  listTaxRates(country: string | null): Promise<TaxRateRecord[]>;
  findTaxRate(id: string): Promise<TaxRateRecord | null>;
  /** `conflict` when the destination has a rate already. */
  createTaxRate(rate: NewTaxRateRecord, edit: AdminEdit): Promise<TaxRateRecord>;
  /** 404 when gone, 409 `version_conflict` when `version` is not the current one. */
  updateTaxRate(id: string, version: number, change: TaxRateChange, edit: AdminEdit): Promise<TaxRateRecord>;
  deleteTaxRate(id: string, version: number, edit: AdminEdit): Promise<void>;

  listShippingZones(): Promise<ShippingZoneRecord[]>;
  findShippingZone(id: string): Promise<ShippingZoneRecord | null>;
  /** `conflict` when a country is in another zone, a method id is another zone's, or a second rest-of-world zone. */
  createShippingZone(zone: ShippingZoneInput, edit: AdminEdit): Promise<ShippingZoneRecord>;
  /** Replaces the zone's countries and methods (bands included) as one edit. */
  replaceShippingZone(zone: ShippingZoneInput, version: number, edit: AdminEdit): Promise<ShippingZoneRecord>;
  deleteShippingZone(id: string, version: number, edit: AdminEdit): Promise<void>;

  /** Newest first, `limit` rows after `after`. */
  listDiscountCodes(
    filter: DiscountCodeFilter,
    after: DiscountCodeCursor | null,
    limit: number,
  ): Promise<DiscountCodeRecord[]>;
  findDiscountCode(id: string): Promise<DiscountCodeRecord | null>;
  /** `conflict` when another code has the same text in any case. */
  createDiscountCode(code: NewDiscountCodeRecord, edit: AdminEdit): Promise<DiscountCodeRecord>;
  /** Writes every field but `timesUsed` (the redemptions' alone); `conflict` when the text is another code's. */
  updateDiscountCode(
    id: string,
    version: number,
    code: NewDiscountCodeRecord,
    edit: AdminEdit,
  ): Promise<DiscountCodeRecord>;
}
