import type { Database, Statement } from 'better-sqlite3';
import type { AdminCategory } from '../../../sdk/schemas/index.ts';
import { CategoryInUseError, CategoryNotFoundError, HandleTakenError } from '../../catalog/admin/errors.ts';
import { ValidationError, VersionConflictError } from '../../errors.ts';
import type { CategoryFields, WriteContext } from '../catalog-admin.ts';
import { newId } from '../ids.ts';
import { insertAuditEntry } from './audit-log.ts';
import { claimVersion } from './edit-version.ts';

/** Where a removed category's products go. */
export const UNCATEGORIZED = { handle: 'uncategorized', name: 'Uncategorized', description: '' } as const;

type CategoryRow = {
  id: string;
  handle: string;
  name: string;
  description: string;
  position: number;
  version: number;
  product_count: number;
};

/** Categories as the owner edits them; each write inside the caller's transaction, with its audit entry. */
export class CategoryWrites {
  readonly #sqlite: Database;
  readonly #all: Statement<[], CategoryRow>;
  readonly #one: Statement<[string], CategoryRow>;

  constructor(sqlite: Database) {
    this.#sqlite = sqlite;
    const select = `SELECT c.id, c.handle, c.name, c.description, c.position, c.version,
      (SELECT count(*) FROM products p WHERE p.category_id = c.id) AS product_count FROM categories c`;
    this.#all = sqlite.prepare(`${select} ORDER BY c.position, c.name, c.id`);
    this.#one = sqlite.prepare(`${select} WHERE c.id = ?`);
  }

  list(): AdminCategory[] {
    return this.#all.all().map(toCategory);
  }

  #read(id: string): AdminCategory {
    const row = this.#one.get(id);
    if (!row) throw new CategoryNotFoundError();
    return toCategory(row);
  }

  #audit(context: WriteContext, action: string, id: string, before: unknown, after: unknown): void {
    insertAuditEntry(
      this.#sqlite,
      { actor: context.actor, action, entity: 'category', entityId: id, before, after },
      context.now,
    );
  }

  #requireFreeHandle(handle: string, id: string): void {
    const taken = this.#sqlite.prepare('SELECT 1 FROM categories WHERE handle = ? AND id != ?').get(handle, id);
    if (taken) throw new HandleTakenError(handle);
  }

  create(fields: CategoryFields, context: WriteContext): AdminCategory {
    const id = newId('cat');
    this.#requireFreeHandle(fields.handle, id);
    this.#sqlite
      .prepare(
        `INSERT INTO categories (id, handle, name, description, position)
         VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM categories))`,
      )
      .run(id, fields.handle, fields.name, fields.description);
    const after = this.#read(id);
    this.#audit(context, 'category.create', id, null, after);
    return after;
  }

  update(id: string, version: number, change: Partial<CategoryFields>, context: WriteContext): AdminCategory {
    const before = this.#read(id);
    claimVersion(
      this.#sqlite,
      { table: 'categories', column: 'version' },
      id,
      version,
      'The category',
      () => new CategoryNotFoundError(),
    );
    if (change.handle !== undefined) this.#requireFreeHandle(change.handle, id);
    this.#sqlite
      .prepare('UPDATE categories SET handle = ?, name = ?, description = ? WHERE id = ?')
      .run(change.handle ?? before.handle, change.name ?? before.name, change.description ?? before.description, id);
    const after = this.#read(id);
    this.#audit(context, 'category.update', id, before, after);
    return after;
  }

  /**
   * Removes a category. Its products move to no category, which the catalog keeps as the `uncategorized` one
   * (made when first needed, as most shops do): a product always has a category to show and filter by. That
   * one cannot be removed while it holds products, since they would have nowhere to go.
   */
  delete(id: string, version: number, context: WriteContext): void {
    const before = this.#read(id);
    if (before.version !== version) throw new VersionConflictError('The category', before.version);
    if (before.productCount > 0) {
      if (before.handle === UNCATEGORIZED.handle) throw new CategoryInUseError(before.productCount);
      const movedTo = this.#uncategorized(context);
      const moved = this.#sqlite
        .prepare<[string, string, string], { id: string }>(
          'UPDATE products SET category_id = ?, version = version + 1, updated_at = ? WHERE category_id = ? RETURNING id',
        )
        .all(movedTo.id, context.now, id);
      for (const product of moved) {
        const entry = {
          actor: context.actor,
          action: 'product.update',
          entity: 'product' as const,
          entityId: product.id,
        };
        insertAuditEntry(
          this.#sqlite,
          { ...entry, before: { categoryId: id }, after: { categoryId: movedTo.id } },
          context.now,
        );
      }
    }
    this.#sqlite.prepare('DELETE FROM categories WHERE id = ?').run(id);
    this.#audit(context, 'category.delete', id, before, null);
  }

  /** The category of products whose category was removed, made on first use. */
  #uncategorized(context: WriteContext): AdminCategory {
    const found = this.#all.all().find((row) => row.handle === UNCATEGORIZED.handle);
    return found ? toCategory(found) : this.create(UNCATEGORIZED, context);
  }

  reorder(order: { id: string; version: number }[], context: WriteContext): AdminCategory[] {
    const current = this.list();
    const named = new Set(order.map((entry) => entry.id));
    if (named.size !== order.length || current.length !== order.length || current.some((c) => !named.has(c.id))) {
      throw new ValidationError([{ path: 'categories', message: 'must name every category exactly once' }]);
    }
    const byId = new Map(current.map((category) => [category.id, category]));
    const move = this.#sqlite.prepare('UPDATE categories SET position = ?, version = version + 1 WHERE id = ?');
    order.forEach((entry, position) => {
      const before = byId.get(entry.id) as AdminCategory;
      if (before.version !== entry.version)
        throw new VersionConflictError(`The category ${before.name}`, before.version);
      if (before.position === position) return;
      move.run(position, entry.id);
      this.#audit(context, 'category.reorder', entry.id, before, this.#read(entry.id));
    });
    return this.list();
  }
}

function toCategory(row: CategoryRow): AdminCategory {
  return {
    id: row.id,
    handle: row.handle,
    name: row.name,
    description: row.description,
    position: row.position,
    productCount: row.product_count,
    version: row.version,
  };
}
