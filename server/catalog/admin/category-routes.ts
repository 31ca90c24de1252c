import { Hono } from 'hono';
import {
  AdminCategory,
  AdminCategoryList,
  CreateCategoryBody,
  DeleteCategoryQuery,
  ReorderCategoriesBody,
  UpdateCategoryBody,
} from '../../../sdk/schemas/index.ts';
import type { AppEnv } from '../../http/env.ts';
import { defineRoute, mountRoute } from '../../http/route.ts';
import { ADMIN_ONLY, errorResponse, VERSION_CONFLICT } from '../../openapi/responses.ts';
import type { Shop } from '../../shop/shop.ts';
import { handleFromText } from './product-input.ts';
import { writeContext } from './product-routes.ts';

const CATEGORY_ID = 'The category id (`cat_…`).';
const NO_CATEGORY = errorResponse('`not_found`: no category has this id.');
const MAX_ID_LENGTH = 64;

export const adminListCategoriesRoute = defineRoute({
  method: 'get',
  path: '/admin/categories',
  operationId: 'adminListCategories',
  tag: 'Admin',
  summary: 'Every category, in display order',
  description: 'With the number of products of any status in each, and edit versions. The whole list is one page.',
  security: 'bearer',
  responses: { 200: { description: 'All categories.', body: AdminCategoryList }, ...ADMIN_ONLY },
});

export const adminCreateCategoryRoute = defineRoute({
  method: 'post',
  path: '/admin/categories',
  operationId: 'adminCreateCategory',
  tag: 'Admin',
  summary: 'Create a category',
  description: 'Added last in the display order. The handle is made from the name when absent.',
  security: 'bearer',
  body: CreateCategoryBody,
  responses: {
    201: { description: 'The category.', body: AdminCategory },
    ...ADMIN_ONLY,
    409: errorResponse('`handle_taken`: another category has this handle (`details.handle`).'),
  },
});

export const adminUpdateCategoryRoute = defineRoute({
  method: 'patch',
  path: '/admin/categories/:categoryId',
  operationId: 'adminUpdateCategory',
  tag: 'Admin',
  summary: 'Rename a category, or change its handle or description',
  description: 'From the `version` read. Search finds the products under the new name at once.',
  security: 'bearer',
  params: { categoryId: CATEGORY_ID },
  body: UpdateCategoryBody,
  responses: {
    200: { description: 'The category as it is now.', body: AdminCategory },
    ...ADMIN_ONLY,
    404: NO_CATEGORY,
    409: errorResponse('`version_conflict` (`details.currentVersion`) or `handle_taken`; nothing changed.'),
  },
});

export const adminDeleteCategoryRoute = defineRoute({
  method: 'delete',
  path: '/admin/categories/:categoryId',
  operationId: 'adminDeleteCategory',
  tag: 'Admin',
  summary: 'Remove a category',
  description:
    'Its products (of any status) move to no category: the `uncategorized` category, made when first needed, ' +
    'which itself cannot be removed while it holds products. Each moved product’s version goes up by one.',
  security: 'bearer',
  params: { categoryId: CATEGORY_ID },
  query: DeleteCategoryQuery,
  queryDescriptions: { version: 'The version read; a stale one is refused.' },
  responses: {
    204: { description: 'Removed.' },
    ...ADMIN_ONLY,
    404: NO_CATEGORY,
    409: errorResponse(
      '`version_conflict` (`details.currentVersion`), or `conflict`: the `uncategorized` category still holds products ' +
        '(`details.productCount`).',
    ),
  },
});

export const adminReorderCategoriesRoute = defineRoute({
  method: 'put',
  path: '/admin/categories/order',
  operationId: 'adminReorderCategories',
  tag: 'Admin',
  summary: 'Put the categories in a new display order',
  description: 'Every category once, each with the version read; the public category list follows at once.',
  security: 'bearer',
  body: ReorderCategoriesBody,
  responses: {
    200: { description: 'All categories in their new order.', body: AdminCategoryList },
    400: errorResponse('`validation_failed`: not every category named exactly once.'),
    ...ADMIN_ONLY,
    409: VERSION_CONFLICT,
  },
});

export const ADMIN_CATEGORY_ROUTES = [
  adminListCategoriesRoute,
  adminCreateCategoryRoute,
  adminUpdateCategoryRoute,
  adminDeleteCategoryRoute,
  adminReorderCategoriesRoute,
];

/** `/api/admin/categories`; the admin check is mounted on `/api/admin/*` by the app. */
export function adminCategoryRoutes(shop: Shop): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const categories = shop.data.catalogAdmin;
  const known = (id: string) => (id.length <= MAX_ID_LENGTH ? id : 'cat_');
  // Before `/admin/categories/:categoryId`, which would otherwise take `order` for an id.
  mountRoute(app, adminReorderCategoriesRoute, async (c, { body }) =>
    c.json(
      { items: await categories.reorderCategories(body.categories, writeContext(shop, c)), nextCursor: null },
      200,
    ),
  );
  mountRoute(app, adminListCategoriesRoute, async (c) =>
    c.json({ items: await categories.listCategories(), nextCursor: null }, 200),
  );
  mountRoute(app, adminCreateCategoryRoute, async (c, { body }) => {
    const fields = {
      name: body.name,
      handle: body.handle ?? handleFromText(body.name, 'category'),
      description: body.description ?? '',
    };
    return c.json(await categories.createCategory(fields, writeContext(shop, c)), 201);
  });
  mountRoute(app, adminUpdateCategoryRoute, async (c, { params, body }) => {
    const { version, ...change } = body;
    return c.json(
      await categories.updateCategory(known(params.categoryId), version, change, writeContext(shop, c)),
      200,
    );
  });
  mountRoute(app, adminDeleteCategoryRoute, async (c, { params, query }) => {
    await categories.deleteCategory(known(params.categoryId), query.version, writeContext(shop, c));
    return c.body(null, 204);
  });
  return app;
}
