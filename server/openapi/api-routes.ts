import { ACCOUNT_ROUTES } from '../accounts/routes.ts';
import { ADMIN_ROUTES } from '../admin/routes.ts';
import { AUDIT_LOG_ROUTES } from '../admin/audit-routes.ts';
import { CART_ROUTES } from '../carts/routes.ts';
import { ADMIN_CATEGORY_ROUTES } from '../catalog/admin/category-routes.ts';
import { ADMIN_IMAGE_ROUTES } from '../catalog/admin/image-routes.ts';
import { ADMIN_PRODUCT_ROUTES } from '../catalog/admin/product-routes.ts';
import { ADMIN_STOCK_ROUTES } from '../catalog/admin/stock-routes.ts';
import { CATALOG_ROUTES } from '../catalog/routes.ts';
import { ACCOUNT_SELF_ROUTES } from '../customers/account-routes.ts';
import { CUSTOMER_ROUTES } from '../customers/routes.ts';
import { healthRoute } from '../health/routes.ts';
import type { RouteSpec } from '../http/route.ts';
import { INVOICE_ROUTES } from '../invoices/routes.ts';
import { ORDER_ROUTES } from '../orders/routes.ts';
import { RECOMMENDATION_ROUTES } from '../recommendations/routes.ts';
import { ADMIN_REVIEW_ROUTES } from '../reviews/admin-routes.ts';
import { REVIEW_ROUTES } from '../reviews/routes.ts';
import { SHIPMENT_ROUTES } from '../shipments/routes.ts';
import { stripeWebhookRoute } from '../payments/webhook-routes.ts';
import { STICKER_ROUTES } from '../stickers/routes.ts';
import { getCountryAddressFormatRoute } from '../tax/routes.ts';
import { UPLOAD_ROUTES } from '../uploads/routes.ts';
import { OPENAPI_ROUTES } from './routes.ts';

/**
 * Every `/api` route, each described once with `defineRoute` beside its handler. The OpenAPI document is made
 * from this list, and tests hold it to the app's routes, to the SDK's requests and to the statuses tests see.
 */
export const API_ROUTES: RouteSpec[] = [
  ...CATALOG_ROUTES,
  ...CART_ROUTES,
  getCountryAddressFormatRoute,
  ...ORDER_ROUTES,
  stripeWebhookRoute,
  ...STICKER_ROUTES,
  ...UPLOAD_ROUTES,
  ...ACCOUNT_ROUTES,
  ...CUSTOMER_ROUTES,
  ...ACCOUNT_SELF_ROUTES,
  ...INVOICE_ROUTES,
  ...ADMIN_ROUTES,
  ...SHIPMENT_ROUTES,
  ...REVIEW_ROUTES,
  ...ADMIN_REVIEW_ROUTES,
  ...ADMIN_PRODUCT_ROUTES,
  ...ADMIN_STOCK_ROUTES,
  ...ADMIN_CATEGORY_ROUTES,
  ...ADMIN_IMAGE_ROUTES,
  ...AUDIT_LOG_ROUTES,
  ...RECOMMENDATION_ROUTES,
  healthRoute,
  ...OPENAPI_ROUTES,
];
