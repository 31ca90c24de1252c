import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { PACKAGE_ROOT } from '../config.ts';
import type { AppEnv } from '../http/env.ts';
import { CSP, DOCUMENT_HEADERS } from '../http/security.ts';
import { buildOpenApiDocument } from './document.ts';
import { renderDocsPage } from './docs-page.ts';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** `GET /api/openapi.json` and `GET /api/docs`. Both are built once: the API does not change while running. */
export function openApiRoutes(): Hono<AppEnv> {
  const document = buildOpenApiDocument(packageVersion());
  const json = JSON.stringify(document);
  const html = renderDocsPage(document);
  const app = new Hono<AppEnv>();
  app.get('/openapi.json', (c) => c.body(json, 200, { 'Content-Type': 'application/json; charset=utf-8' }));
  app.get('/docs', (c) => c.html(html, 200, { ...DOCUMENT_HEADERS, 'Content-Security-Policy': CSP.docs }));
  return app;
}
