import { createHash } from 'node:crypto';
import * as z from 'zod';
import type { ProductSort, ReviewSort } from '../../sdk/schemas/index.ts';
import { InvalidCursorError } from '../errors.ts';

/** Where the previous page ended: the last row's sort key and id (the unique tiebreaker). */
export type Keyset = { key: string | number; id: string };

/**
 * What a cursor is tied to: following it under another sort or search would skip or repeat rows. `sort`
 * names the list and its order (a product sort, or another list's own name); `q` its search and filters.
 */
export type CursorScope = { sort: ProductSort | 'admin_orders' | 'account_orders' | 'admin_reviews' | 'audit_log' | 'admin_products' | 'low_stock' | 'stock_movements' | `reviews_${ReviewSort}`; q: string | undefined };

const Payload = z.object({
  s: z.string(),
  h: z.string(),
  k: z.union([z.string(), z.number()]),
  i: z.string(),
});

/** A short fingerprint of the search, so a long query does not make a long cursor. */
function searchHash(q: string | undefined): string {
  return q ? createHash('sha256').update(q).digest('base64url').slice(0, 16) : '';
}

/** Opaque to clients: base64url JSON. It carries no secret, and is validated rather than trusted. */
export function encodeCursor(scope: CursorScope, after: Keyset): string {
  const payload: z.infer<typeof Payload> = { s: scope.sort, h: searchHash(scope.q), k: after.key, i: after.id };
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/**
 * Reads a cursor made by `encodeCursor` for the same scope. `keyKind` is the type the current sort's key
 * must have. Anything malformed, tampered with or made for another sort or search throws `invalid_cursor`.
 */
export function decodeCursor(cursor: string, scope: CursorScope, keyKind: 'string' | 'number'): Keyset {
  let json: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new InvalidCursorError();
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  const parsed = Payload.safeParse(json);
  if (!parsed.success) throw new InvalidCursorError();
  const { s, h, k, i } = parsed.data;
  if (s !== scope.sort || h !== searchHash(scope.q) || typeof k !== keyKind) throw new InvalidCursorError();
  if (typeof k === 'number' && !Number.isFinite(k)) throw new InvalidCursorError();
  return { key: k, id: i };
}
