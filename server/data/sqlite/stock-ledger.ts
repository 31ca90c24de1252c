import type { Database, Statement } from 'better-sqlite3';
import type {
  LowStockItem,
  ProductStatus,
  StockChangeResult,
  StockMovement,
  StockReason,
} from '../../../sdk/schemas/index.ts';
import { StockBelowZeroError, VariantNotFoundError } from '../../catalog/admin/errors.ts';
import type { StockChange, WriteContext } from '../catalog-admin.ts';
import type { Keyset } from '../cursor.ts';
import { STOCK_COLUMNS, toAdminStock, type StockRow } from './admin-product-read.ts';
import { insertAuditEntry } from './audit-log.ts';
import { claimVersion } from './edit-version.ts';

/**
 * Stock changed by hand, and its ledger. A relative change is one conditional `stocked = stocked + ?` that
 * refuses to go below zero, so changes sent together add up exactly; a counted quantity is set only from
 * the stock version it was counted at. Reserved units are never touched here.
 */

type MovementRow = {
  id: number;
  variant_id: string;
  delta: number;
  stocked_after: number;
  reason: StockReason;
  note: string;
  actor_id: string;
  actor_email: string;
  created_at: string;
};

type LowRow = StockRow & {
  product_id: string;
  product_title: string;
  product_status: ProductStatus;
  variant_id: string;
  variant_title: string;
  sku: string;
  available: number;
};

const RETURNED = 'stocked, reserved, low_stock_threshold, stock_version';

export type NewMovement = { variantId: string; delta: number; stockedAfter: number; reason: StockReason; note: string };

/** Writes one ledger line; inside the transaction of the change it records. */
export function recordMovement(sqlite: Database, movement: NewMovement, context: WriteContext): number {
  return Number(
    sqlite
      .prepare(
        `INSERT INTO stock_movements (variant_id, delta, stocked_after, reason, note, actor_id, actor_email, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        movement.variantId,
        movement.delta,
        movement.stockedAfter,
        movement.reason,
        movement.note,
        context.actor.id,
        context.actor.email,
        context.now,
      ).lastInsertRowid,
  );
}

function toMovement(row: MovementRow): StockMovement {
  return {
    id: String(row.id),
    variantId: row.variant_id,
    delta: row.delta,
    stockedAfter: row.stocked_after,
    reason: row.reason,
    note: row.note,
    actor: { id: row.actor_id, email: row.actor_email },
    createdAt: row.created_at,
  };
}

export class StockLedger {
  readonly #sqlite: Database;
  readonly #stock: Statement<[string], StockRow>;
  readonly #add: Statement<[{ id: string; delta: number }], StockRow>;
  readonly #set: Statement<[{ id: string; count: number }], StockRow>;
  readonly #movement: Statement<[number], MovementRow>;
  readonly #movements: Statement<[{ variantId: string; afterId: number | null; limit: number }], MovementRow>;
  readonly #low: Statement<[{ afterKey: number | null; afterId: string | null; limit: number }], LowRow>;

  constructor(sqlite: Database) {
    this.#sqlite = sqlite;
    this.#stock = sqlite.prepare(`SELECT ${STOCK_COLUMNS} FROM variants v WHERE v.id = ?`);
    this.#add = sqlite.prepare(`
      UPDATE variants SET stocked = stocked + @delta, stock_version = stock_version + 1
      WHERE id = @id AND stocked + @delta >= 0
      RETURNING ${RETURNED}`);
    this.#set = sqlite.prepare(`UPDATE variants SET stocked = @count WHERE id = @id RETURNING ${RETURNED}`);
    this.#movement = sqlite.prepare('SELECT * FROM stock_movements WHERE id = ?');
    this.#movements = sqlite.prepare(`
      SELECT * FROM stock_movements WHERE variant_id = @variantId AND (@afterId IS NULL OR id < @afterId)
      ORDER BY id DESC LIMIT @limit`);
    this.#low = sqlite.prepare(`
      SELECT * FROM (
        SELECT p.id AS product_id, p.title AS product_title, p.status AS product_status, v.id AS variant_id,
          v.title AS variant_title, v.sku, max(v.stocked - v.reserved, 0) AS available, ${STOCK_COLUMNS}
        FROM variants v JOIN products p ON p.id = v.product_id
        WHERE p.status != 'archived' AND v.stocked - v.reserved <= v.low_stock_threshold)
      WHERE @afterKey IS NULL OR (available, variant_id) > (@afterKey, @afterId)
      ORDER BY available, variant_id LIMIT @limit`);
  }

  /** Changes the units on hand, records the movement and its audit entry; inside the caller's transaction. */
  change(variantId: string, change: StockChange, context: WriteContext): StockChangeResult {
    const before = this.#stock.get(variantId);
    if (!before) throw new VariantNotFoundError();
    let after: StockRow | undefined;
    if ('delta' in change) {
      after = this.#add.get({ id: variantId, delta: change.delta });
      if (!after) throw new StockBelowZeroError(before.stocked, change.delta);
    } else {
      claimVersion(
        this.#sqlite,
        { table: 'variants', column: 'stock_version' },
        variantId,
        change.version,
        'The stock',
        () => new VariantNotFoundError(),
      );
      after = this.#set.get({ id: variantId, count: change.count });
      if (!after) throw new VariantNotFoundError();
    }
    const delta = after.stocked - before.stocked;
    const id = recordMovement(
      this.#sqlite,
      { variantId, delta, stockedAfter: after.stocked, reason: change.reason, note: change.note },
      context,
    );
    insertAuditEntry(
      this.#sqlite,
      {
        actor: context.actor,
        action: 'delta' in change ? 'stock.adjust' : 'stock.count',
        entity: 'stock',
        entityId: variantId,
        before: toAdminStock(before),
        after: { ...toAdminStock(after), reason: change.reason, note: change.note },
      },
      context.now,
    );
    return { stock: toAdminStock(after), movement: toMovement(this.#movement.get(id) as MovementRow) };
  }

  /** Null when the variant does not exist (its ledger outlives it only for the audit log). */
  movements(variantId: string, afterId: number | null, limit: number): StockMovement[] | null {
    if (!this.#stock.get(variantId)) return null;
    return this.#movements.all({ variantId, afterId, limit }).map(toMovement);
  }

  lowStock(after: Keyset | null, limit: number): (LowStockItem & { sortKey: number })[] {
    const rows = this.#low.all({
      afterKey: after === null ? null : Number(after.key),
      afterId: after?.id ?? null,
      limit,
    });
    return rows.map((row) => ({
      productId: row.product_id,
      productTitle: row.product_title,
      productStatus: row.product_status,
      variantId: row.variant_id,
      variantTitle: row.variant_title,
      sku: row.sku,
      stock: toAdminStock(row),
      sortKey: row.available,
    }));
  }
}
