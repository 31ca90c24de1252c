import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { accountRoutes } from './accounts/routes.ts';
import { adminRoutes } from './admin/routes.ts';
import { auditLogRoutes } from './admin/audit-routes.ts';
import { requireAdmin } from './auth/bearer.ts';
import { cartRoutes } from './carts/routes.ts';
import { accountSelfRoutes } from './customers/account-routes.ts';
import { customerRoutes } from './customers/routes.ts';
import { adminCategoryRoutes } from './catalog/admin/category-routes.ts';
import { adminImageRoutes, PRODUCT_IMAGE_ROUTE, productImageFiles } from './catalog/admin/image-routes.ts';
import { adminProductRoutes } from './catalog/admin/product-routes.ts';
import { adminStockRoutes } from './catalog/admin/stock-routes.ts';
import { catalogRoutes } from './catalog/routes.ts';
import type { ServerConfig } from './config.ts';
import type { DataStore } from './data/store.ts';
import { MethodNotAllowedError, PayloadTooLargeError } from './errors.ts';
import { healthRoutes } from './health/routes.ts';
import { invoiceRoutes } from './invoices/routes.ts';
import type { AppEnv } from './http/env.ts';
import { setDefaultHeader } from './http/headers.ts';
import { errorHandler, notFoundHandler, type ErrorLogger } from './http/error-handler.ts';
import { requestId } from './http/request-id.ts';
import { routeCoverage } from './http/route-coverage.ts';
import { apiCors, originGuard, secureHeaders } from './http/security.ts';
import { staticRoutes } from './http/static-routes.ts';
import { outboxRoutes } from './email/outbox-page.ts';
import { API_ROUTES } from './openapi/api-routes.ts';
import { openApiRoutes } from './openapi/routes.ts';
import { orderRoutes } from './orders/routes.ts';
import { webhookRoutes } from './payments/webhook-routes.ts';
import { recommendationRoutes } from './recommendations/routes.ts';
import { adminReviewRoutes } from './reviews/admin-routes.ts';
import { reviewRoutes } from './reviews/routes.ts';
import { createShop, type Shop } from './shop/shop.ts';
import { shipmentRoutes } from './shipments/routes.ts';
import { stickerRoutes } from './stickers/routes.ts';
import { countryRoutes } from './tax/routes.ts';
import { UPLOAD_ROUTE, uploadRoutes } from './uploads/routes.ts';
import { testGatewayRoutes } from './test-gateway/routes.ts';

export type AppDeps = {
  config: ServerConfig;
  data: DataStore;
  /** Where unexpected errors are reported; console.error by default. */
  logError?: ErrorLogger;
  /**
   * The cart and order services' collaborators (payments, mail, clock). `startServer` builds it once it
   * knows its address; without one, the app builds its own for the configured host and port.
   */
  shop?: Shop;
};

/** Largest JSON body the API reads. Design uploads stream with their own limit (`maxUploadBytes`). */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/**
 * The whole HTTP application: security middleware, one sub-app per domain under `/api`, and the static
 * files of the example shop. No socket: `startServer` listens, tests may call `app.request()`.
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const { config, data } = deps;
  const logError = deps.logError ?? ((message, error) => console.error(message, error));
  const shop =
    deps.shop ?? createShop({ config, data, serverUrl: `http://${config.host}:${config.port}`, log: logError });
  // Behind a TLS-terminating proxy the request URL says http://internal-host: the shop's own pages come
  // from PUBLIC_URL's origin, so that one is ours too.
  const ownOrigins = config.publicUrl ? [new URL(config.publicUrl).origin] : [];
  const security = { allowedOrigins: [...config.allowedOrigins, ...ownOrigins], production: config.production };
  const app = new Hono<AppEnv>();

  app.onError(errorHandler(logError));
  app.notFound(notFoundHandler);

  // Only in a test run that checks every documented status is answered (server/test-files.ts).
  const coverage = routeCoverage(API_ROUTES);
  if (coverage) app.use('/api/*', coverage);

  app.use(requestId());
  app.use(secureHeaders(security));
  // First, so that every admin answer is covered, the refusals of the checks below included: a shared
  // cache must never hand one admin's 401, 403 or order to anyone else.
  app.use('/api/admin/*', (c, next) => {
    setDefaultHeader(c, 'Cache-Control', 'no-store');
    return next();
  });
  app.use('/api/*', apiCors(security));
  app.use('/api/*', originGuard(security));
  // The test gateway's buttons settle payments: a page on another site must not press them.
  app.use('/pay/*', originGuard(security));
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, allowed) =>
        c.json(new MethodNotAllowedError(c.req.method, allowed).toBody(), 405, { Allow: allowed.join(', ') }),
    }),
  );
  const limitBody = bodyLimit({
    maxSize: MAX_JSON_BODY_BYTES,
    onError: (c) => {
      // The unread rest of the body makes the connection unusable; say so, or clients reuse it and fail.
      setDefaultHeader(c, 'Connection', 'close');
      throw new PayloadTooLargeError(MAX_JSON_BODY_BYTES);
    },
  });
  // Reading `c.req.raw.body` makes the Node adapter build a full web Request; reads have no body to limit.
  const unlimited = (c: Context<AppEnv>) =>
    c.req.method === 'GET' ||
    c.req.method === 'HEAD' ||
    (c.req.method === 'POST' && (UPLOAD_ROUTE.test(c.req.path) || PRODUCT_IMAGE_ROUTE.test(c.req.path)));
  app.use('/api/*', (c, next) => (unlimited(c) ? next() : limitBody(c, next)));

  // Here, not in the admin routes: no admin route can be added without the check.
  app.use('/api/admin/*', requireAdmin(shop));
  app.route('/api', adminRoutes(shop));
  app.route('/api', adminReviewRoutes(shop));
  app.route('/api', adminProductRoutes(shop));
  app.route('/api', adminStockRoutes(shop));
  app.route('/api', adminCategoryRoutes(shop));
  app.route('/api', adminImageRoutes(shop));
  app.route('/api', auditLogRoutes(shop));
  app.route('/api', catalogRoutes({ catalog: data.catalog }));
  app.route('/api', cartRoutes(shop));
  app.route('/api', shipmentRoutes(shop));
  app.route('/api', orderRoutes(shop));
  app.route('/api', countryRoutes(shop));
  app.route('/api', stickerRoutes(shop));
  app.route('/api', uploadRoutes(shop));
  app.route('/api', webhookRoutes(shop));
  app.route('/api', accountRoutes(shop));
  app.route('/api', customerRoutes(shop));
  app.route('/api', accountSelfRoutes(shop));
  app.route('/api', invoiceRoutes(shop));
  app.route('/api', reviewRoutes(shop));
  app.route('/api', recommendationRoutes(shop));
  app.route('/api', healthRoutes(data));
  app.route('/api', openApiRoutes(API_ROUTES));
  app.route('/', testGatewayRoutes(shop));
  app.route('/', productImageFiles(shop));
  // Every customer's emails, readable by whoever reaches the page: development only.
  if (!config.production) app.route('/', outboxRoutes(config.outboxDir));
  app.route('/', staticRoutes(config));
  return app;
}
