import type { Database, Statement } from 'better-sqlite3';
import { NotFoundError, VersionConflictError } from '../../errors.ts';

type Versioned =
  { table: 'products' | 'categories'; column: 'version' } | { table: 'variants'; column: 'stock_version' };

/**
 * Bumps the edit version of row `id` when it is still `version`: one conditional UPDATE, so two edits made
 * from the same version cannot both pass. Throws `notFound()` when the row is gone, `VersionConflictError`
 * when it was edited since. Call inside the write's transaction, before changing anything else.
 */
export function claimVersion(
  sqlite: Database,
  { table, column }: Versioned,
  id: string,
  version: number,
  what: string,
  notFound: () => Error,
): void {
  const bumped = sqlite
    .prepare(`UPDATE ${table} SET ${column} = ${column} + 1 WHERE id = ? AND ${column} = ?`)
    .run(id, version);
  if (bumped.changes === 1) return;
  const current = sqlite
    .prepare<[string], { version: number }>(`SELECT ${column} AS version FROM ${table} WHERE id = ?`)
    .get(id);
  if (!current) throw notFound();
  throw new VersionConflictError(what, current.version);
}

/**
 * Why a conditional update (`… WHERE id = ? AND version = ?`) changed no row: the row is gone (404), or
 * someone else's edit moved its version on (409 `version_conflict` with the current one). Throws either way.
 */
export function refuseEdit(
  versionOf: Statement<[string | number], { version: number }>,
  id: string | number,
  what: string,
): never {
  const row = versionOf.get(id);
  if (!row) throw new NotFoundError(what);
  throw new VersionConflictError(what, row.version);
}
