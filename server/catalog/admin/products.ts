import type {
  AdminProduct,
  AdminProductList,
  AdminProductQuery,
  CreateProductBody,
  UpdateProductBody,
} from '../../../sdk/schemas/index.ts';
import type { WriteContext } from '../../data/catalog-admin.ts';
import { decodeCursor, encodeCursor, type CursorScope } from '../../data/cursor.ts';
import type { Shop } from '../../shop/shop.ts';
import { ProductNotFoundError } from './errors.ts';
import { newProductWrite, productChange } from './product-input.ts';

/** The owner's product list and edits: plain functions over the shop's data store. */

const MAX_ID_LENGTH = 64;

export async function listAdminProducts(shop: Shop, query: AdminProductQuery): Promise<AdminProductList> {
  const filter = { status: query.status ?? null, search: query.q ? query.q : null };
  const scope: CursorScope = { sort: 'admin_products', q: JSON.stringify([filter.status, filter.search]) };
  const after = query.cursor ? decodeCursor(query.cursor, scope, 'string') : null;
  // One more than asked says whether another page follows.
  const rows = await shop.data.catalogAdmin.listProducts(filter, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page,
    nextCursor: rows.length > query.limit && last ? encodeCursor(scope, { key: last.createdAt, id: last.id }) : null,
  };
}

export async function findAdminProduct(shop: Shop, productId: string): Promise<AdminProduct> {
  const product = productId.length <= MAX_ID_LENGTH ? await shop.data.catalogAdmin.findProduct(productId) : null;
  if (!product) throw new ProductNotFoundError();
  return product;
}

export async function createProduct(shop: Shop, body: CreateProductBody, context: WriteContext): Promise<AdminProduct> {
  return shop.data.catalogAdmin.createProduct(newProductWrite(body), context);
}

/**
 * Checks the change against the product as read, then writes it from the version the client named: if the
 * product changed in between, the write is refused as stale, so the check always held for what is changed.
 */
export async function updateProduct(
  shop: Shop,
  productId: string,
  body: UpdateProductBody,
  context: WriteContext,
): Promise<AdminProduct> {
  const current = await findAdminProduct(shop, productId);
  return shop.data.catalogAdmin.updateProduct(productId, body.version, productChange(current, body), context);
}
