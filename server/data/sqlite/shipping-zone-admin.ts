import type { Database, Statement } from 'better-sqlite3';
import { ShippingZoneConflictError } from '../../shipping/errors.ts';
import { insertAuditEntry } from './audit-log.ts';
import { refuseEdit } from './edit-version.ts';
import type { AdminEdit, ShippingZoneInput, ShippingZoneRecord } from '../rules-admin.ts';
import type { ShippingMethod } from '../rules.ts';

type ZoneRow = { id: string; name: string; rest_of_world: number; version: number };
type MethodRow = {
  id: string;
  zone_id: string;
  name: string;
  description: string;
  min_days: number;
  max_days: number;
  basis: ShippingMethod['basis'];
  free_above: number | null;
  active: number;
};
type RateRow = { method_id: string; from_value: number; to_value: number | null; price: number };

const WHAT = 'The shipping zone';

/**
 * Shipping zones as the admin edits them: a zone with its countries, methods and rate bands is one thing with
 * one version, replaced whole by an edit in one transaction, which is audited with it.
 */
export class SqliteShippingZoneAdmin {
  readonly #zones: Statement<[], ZoneRow>;
  readonly #countries: Statement<[], { country: string; zone_id: string }>;
  readonly #methods: Statement<[], MethodRow>;
  readonly #rates: Statement<[], RateRow>;
  readonly #zoneOfCountry: Statement<[string], { zone_id: string }>;
  readonly #zoneOfMethod: Statement<[string], { zone_id: string }>;
  readonly #restOfWorld: Statement<[], { id: string }>;
  readonly #versionOf: Statement<[string | number], { version: number }>;
  readonly #create: (zone: ShippingZoneInput, edit: AdminEdit) => ShippingZoneRecord;
  readonly #replace: (zone: ShippingZoneInput, version: number, edit: AdminEdit) => ShippingZoneRecord;
  readonly #remove: (id: string, version: number, edit: AdminEdit) => void;

  constructor(sqlite: Database) {
    this.#zones = sqlite.prepare(
      'SELECT id, name, rest_of_world, version FROM shipping_zones ORDER BY rest_of_world, name, id',
    );
    this.#countries = sqlite.prepare('SELECT country, zone_id FROM shipping_zone_countries ORDER BY country');
    this.#methods = sqlite.prepare(`
      SELECT id, zone_id, name, description, min_days, max_days, basis, free_above, active
      FROM shipping_methods ORDER BY position, id`);
    this.#rates = sqlite.prepare(
      'SELECT method_id, from_value, to_value, price FROM shipping_rates ORDER BY from_value',
    );
    this.#zoneOfCountry = sqlite.prepare('SELECT zone_id FROM shipping_zone_countries WHERE country = ?');
    this.#zoneOfMethod = sqlite.prepare('SELECT zone_id FROM shipping_methods WHERE id = ?');
    this.#restOfWorld = sqlite.prepare('SELECT id FROM shipping_zones WHERE rest_of_world = 1');
    this.#versionOf = sqlite.prepare('SELECT version FROM shipping_zones WHERE id = ?');

    const insertZone = sqlite.prepare('INSERT INTO shipping_zones (id, name, rest_of_world) VALUES (?, ?, ?)');
    const updateZone = sqlite.prepare(`
      UPDATE shipping_zones SET name = ?, rest_of_world = ?, version = version + 1 WHERE id = ? AND version = ?`);
    const deleteZone = sqlite.prepare('DELETE FROM shipping_zones WHERE id = ? AND version = ?');
    const insertCountry = sqlite.prepare('INSERT INTO shipping_zone_countries (country, zone_id) VALUES (?, ?)');
    const clearCountries = sqlite.prepare('DELETE FROM shipping_zone_countries WHERE zone_id = ?');
    // Methods go with their bands (ON DELETE CASCADE); carts and orders keep a method's id as text only.
    const clearMethods = sqlite.prepare('DELETE FROM shipping_methods WHERE zone_id = ?');
    const insertMethod = sqlite.prepare(`
      INSERT INTO shipping_methods (id, zone_id, position, name, description, min_days, max_days, basis, free_above, active)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertRate = sqlite.prepare(
      'INSERT INTO shipping_rates (method_id, from_value, to_value, price) VALUES (?, ?, ?, ?)',
    );

    const writeContents = (zone: ShippingZoneInput) => {
      this.#refuseTaken(zone);
      clearCountries.run(zone.id);
      clearMethods.run(zone.id);
      for (const country of zone.countries) insertCountry.run(country, zone.id);
      zone.methods.forEach((method, position) => {
        insertMethod.run(
          method.id,
          zone.id,
          position,
          method.name,
          method.description,
          method.minDays,
          method.maxDays,
          method.basis,
          method.freeAbove,
          method.active ? 1 : 0,
        );
        for (const rate of method.rates) insertRate.run(method.id, rate.from, rate.to, rate.price);
      });
    };
    const audit = (edit: AdminEdit, action: string, id: string, before: unknown, after: unknown) =>
      insertAuditEntry(
        sqlite,
        { actor: edit.actor, action, entity: 'shipping_zone', entityId: id, before, after },
        edit.at,
      );

    this.#create = sqlite.transaction((zone: ShippingZoneInput, edit: AdminEdit) => {
      insertZone.run(zone.id, zone.name, zone.restOfWorld ? 1 : 0);
      writeContents(zone);
      const after = this.find(zone.id) as ShippingZoneRecord;
      audit(edit, 'shipping_zone.create', zone.id, null, after);
      return after;
    });
    this.#replace = sqlite.transaction((zone: ShippingZoneInput, version: number, edit: AdminEdit) => {
      const before = this.find(zone.id);
      if (!before || updateZone.run(zone.name, zone.restOfWorld ? 1 : 0, zone.id, version).changes === 0) {
        refuseEdit(this.#versionOf, zone.id, WHAT);
      }
      writeContents(zone);
      const after = this.find(zone.id) as ShippingZoneRecord;
      audit(edit, 'shipping_zone.update', zone.id, before, after);
      return after;
    });
    this.#remove = sqlite.transaction((id: string, version: number, edit: AdminEdit) => {
      const before = this.find(id);
      if (!before || deleteZone.run(id, version).changes === 0) refuseEdit(this.#versionOf, id, WHAT);
      audit(edit, 'shipping_zone.delete', id, before, null);
    });
  }

  /** `conflict` for what another zone holds: one of the countries, a method id, or the rest of the world. */
  #refuseTaken(zone: ShippingZoneInput): void {
    for (const country of zone.countries) {
      const holder = this.#zoneOfCountry.get(country)?.zone_id;
      if (holder && holder !== zone.id) {
        throw new ShippingZoneConflictError(`${country} is in another zone already.`, { country, zoneId: holder });
      }
    }
    for (const method of zone.methods) {
      const holder = this.#zoneOfMethod.get(method.id)?.zone_id;
      if (holder && holder !== zone.id) {
        throw new ShippingZoneConflictError(`The method ${method.id} belongs to another zone.`, {
          methodId: method.id,
          zoneId: holder,
        });
      }
    }
    const world = this.#restOfWorld.all().find((row) => row.id !== zone.id);
    if (zone.restOfWorld && world) {
      throw new ShippingZoneConflictError('Another zone is the rest of the world already.', { zoneId: world.id });
    }
  }

  list(): ShippingZoneRecord[] {
    const countries = this.#countries.all();
    const rates = this.#rates.all();
    const methods = this.#methods.all();
    return this.#zones.all().map((zone) => ({
      id: zone.id,
      name: zone.name,
      restOfWorld: zone.rest_of_world === 1,
      version: zone.version,
      countries: countries.filter((row) => row.zone_id === zone.id).map((row) => row.country),
      methods: methods
        .filter((method) => method.zone_id === zone.id)
        .map((method) => ({
          id: method.id,
          name: method.name,
          description: method.description,
          minDays: method.min_days,
          maxDays: method.max_days,
          basis: method.basis,
          freeAbove: method.free_above,
          active: method.active === 1,
          rates: rates
            .filter((rate) => rate.method_id === method.id)
            .map((rate) => ({ from: rate.from_value, to: rate.to_value, price: rate.price })),
        })),
    }));
  }

  find(id: string): ShippingZoneRecord | null {
    return this.list().find((zone) => zone.id === id) ?? null;
  }

  create(zone: ShippingZoneInput, edit: AdminEdit): ShippingZoneRecord {
    return this.#create(zone, edit);
  }

  replace(zone: ShippingZoneInput, version: number, edit: AdminEdit): ShippingZoneRecord {
    return this.#replace(zone, version, edit);
  }

  delete(id: string, version: number, edit: AdminEdit): void {
    this.#remove(id, version, edit);
  }
}
