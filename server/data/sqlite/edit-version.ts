import type { Statement } from 'better-sqlite3';
import { NotFoundError, VersionConflictError } from '../../errors.ts';

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
