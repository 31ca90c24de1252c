import type { Database, Statement } from 'better-sqlite3';
import { DiscountCodeExistsError } from '../../discounts/errors.ts';
import { newId } from '../ids.ts';
import { insertAuditEntry } from './audit-log.ts';
import { refuseEdit } from './edit-version.ts';
import { toDiscount, type DiscountRow } from './rules-repository.ts';
import type {
  AdminEdit,
  DiscountCodeCursor,
  DiscountCodeFilter,
  DiscountCodeRecord,
  NewDiscountCodeRecord,
} from '../rules-admin.ts';

type Row = DiscountRow & { created_at: string; version: number };

const COLUMNS = `id, code, kind, value, description, min_subtotal, starts_at, ends_at, usage_limit, times_used,
  once_per_customer, active, created_at, version`;
const WHAT = 'The discount code';

type ListParams = [
  { search: string | null; active: number | null; afterAt: string | null; afterId: string | null; limit: number },
];
/** The columns an edit writes, in statement order; `times_used` is the redemptions' alone. */
type Fields = [string, string, number, string, number, string | null, string | null, number | null, number, number];

function toRecord(row: Row): DiscountCodeRecord {
  return { ...toDiscount(row), createdAt: row.created_at, version: row.version };
}

const fields = (code: NewDiscountCodeRecord): Fields => [
  code.code,
  code.kind,
  code.value,
  code.description,
  code.minSubtotal,
  code.startsAt,
  code.endsAt,
  code.usageLimit,
  code.oncePerCustomer ? 1 : 0,
  code.active ? 1 : 0,
];

/** `%` and `_` are plain characters in a search. */
const likePattern = (search: string) => `%${search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** Discount codes as the admin lists and edits them; each write checks its version and is audited with it. */
export class SqliteDiscountCodeAdmin {
  readonly #list: Statement<ListParams, Row>;
  readonly #byId: Statement<[string], Row>;
  readonly #byCode: Statement<[string], { id: string }>;
  readonly #versionOf: Statement<[string | number], { version: number }>;
  readonly #create: (code: NewDiscountCodeRecord, edit: AdminEdit) => DiscountCodeRecord;
  readonly #update: (id: string, version: number, code: NewDiscountCodeRecord, edit: AdminEdit) => DiscountCodeRecord;

  constructor(sqlite: Database) {
    this.#list = sqlite.prepare(`
      SELECT ${COLUMNS} FROM discount_codes
      WHERE (@search IS NULL OR code LIKE @search ESCAPE '\\' OR description LIKE @search ESCAPE '\\')
        AND (@active IS NULL OR active = @active)
        AND (@afterAt IS NULL OR (created_at, id) < (@afterAt, @afterId))
      ORDER BY created_at DESC, id DESC LIMIT @limit`);
    this.#byId = sqlite.prepare(`SELECT ${COLUMNS} FROM discount_codes WHERE id = ?`);
    this.#byCode = sqlite.prepare('SELECT id FROM discount_codes WHERE code = ? COLLATE NOCASE');
    this.#versionOf = sqlite.prepare('SELECT version FROM discount_codes WHERE id = ?');
    const insert = sqlite.prepare<[string, ...Fields, string], Row>(`
      INSERT INTO discount_codes (id, code, kind, value, description, min_subtotal, starts_at, ends_at, usage_limit,
        once_per_customer, active, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${COLUMNS}`);
    const update = sqlite.prepare<[...Fields, string, number], Row>(`
      UPDATE discount_codes SET code = ?, kind = ?, value = ?, description = ?, min_subtotal = ?, starts_at = ?,
        ends_at = ?, usage_limit = ?, once_per_customer = ?, active = ?, version = version + 1
      WHERE id = ? AND version = ? RETURNING ${COLUMNS}`);
    const audit = (edit: AdminEdit, action: string, id: string, before: unknown, after: unknown) =>
      insertAuditEntry(
        sqlite,
        { actor: edit.actor, action, entity: 'discount_code', entityId: id, before, after },
        edit.at,
      );
    const refuseTaken = (code: string, id: string | null) => {
      const holder = this.#byCode.get(code);
      if (holder && holder.id !== id) throw new DiscountCodeExistsError(code);
    };

    this.#create = sqlite.transaction((code: NewDiscountCodeRecord, edit: AdminEdit) => {
      refuseTaken(code.code, null);
      const after = toRecord(insert.get(newId('disc'), ...fields(code), edit.at) as Row);
      audit(edit, 'discount_code.create', after.id, null, after);
      return after;
    });
    this.#update = sqlite.transaction((id: string, version: number, code: NewDiscountCodeRecord, edit: AdminEdit) => {
      const before = this.#byId.get(id);
      if (!before) refuseEdit(this.#versionOf, id, WHAT);
      refuseTaken(code.code, id);
      const row = update.get(...fields(code), id, version);
      if (!row) refuseEdit(this.#versionOf, id, WHAT);
      const after = toRecord(row);
      const action =
        before.active !== row.active
          ? row.active
            ? 'discount_code.enable'
            : 'discount_code.disable'
          : 'discount_code.update';
      audit(edit, action, id, toRecord(before), after);
      return after;
    });
  }

  list(filter: DiscountCodeFilter, after: DiscountCodeCursor | null, limit: number): DiscountCodeRecord[] {
    const active = filter.active === null ? null : filter.active ? 1 : 0;
    const search = filter.search === null ? null : likePattern(filter.search);
    return this.#list
      .all({ search, active, afterAt: after?.createdAt ?? null, afterId: after?.id ?? null, limit })
      .map(toRecord);
  }

  find(id: string): DiscountCodeRecord | null {
    const row = this.#byId.get(id);
    return row ? toRecord(row) : null;
  }

  create(code: NewDiscountCodeRecord, edit: AdminEdit): DiscountCodeRecord {
    return this.#create(code, edit);
  }

  update(id: string, version: number, code: NewDiscountCodeRecord, edit: AdminEdit): DiscountCodeRecord {
    return this.#update(id, version, code, edit);
  }
}
