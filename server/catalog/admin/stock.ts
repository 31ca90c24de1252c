import type {
  LowStockList,
  StockChangeBody,
  StockChangeResult,
  StockMovementList,
} from '../../../sdk/schemas/index.ts';
import type { StockChange, WriteContext } from '../../data/catalog-admin.ts';
import { decodeCursor, encodeCursor } from '../../data/cursor.ts';
import { ValidationError } from '../../errors.ts';
import type { Shop } from '../../shop/shop.ts';
import { VariantNotFoundError } from './errors.ts';

/** Stock changed by hand, its ledger and the low-stock list. */

const MAX_ID_LENGTH = 64;
type Page = { limit: number; cursor?: string | undefined };

/** The body as one kind of change: exactly one of `delta` (not zero) and `count` (with the version counted at). */
function toStockChange(body: StockChangeBody): StockChange {
  const { delta, count, version, reason } = body;
  const note = body.note?.trim() ?? '';
  if ((delta === undefined) === (count === undefined)) {
    throw new ValidationError([{ path: 'delta', message: 'give exactly one of delta and count' }]);
  }
  if (delta !== undefined) {
    if (delta === 0) throw new ValidationError([{ path: 'delta', message: 'must not be zero' }]);
    return { delta, reason, note };
  }
  if (version === undefined)
    throw new ValidationError([{ path: 'version', message: 'a count needs the stock version it was made at' }]);
  return { count: count as number, version, reason, note };
}

export async function changeStock(
  shop: Shop,
  variantId: string,
  body: StockChangeBody,
  context: WriteContext,
): Promise<StockChangeResult> {
  const change = toStockChange(body);
  if (variantId.length > MAX_ID_LENGTH) throw new VariantNotFoundError();
  return shop.data.catalogAdmin.changeStock(variantId, change, context);
}

export async function listStockMovements(shop: Shop, variantId: string, query: Page): Promise<StockMovementList> {
  const scope = { sort: 'stock_movements', q: variantId } as const;
  const after = query.cursor ? decodeCursor(query.cursor, scope, 'number') : null;
  const rows =
    variantId.length <= MAX_ID_LENGTH
      ? await shop.data.catalogAdmin.listStockMovements(
          variantId,
          after === null ? null : Number(after.key),
          query.limit + 1,
        )
      : null;
  if (!rows) throw new VariantNotFoundError();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page,
    nextCursor: rows.length > query.limit && last ? encodeCursor(scope, { key: Number(last.id), id: last.id }) : null,
  };
}

export async function listLowStock(shop: Shop, query: Page): Promise<LowStockList> {
  const scope = { sort: 'low_stock', q: undefined } as const;
  const after = query.cursor ? decodeCursor(query.cursor, scope, 'number') : null;
  const rows = await shop.data.catalogAdmin.listLowStock(after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ sortKey: _sortKey, ...item }) => item),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor(scope, { key: last.sortKey, id: last.variantId }) : null,
  };
}
