import type { Statement } from 'better-sqlite3';
import type { OpenedSqlite } from '../../db/open.ts';
import {
  discountCodes,
  shippingMethods,
  shippingRates,
  shippingZoneCountries,
  shippingZones,
  taxRates,
} from '../../db/schema.ts';
import { newId } from '../ids.ts';
import type {
  AdminEdit,
  DiscountCodeCursor,
  DiscountCodeFilter,
  DiscountCodeRecord,
  NewDiscountCodeRecord,
  NewTaxRateRecord,
  ShippingZoneInput,
  ShippingZoneRecord,
  TaxRateChange,
  TaxRateRecord,
} from '../rules-admin.ts';
import type { DiscountCode, NewShopRules, RulesRepository, ShippingMethod, TaxRate } from '../rules.ts';
import { SqliteDiscountCodeAdmin } from './discount-code-admin.ts';
import { SqliteShippingZoneAdmin } from './shipping-zone-admin.ts';
import { SqliteTaxRateAdmin } from './tax-rate-admin.ts';

type TaxRow = { name: string; rate_ppm: number; inclusive: number; applies_to_shipping: number };

type MethodRow = {
  id: string;
  name: string;
  description: string;
  min_days: number;
  max_days: number;
  basis: 'subtotal' | 'weight';
  free_above: number | null;
  from_value: number | null;
  to_value: number | null;
  price: number | null;
};

export type DiscountRow = {
  id: string;
  code: string;
  kind: DiscountCode['kind'];
  value: number;
  description: string;
  min_subtotal: number;
  starts_at: string | null;
  ends_at: string | null;
  usage_limit: number | null;
  times_used: number;
  once_per_customer: number;
  active: number;
};

const DISCOUNT_COLUMNS = `id, code, kind, value, description, min_subtotal, starts_at, ends_at, usage_limit, times_used,
  once_per_customer, active`;

export function toDiscount(row: DiscountRow): DiscountCode {
  return {
    id: row.id,
    code: row.code,
    kind: row.kind,
    value: row.value,
    description: row.description,
    minSubtotal: row.min_subtotal,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    usageLimit: row.usage_limit,
    timesUsed: row.times_used,
    oncePerCustomer: row.once_per_customer === 1,
    active: row.active === 1,
  };
}

/** Rows of methods joined with their bands, in order, folded into methods. */
function toMethods(rows: MethodRow[]): ShippingMethod[] {
  const methods: ShippingMethod[] = [];
  for (const row of rows) {
    let method = methods.at(-1);
    if (method?.id !== row.id) {
      method = {
        id: row.id,
        name: row.name,
        description: row.description,
        minDays: row.min_days,
        maxDays: row.max_days,
        basis: row.basis,
        freeAbove: row.free_above,
        rates: [],
      };
      methods.push(method);
    }
    if (row.from_value !== null && row.price !== null)
      method.rates.push({ from: row.from_value, to: row.to_value, price: row.price });
  }
  return methods;
}

/** Tax, shipping and discount rules on SQLite; every read is one prepared statement. */
export class SqliteRulesRepository implements RulesRepository {
  readonly #db: OpenedSqlite['db'];
  readonly #taxRate: Statement<[string, string], TaxRow>;
  readonly #regional: Statement<[string], { found: number }>;
  readonly #methods: Statement<[string], MethodRow>;
  readonly #discountByCode: Statement<[string], DiscountRow>;
  readonly #discountById: Statement<[string], DiscountRow>;
  readonly #redeemed: Statement<[string, string], { found: number }>;
  readonly #hasZones: Statement<[], { found: number }>;
  readonly #taxRates: SqliteTaxRateAdmin;
  readonly #zones: SqliteShippingZoneAdmin;
  readonly #codes: SqliteDiscountCodeAdmin;

  constructor(opened: OpenedSqlite) {
    const { sqlite } = opened;
    this.#db = opened.db;
    this.#taxRates = new SqliteTaxRateAdmin(sqlite);
    this.#zones = new SqliteShippingZoneAdmin(sqlite);
    this.#codes = new SqliteDiscountCodeAdmin(sqlite);
    // '' sorts before any region, so DESC puts the region's own rate before the country-wide one.
    this.#taxRate = sqlite.prepare(`
      SELECT name, rate_ppm, inclusive, applies_to_shipping FROM tax_rates
      WHERE country = ? AND region IN (?, '') ORDER BY region DESC LIMIT 1`);
    this.#regional = sqlite.prepare(`SELECT 1 AS found FROM tax_rates WHERE country = ? AND region <> '' LIMIT 1`);
    this.#methods = sqlite.prepare(`
      SELECT m.id, m.name, m.description, m.min_days, m.max_days, m.basis, m.free_above,
        r.from_value, r.to_value, r.price
      FROM shipping_methods m LEFT JOIN shipping_rates r ON r.method_id = m.id
      WHERE m.active = 1 AND m.zone_id = coalesce(
        (SELECT zone_id FROM shipping_zone_countries WHERE country = ?),
        (SELECT id FROM shipping_zones WHERE rest_of_world = 1 ORDER BY id LIMIT 1))
      ORDER BY m.position, m.id, r.from_value`);
    this.#discountByCode = sqlite.prepare(
      `SELECT ${DISCOUNT_COLUMNS} FROM discount_codes WHERE code = ? COLLATE NOCASE`,
    );
    this.#discountById = sqlite.prepare(`SELECT ${DISCOUNT_COLUMNS} FROM discount_codes WHERE id = ?`);
    this.#redeemed = sqlite.prepare(
      'SELECT 1 AS found FROM discount_redemptions WHERE discount_code_id = ? AND customer = ?',
    );
    this.#hasZones = sqlite.prepare('SELECT 1 AS found FROM shipping_zones LIMIT 1');
  }

  async taxRate(country: string, region: string | null): Promise<TaxRate | null> {
    const row = this.#taxRate.get(country, region ?? '');
    if (!row) return null;
    return {
      name: row.name,
      ratePpm: row.rate_ppm,
      inclusive: row.inclusive === 1,
      appliesToShipping: row.applies_to_shipping === 1,
    };
  }

  async hasRegionalTaxRates(country: string): Promise<boolean> {
    return this.#regional.get(country) !== undefined;
  }

  async shippingMethods(country: string): Promise<ShippingMethod[]> {
    return toMethods(this.#methods.all(country));
  }

  async discountByCode(code: string): Promise<DiscountCode | null> {
    const row = this.#discountByCode.get(code);
    return row ? toDiscount(row) : null;
  }

  async discountById(id: string): Promise<DiscountCode | null> {
    const row = this.#discountById.get(id);
    return row ? toDiscount(row) : null;
  }

  async hasRedeemed(discountCodeId: string, customer: string): Promise<boolean> {
    return this.#redeemed.get(discountCodeId, customer) !== undefined;
  }

  async hasRules(): Promise<boolean> {
    return this.#hasZones.get() !== undefined;
  }

  async insertRules(rules: NewShopRules): Promise<void> {
    const createdAt = new Date().toISOString();
    this.#db.transaction((tx) => {
      for (const rate of rules.taxRates) {
        tx.insert(taxRates)
          .values({ ...rate, region: rate.region?.toUpperCase() ?? '' })
          .run();
      }
      for (const zone of rules.shippingZones) {
        tx.insert(shippingZones).values({ id: zone.id, name: zone.name, restOfWorld: zone.restOfWorld }).run();
        for (const country of zone.countries)
          tx.insert(shippingZoneCountries).values({ country, zoneId: zone.id }).run();
        zone.methods.forEach(({ rates, ...method }, position) => {
          tx.insert(shippingMethods)
            .values({ ...method, zoneId: zone.id, position })
            .run();
          for (const rate of rates)
            tx.insert(shippingRates)
              .values({ methodId: method.id, ...rate })
              .run();
        });
      }
      for (const discount of rules.discountCodes) {
        tx.insert(discountCodes)
          .values({ id: newId('disc'), ...discount, createdAt })
          .run();
      }
    });
  }

  async listTaxRates(country: string | null): Promise<TaxRateRecord[]> {
    return this.#taxRates.list(country);
  }

  async findTaxRate(id: string): Promise<TaxRateRecord | null> {
    return this.#taxRates.find(id);
  }

  async createTaxRate(rate: NewTaxRateRecord, edit: AdminEdit): Promise<TaxRateRecord> {
    return this.#taxRates.create(rate, edit);
  }

  async updateTaxRate(id: string, version: number, change: TaxRateChange, edit: AdminEdit): Promise<TaxRateRecord> {
    return this.#taxRates.update(id, version, change, edit);
  }

  async deleteTaxRate(id: string, version: number, edit: AdminEdit): Promise<void> {
    this.#taxRates.delete(id, version, edit);
  }

  async listShippingZones(): Promise<ShippingZoneRecord[]> {
    return this.#zones.list();
  }

  async findShippingZone(id: string): Promise<ShippingZoneRecord | null> {
    return this.#zones.find(id);
  }

  async createShippingZone(zone: ShippingZoneInput, edit: AdminEdit): Promise<ShippingZoneRecord> {
    return this.#zones.create(zone, edit);
  }

  async replaceShippingZone(zone: ShippingZoneInput, version: number, edit: AdminEdit): Promise<ShippingZoneRecord> {
    return this.#zones.replace(zone, version, edit);
  }

  async deleteShippingZone(id: string, version: number, edit: AdminEdit): Promise<void> {
    this.#zones.delete(id, version, edit);
  }

  async listDiscountCodes(
    filter: DiscountCodeFilter,
    after: DiscountCodeCursor | null,
    limit: number,
  ): Promise<DiscountCodeRecord[]> {
    return this.#codes.list(filter, after, limit);
  }

  async findDiscountCode(id: string): Promise<DiscountCodeRecord | null> {
    return this.#codes.find(id);
  }

  async createDiscountCode(code: NewDiscountCodeRecord, edit: AdminEdit): Promise<DiscountCodeRecord> {
    return this.#codes.create(code, edit);
  }

  async updateDiscountCode(
    id: string,
    version: number,
    code: NewDiscountCodeRecord,
    edit: AdminEdit,
  ): Promise<DiscountCodeRecord> {
    return this.#codes.update(id, version, code, edit);
  }
}
