import type { DISCOUNT_KINDS } from '../../sdk/schemas/index.ts';
import type { RulesAdminRepository } from './rules-admin.ts';

/** The shop's pricing rules as services read them: tax rates, shipping methods with rate bands, discount codes. */

export type TaxRate = {
  name: string;
  /** Parts per million: 72 500 is 7.25 %. */
  ratePpm: number;
  /** Prices already include the tax; the included part is extracted rather than added. */
  inclusive: boolean;
  appliesToShipping: boolean;
};

/** `from` inclusive, `to` exclusive (null: open-ended); in minor units or grams, as the method's basis says. */
export type ShippingRateBand = { from: number; to: number | null; price: number };

export type ShippingMethod = {
  id: string;
  name: string;
  description: string;
  minDays: number;
  maxDays: number;
  basis: 'subtotal' | 'weight';
  /** Free once the discounted merchandise subtotal reaches this; null: never free. */
  freeAbove: number | null;
  rates: ShippingRateBand[];
};

export type DiscountKind = (typeof DISCOUNT_KINDS)[number];

export type DiscountCode = {
  id: string;
  code: string;
  kind: DiscountKind;
  /** Percentage: basis points. Fixed amount: minor units. Free shipping: 0. */
  value: number;
  description: string;
  minSubtotal: number;
  /** ISO 8601 UTC, or null for no bound. */
  startsAt: string | null;
  endsAt: string | null;
  usageLimit: number | null;
  timesUsed: number;
  oncePerCustomer: boolean;
  active: boolean;
};

export type NewTaxRate = TaxRate & { country: string; region?: string };
export type NewShippingZone = {
  id: string;
  name: string;
  /** The countries of the zone; empty for the rest-of-world zone. */
  countries: string[];
  restOfWorld: boolean;
  methods: ShippingMethod[];
};
export type NewDiscountCode = Omit<DiscountCode, 'id' | 'timesUsed'> & { timesUsed?: number };
export type NewShopRules = {
  taxRates: NewTaxRate[];
  shippingZones: NewShippingZone[];
  discountCodes: NewDiscountCode[];
};

export interface RulesRepository extends RulesAdminRepository {
  /** The most specific rate for a destination: the region's, else the country's; null when untaxed. */
  taxRate(country: string, region: string | null): Promise<TaxRate | null>;
  /** Whether the country's rates differ by region, so an address there must name its region. */
  hasRegionalTaxRates(country: string): Promise<boolean>;
  /** The active methods of the zone holding `country` (or of the rest-of-world zone), in display order. */
  shippingMethods(country: string): Promise<ShippingMethod[]>;
  /** A code by its text, case-insensitively. */
  discountByCode(code: string): Promise<DiscountCode | null>;
  discountById(id: string): Promise<DiscountCode | null>;
  /** Whether `customer` (a `customerKey` of an email) has an order that redeemed this code. */
  hasRedeemed(discountCodeId: string, customer: string): Promise<boolean>;
  /** Adds rules in one transaction. */
  insertRules(rules: NewShopRules): Promise<void>;
  /** True when any shipping zone exists; the seed uses it to leave configured shops alone. */
  hasRules(): Promise<boolean>;
}
