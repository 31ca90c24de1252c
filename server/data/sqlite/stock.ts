import type { Database, Statement } from 'better-sqlite3';
import { OutOfStockError } from '../../carts/errors.ts';
import type { CatalogVersion } from '../catalog-version.ts';

export type StockLine = { variantId: string; quantity: number };

/**
 * Stock moves, each a single conditional UPDATE (never a read then a write), so concurrent orders can
 * never take more than is there. Call inside a transaction: a refusal throws and rolls the rest back.
 * Every move bumps the catalog version, because product pages show the units available.
 */
export class StockStatements {
  readonly #reserve: Statement<[number, string, number]>;
  readonly #release: Statement<[number, string]>;
  readonly #commit: Statement<[number, number, string]>;
  readonly #take: Statement<[number, string, number]>;
  readonly #available: Statement<[string], { available: number }>;
  readonly #version: CatalogVersion;

  constructor(sqlite: Database, version: CatalogVersion) {
    this.#version = version;
    this.#reserve = sqlite.prepare(
      'UPDATE variants SET reserved = reserved + ? WHERE id = ? AND stocked - reserved >= ?',
    );
    // max(): a unit edited away by hand while reserved must not break the stock check constraint.
    this.#release = sqlite.prepare('UPDATE variants SET reserved = max(reserved - ?, 0) WHERE id = ?');
    this.#commit = sqlite.prepare(
      'UPDATE variants SET stocked = max(stocked - ?, 0), reserved = max(reserved - ?, 0) WHERE id = ?',
    );
    this.#take = sqlite.prepare('UPDATE variants SET stocked = stocked - ? WHERE id = ? AND stocked - reserved >= ?');
    this.#available = sqlite.prepare('SELECT stocked - reserved AS available FROM variants WHERE id = ?');
  }

  #refuse(variantId: string): never {
    throw new OutOfStockError(variantId, this.#available.get(variantId)?.available ?? 0);
  }

  /** Holds units for an unpaid order; throws `OutOfStockError` naming the first line that does not fit. */
  reserve(lines: readonly StockLine[]): void {
    this.#version.bump();
    for (const line of lines) {
      if (this.#reserve.run(line.quantity, line.variantId, line.quantity).changes === 0) this.#refuse(line.variantId);
    }
  }

  /** Gives held units back (payment failed or expired). */
  release(lines: readonly StockLine[]): void {
    this.#version.bump();
    for (const line of lines) this.#release.run(line.quantity, line.variantId);
  }

  /** Turns held units into sold ones (paid): they leave stock and the reservation at once. */
  commit(lines: readonly StockLine[]): void {
    this.#version.bump();
    for (const line of lines) this.#commit.run(line.quantity, line.quantity, line.variantId);
  }

  /** Sells units that were not held (a payment that arrived after its reservation ran out). */
  take(lines: readonly StockLine[]): void {
    this.#version.bump();
    for (const line of lines) {
      if (this.#take.run(line.quantity, line.variantId, line.quantity).changes === 0) this.#refuse(line.variantId);
    }
  }
}
