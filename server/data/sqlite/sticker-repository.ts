import type { Database, Statement } from 'better-sqlite3';
import type { SizeUnit, StickerFinish, StickerShape } from '../../../sdk/schemas/index.ts';
import type { AdminEdit } from '../admin-edit.ts';
import type {
  CurrentStickerTables,
  StickerLimits,
  StickerPriceBreak,
  StickerPriceTables,
  StickerRepository,
} from '../stickers.ts';
import { insertAuditEntry } from './audit-log.ts';
import { refuseEdit } from './edit-version.ts';

type ChoiceRow = { code: string; name: string; description: string; factor_bp: number };
type MaterialRow = ChoiceRow & { finishes: string };
type LimitsRow = {
  min_side_mm: number;
  max_side_mm: number;
  max_quantity: number;
  min_billable_area_mm2: number;
  version: number;
};

const WHAT = 'The sticker price tables';

/** Sticker price tables on SQLite: small tables read whole, with statements prepared once. */
export class SqliteStickerRepository implements StickerRepository {
  readonly #materials: Statement<[], MaterialRow>;
  readonly #shapes: Statement<[], ChoiceRow>;
  readonly #finishes: Statement<[], ChoiceRow>;
  readonly #breaks: Statement<[], { quantity: number; rate_milli: number; tier: number }>;
  readonly #presets: Statement<[], { label: string; width: number; height: number; unit: SizeUnit }>;
  readonly #limits: Statement<[], LimitsRow>;
  readonly #read: () => CurrentStickerTables | null;
  readonly #insert: (tables: StickerPriceTables) => void;
  readonly #replace: (tables: StickerPriceTables, version: number, edit: AdminEdit) => CurrentStickerTables;
  readonly #snapshot: Statement<[number], { tables: string }>;

  constructor(sqlite: Database) {
    this.#materials = sqlite.prepare(
      'SELECT code, name, description, factor_bp, finishes FROM sticker_materials WHERE active = 1 ORDER BY position, code',
    );
    this.#shapes = sqlite.prepare(
      'SELECT code, name, description, factor_bp FROM sticker_shapes WHERE active = 1 ORDER BY position, code',
    );
    this.#finishes = sqlite.prepare(
      'SELECT code, name, description, factor_bp FROM sticker_finishes ORDER BY position, code',
    );
    this.#breaks = sqlite.prepare('SELECT quantity, rate_milli, tier FROM sticker_price_breaks ORDER BY quantity');
    this.#presets = sqlite.prepare('SELECT label, width, height, unit FROM sticker_size_presets ORDER BY position, id');
    this.#limits = sqlite.prepare(
      'SELECT min_side_mm, max_side_mm, max_quantity, min_billable_area_mm2, version FROM sticker_settings WHERE id = 1',
    );

    const insertMaterial = sqlite.prepare(
      'INSERT INTO sticker_materials (code, position, name, description, factor_bp, finishes) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const insertShape = sqlite.prepare(
      'INSERT INTO sticker_shapes (code, position, name, description, factor_bp) VALUES (?, ?, ?, ?, ?)',
    );
    const insertFinish = sqlite.prepare(
      'INSERT INTO sticker_finishes (code, position, name, description, factor_bp) VALUES (?, ?, ?, ?, ?)',
    );
    const insertBreak = sqlite.prepare(
      'INSERT INTO sticker_price_breaks (quantity, rate_milli, tier) VALUES (?, ?, ?)',
    );
    const insertPreset = sqlite.prepare(
      'INSERT INTO sticker_size_presets (position, label, width, height, unit) VALUES (?, ?, ?, ?, ?)',
    );
    const insertLimits = sqlite.prepare(`
      INSERT INTO sticker_settings (id, min_side_mm, max_side_mm, max_quantity, min_billable_area_mm2) VALUES (1, ?, ?, ?, ?)`);

    this.#read = sqlite.transaction((): CurrentStickerTables | null => {
      const limits = this.#limits.get();
      const breaks: StickerPriceBreak[] = this.#breaks
        .all()
        .map((row) => ({ quantity: row.quantity, rateMilli: row.rate_milli, tier: row.tier === 1 }));
      if (!limits || breaks.length === 0) return null;
      const choice = (row: ChoiceRow) => ({ name: row.name, description: row.description, factorBp: row.factor_bp });
      return {
        materials: this.#materials
          .all()
          .map((row) => ({ code: row.code, ...choice(row), finishes: JSON.parse(row.finishes) as StickerFinish[] })),
        shapes: this.#shapes.all().map((row) => ({ code: row.code as StickerShape, ...choice(row) })),
        finishes: this.#finishes.all().map((row) => ({ code: row.code as StickerFinish, ...choice(row) })),
        breaks,
        presets: this.#presets.all(),
        limits: toLimits(limits),
        version: limits.version,
      };
    });
    const clear = [
      'sticker_materials',
      'sticker_shapes',
      'sticker_finishes',
      'sticker_price_breaks',
      'sticker_size_presets',
    ].map((table) => sqlite.prepare(`DELETE FROM ${table}`));
    const updateLimits = sqlite.prepare(`
      UPDATE sticker_settings SET min_side_mm = ?, max_side_mm = ?, max_quantity = ?, min_billable_area_mm2 = ?,
        version = version + 1
      WHERE id = 1 AND version = ?`);
    const keep = sqlite.prepare(
      'INSERT OR IGNORE INTO sticker_price_versions (version, tables, created_at) VALUES (?, ?, ?)',
    );
    const versionOf = sqlite.prepare<[string | number], { version: number }>(
      'SELECT version FROM sticker_settings WHERE id = ?',
    );
    this.#snapshot = sqlite.prepare('SELECT tables FROM sticker_price_versions WHERE version = ?');
    const insertRows = (tables: StickerPriceTables) => {
      tables.materials.forEach((m, position) =>
        insertMaterial.run(m.code, position, m.name, m.description, m.factorBp, JSON.stringify(m.finishes)),
      );
      tables.shapes.forEach((s, position) => insertShape.run(s.code, position, s.name, s.description, s.factorBp));
      tables.finishes.forEach((f, position) => insertFinish.run(f.code, position, f.name, f.description, f.factorBp));
      for (const b of tables.breaks) insertBreak.run(b.quantity, b.rateMilli, b.tier ? 1 : 0);
      tables.presets.forEach((p, position) => insertPreset.run(position, p.label, p.width, p.height, p.unit));
    };
    this.#insert = sqlite.transaction((tables: StickerPriceTables) => {
      insertRows(tables);
      const { limits } = tables;
      insertLimits.run(limits.minSideMm, limits.maxSideMm, limits.maxQuantity, limits.minBillableAreaMm2);
    });
    this.#replace = sqlite.transaction((tables: StickerPriceTables, version: number, edit: AdminEdit) => {
      const current = this.#read();
      const { limits } = tables;
      const changed = updateLimits.run(
        limits.minSideMm,
        limits.maxSideMm,
        limits.maxQuantity,
        limits.minBillableAreaMm2,
        version,
      );
      if (!current || changed.changes === 0) refuseEdit(versionOf, 1, WHAT);
      const { version: replaced, ...before } = current;
      // Lines in carts keep the prices they were added at: the replaced tables stay readable by their version.
      keep.run(replaced, JSON.stringify(before), edit.at);
      for (const statement of clear) statement.run();
      insertRows(tables);
      const after = this.#read() as CurrentStickerTables;
      insertAuditEntry(
        sqlite,
        {
          actor: edit.actor,
          action: 'sticker_prices.update',
          entity: 'sticker_prices',
          entityId: 'sticker_prices',
          before: current,
          after,
        },
        edit.at,
      );
      return after;
    });
  }

  async tables(): Promise<CurrentStickerTables | null> {
    return this.#read();
  }

  async tablesAt(version: number): Promise<StickerPriceTables | null> {
    const row = this.#snapshot.get(version);
    return row ? (JSON.parse(row.tables) as StickerPriceTables) : null;
  }

  async replaceTables(tables: StickerPriceTables, version: number, edit: AdminEdit): Promise<CurrentStickerTables> {
    return this.#replace(tables, version, edit);
  }

  async insertTables(tables: StickerPriceTables): Promise<void> {
    this.#insert(tables);
  }
}

function toLimits(row: LimitsRow): StickerLimits {
  return {
    minSideMm: row.min_side_mm,
    maxSideMm: row.max_side_mm,
    maxQuantity: row.max_quantity,
    minBillableAreaMm2: row.min_billable_area_mm2,
  };
}
