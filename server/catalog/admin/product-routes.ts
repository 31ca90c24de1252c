import { Hono, type Context } from 'hono';
import {
  AdminProduct,
  AdminProductList,
  AdminProductQuery,
  CreateProductBody,
  DeleteProductQuery,
  DeleteProductResult,
  UpdateProductBody,
} from '../../../sdk/schemas/index.ts';
import { auditActor } from '../../admin/audit-actor.ts';
import type { WriteContext } from '../../data/catalog-admin.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute, mountRoute } from '../../http/route.ts';
import { ADMIN_ONLY, errorResponse, VERSION_CONFLICT } from '../../openapi/responses.ts';
import type { Shop } from '../../shop/shop.ts';
import { createProduct, findAdminProduct, listAdminProducts, updateProduct } from './products.ts';

export const PRODUCT_ID = 'The product id (`prod_…`).';
const NO_PRODUCT = errorResponse('`not_found`: no product has this id.');
const TAKEN = errorResponse(
  '`handle_taken`: another product has this handle, or had it before (`details.handle`); `sku_taken`: another variant has one of the SKUs.',
);

export const adminListProductsRoute = defineRoute({
  method: 'get',
  path: '/admin/products',
  operationId: 'adminListProducts',
  tag: 'Admin',
  summary: 'Every product, any status',
  description: 'Newest first, with variants, stock (reserved units apart) and edit versions.',
  security: 'bearer',
  query: AdminProductQuery,
  queryDescriptions: {
    status: '`draft`, `active` or `archived`.',
    q: 'Part of the title, handle or a SKU, in any case.',
    limit: 'Page size, 1 to 100; 25 when absent.',
    cursor: '`nextCursor` of the previous page, with the same filters.',
  },
  responses: {
    200: { description: 'A page of products.', body: AdminProductList },
    400: errorResponse('`validation_failed` or `invalid_cursor`.'),
    ...ADMIN_ONLY,
  },
});

export const adminCreateProductRoute = defineRoute({
  method: 'post',
  path: '/admin/products',
  operationId: 'adminCreateProduct',
  tag: 'Admin',
  summary: 'Create a product',
  description:
    'A `draft` unless `status` says otherwise. Every variant gives a value for each option; `initialStock` is recorded ' +
    'in the stock ledger as received. The handle is made from the title when absent (numbered, `-2`, `-3`…, when ' +
    'another product has it); a `handle` given that is taken is refused.',
  security: 'bearer',
  body: CreateProductBody,
  responses: {
    201: { description: 'The product.', body: AdminProduct },
    400: errorResponse(
      '`validation_failed` naming the fields (an unknown `categoryId`, variants that do not fit the options).',
    ),
    ...ADMIN_ONLY,
    409: TAKEN,
  },
});

export const adminGetProductRoute = defineRoute({
  method: 'get',
  path: '/admin/products/:productId',
  operationId: 'adminGetProduct',
  tag: 'Admin',
  summary: 'A product, any status',
  security: 'bearer',
  params: { productId: PRODUCT_ID },
  responses: { 200: { description: 'The product.', body: AdminProduct }, 404: NO_PRODUCT, ...ADMIN_ONLY },
});

export const adminUpdateProductRoute = defineRoute({
  method: 'patch',
  path: '/admin/products/:productId',
  operationId: 'adminUpdateProduct',
  tag: 'Admin',
  summary: 'Edit, archive or restore a product',
  description:
    'The fields given are replaced, from the `version` read. `variants` is the whole new list: variants named by `id` ' +
    'are kept and changed, others added, those left out removed (not one with reserved units). `images` is the new ' +
    'order and alt text of the product’s images; those left out are removed. `status: archived` archives; `active` or ' +
    '`draft` restores. A new `handle` keeps the old one working on `GET /api/products/{idOrHandle}`. Stock changes ' +
    'through the stock routes only. The public catalog shows the change at once.',
  security: 'bearer',
  params: { productId: PRODUCT_ID },
  body: UpdateProductBody,
  responses: {
    200: { description: 'The product as it is now.', body: AdminProduct },
    400: errorResponse('`validation_failed` naming the fields.'),
    ...ADMIN_ONLY,
    404: NO_PRODUCT,
    409: errorResponse(
      '`version_conflict` (`details.currentVersion`): edited since; nothing changed. Or `handle_taken`, `sku_taken`, or ' +
        '`conflict` (a removed variant has units reserved by unpaid orders).',
    ),
  },
});

export const adminDeleteProductRoute = defineRoute({
  method: 'delete',
  path: '/admin/products/:productId',
  operationId: 'adminDeleteProduct',
  tag: 'Admin',
  summary: 'Delete a product, or archive it when it was ever ordered',
  description:
    'A product that any order bought is archived instead, so its orders keep their history (`outcome: archived`).',
  security: 'bearer',
  params: { productId: PRODUCT_ID },
  query: DeleteProductQuery,
  queryDescriptions: { version: 'The version read; a stale one is refused.' },
  responses: {
    200: { description: 'What was done.', body: DeleteProductResult },
    ...ADMIN_ONLY,
    404: NO_PRODUCT,
    409: VERSION_CONFLICT,
  },
});

export const ADMIN_PRODUCT_ROUTES = [
  adminListProductsRoute,
  adminCreateProductRoute,
  adminGetProductRoute,
  adminUpdateProductRoute,
  adminDeleteProductRoute,
];

/** Who writes, and when: every admin write is audited. */
export function writeContext(shop: Shop, c: Context<AppEnv>): WriteContext {
  return { actor: auditActor(c), now: shop.now().toISOString() };
}

/** `/api/admin/products`; the admin check is mounted on `/api/admin/*` by the app. */
export function adminProductRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  mountRoute(app, adminListProductsRoute, async (c, { query }) => c.json(await listAdminProducts(shop, query), 200));
  mountRoute(app, adminCreateProductRoute, async (c, { body }) =>
    c.json(await createProduct(shop, body, writeContext(shop, c)), 201),
  );
  mountRoute(app, adminGetProductRoute, async (c, { params }) =>
    c.json(await findAdminProduct(shop, params.productId), 200),
  );
  mountRoute(app, adminUpdateProductRoute, async (c, { params, body }) =>
    c.json(await updateProduct(shop, params.productId, body, writeContext(shop, c)), 200),
  );
  mountRoute(app, adminDeleteProductRoute, async (c, { params, query }) => {
    await findAdminProduct(shop, params.productId);
    return c.json(
      await shop.data.catalogAdmin.deleteProduct(params.productId, query.version, writeContext(shop, c)),
      200,
    );
  });
  return app;
}
