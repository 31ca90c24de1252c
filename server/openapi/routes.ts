import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { PACKAGE_ROOT } from '../config.ts';
import type { AppEnv } from '../http/env.ts';
import { defineRoute, mountRoute, type RouteSpec } from '../http/route.ts';
import { CSP, DOCUMENT_HEADERS } from '../http/security.ts';
import { buildOpenApiDocument } from './document.ts';
import { renderDocsPage } from './docs-page.ts';

export const openApiDocumentRoute = defineRoute({
  method: 'get',
  path: '/openapi.json',
  operationId: 'openApiDocument',
  tag: 'Service',
  summary: 'This API description (OpenAPI 3.1)',
  responses: { 200: { description: 'The OpenAPI document.', body: { contentType: 'application/json' } } },
});

export const apiReferenceRoute = defineRoute({
  method: 'get',
  path: '/docs',
  operationId: 'apiReference',
  tag: 'Service',
  summary: 'The API reference as a web page',
  responses: {
    200: { description: 'An HTML page rendered from the OpenAPI document.', body: { contentType: 'text/html' } },
  },
});

export const OPENAPI_ROUTES = [openApiDocumentRoute, apiReferenceRoute];

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/**
 * `GET /api/openapi.json` and `GET /api/docs`, describing `routes` (the app passes `API_ROUTES`). Both are
 * built once: the API does not change while running.
 */
export function openApiRoutes(routes: readonly RouteSpec[]): Hono<AppEnv> {
  const document = buildOpenApiDocument(packageVersion(), routes);
  const json = JSON.stringify(document);
  const html = renderDocsPage(document);
  const app = new Hono<AppEnv>();
  mountRoute(app, openApiDocumentRoute, (c) =>
    c.body(json, 200, { 'Content-Type': 'application/json; charset=utf-8' }),
  );
  mountRoute(app, apiReferenceRoute, (c) =>
    c.html(html, 200, { ...DOCUMENT_HEADERS, 'Content-Security-Policy': CSP.docs }),
  );
  return app;
}
