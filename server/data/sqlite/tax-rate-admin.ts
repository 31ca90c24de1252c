import type { Database, Statement } from 'better-sqlite3';
import { TaxRateExistsError } from '../../tax/errors.ts';
import { insertAuditEntry } from './audit-log.ts';
import { refuseEdit } from './edit-version.ts';
import {
  taxRateId,
  type AdminEdit,
  type NewTaxRateRecord,
  type TaxRateChange,
  type TaxRateRecord,
} from '../rules-admin.ts';

type Row = {
  id: number;
  country: string;
  region: string;
  name: string;
  rate_ppm: number;
  inclusive: number;
  applies_to_shipping: number;
  version: number;
};

const COLUMNS = 'id, country, region, name, rate_ppm, inclusive, applies_to_shipping, version';
const WHAT = 'The tax rate';

function toRecord(row: Row): TaxRateRecord {
  return {
    id: taxRateId(row.id),
    country: row.country,
    // Stored as '' (not NULL) so that the unique index holds.
    region: row.region || null,
    name: row.name,
    ratePpm: row.rate_ppm,
    inclusive: row.inclusive === 1,
    appliesToShipping: row.applies_to_shipping === 1,
    version: row.version,
  };
}

/** `txr_12` → 12; null for anything else, which names no rate. */
function rowId(id: string): number | null {
  const match = /^txr_(\d{1,15})$/.exec(id);
  return match ? Number(match[1]) : null;
}

const flag = (value: boolean | undefined) => (value === undefined ? null : value ? 1 : 0);

/** Tax rates as the admin edits them: each write checks the version it names and is audited in its transaction. */
export class SqliteTaxRateAdmin {
  readonly #all: Statement<[], Row>;
  readonly #byCountry: Statement<[string], Row>;
  readonly #byId: Statement<[number], Row>;
  readonly #byDestination: Statement<[string, string], Row>;
  readonly #insert: Statement<[string, string, string, number, number, number], Row>;
  readonly #update: Statement<[string | null, number | null, number | null, number | null, number, number], Row>;
  readonly #delete: Statement<[number, number]>;
  readonly #versionOf: Statement<[string | number], { version: number }>;
  readonly #create: (rate: NewTaxRateRecord, edit: AdminEdit) => TaxRateRecord;
  readonly #change: (id: number, version: number, change: TaxRateChange, edit: AdminEdit) => TaxRateRecord;
  readonly #remove: (id: number, version: number, edit: AdminEdit) => void;

  constructor(sqlite: Database) {
    this.#all = sqlite.prepare(`SELECT ${COLUMNS} FROM tax_rates ORDER BY country, region`);
    this.#byCountry = sqlite.prepare(`SELECT ${COLUMNS} FROM tax_rates WHERE country = ? ORDER BY region`);
    this.#byId = sqlite.prepare(`SELECT ${COLUMNS} FROM tax_rates WHERE id = ?`);
    this.#byDestination = sqlite.prepare(`SELECT ${COLUMNS} FROM tax_rates WHERE country = ? AND region = ?`);
    this.#insert = sqlite.prepare(`
      INSERT INTO tax_rates (country, region, name, rate_ppm, inclusive, applies_to_shipping)
      VALUES (?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`);
    this.#update = sqlite.prepare(`
      UPDATE tax_rates SET name = coalesce(?, name), rate_ppm = coalesce(?, rate_ppm),
        inclusive = coalesce(?, inclusive), applies_to_shipping = coalesce(?, applies_to_shipping),
        version = version + 1
      WHERE id = ? AND version = ? RETURNING ${COLUMNS}`);
    this.#delete = sqlite.prepare('DELETE FROM tax_rates WHERE id = ? AND version = ?');
    this.#versionOf = sqlite.prepare('SELECT version FROM tax_rates WHERE id = ?');

    this.#create = sqlite.transaction((rate: NewTaxRateRecord, edit: AdminEdit) => {
      const existing = this.#byDestination.get(rate.country, rate.region ?? '');
      if (existing) {
        throw new TaxRateExistsError([rate.country, rate.region].filter(Boolean).join('-'), taxRateId(existing.id));
      }
      const row = this.#insert.get(
        rate.country,
        rate.region ?? '',
        rate.name,
        rate.ratePpm,
        rate.inclusive ? 1 : 0,
        rate.appliesToShipping ? 1 : 0,
      ) as Row;
      const after = toRecord(row);
      insertAuditEntry(sqlite, { ...this.#entry(edit, 'tax_rate.create', after.id), before: null, after }, edit.at);
      return after;
    });
    this.#change = sqlite.transaction((id: number, version: number, change: TaxRateChange, edit: AdminEdit) => {
      const before = this.#byId.get(id);
      const row = this.#update.get(
        change.name ?? null,
        change.ratePpm ?? null,
        flag(change.inclusive),
        flag(change.appliesToShipping),
        id,
        version,
      );
      if (!before || !row) refuseEdit(this.#versionOf, id, WHAT);
      const after = toRecord(row);
      insertAuditEntry(
        sqlite,
        { ...this.#entry(edit, 'tax_rate.update', after.id), before: toRecord(before), after },
        edit.at,
      );
      return after;
    });
    this.#remove = sqlite.transaction((id: number, version: number, edit: AdminEdit) => {
      const before = this.#byId.get(id);
      if (!before || this.#delete.run(id, version).changes === 0) refuseEdit(this.#versionOf, id, WHAT);
      const record = toRecord(before);
      insertAuditEntry(
        sqlite,
        { ...this.#entry(edit, 'tax_rate.delete', record.id), before: record, after: null },
        edit.at,
      );
    });
  }

  #entry(edit: AdminEdit, action: string, entityId: string) {
    return { actor: edit.actor, action, entity: 'tax_rate' as const, entityId };
  }

  list(country: string | null): TaxRateRecord[] {
    return (country === null ? this.#all.all() : this.#byCountry.all(country)).map(toRecord);
  }

  find(id: string): TaxRateRecord | null {
    const row = rowId(id);
    const found = row === null ? undefined : this.#byId.get(row);
    return found ? toRecord(found) : null;
  }

  create(rate: NewTaxRateRecord, edit: AdminEdit): TaxRateRecord {
    return this.#create(rate, edit);
  }

  update(id: string, version: number, change: TaxRateChange, edit: AdminEdit): TaxRateRecord {
    const row = rowId(id);
    if (row === null) refuseEdit(this.#versionOf, -1, WHAT);
    return this.#change(row, version, change, edit);
  }

  delete(id: string, version: number, edit: AdminEdit): void {
    const row = rowId(id);
    if (row === null) refuseEdit(this.#versionOf, -1, WHAT);
    this.#remove(row, version, edit);
  }
}
