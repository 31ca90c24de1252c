import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ERROR_CODES, MAX_PAGE_SIZE, MAX_STICKER_QUANTITY } from '../../sdk/schemas/index.ts';
import { startTestServer, type TestServer } from '../test-support/server.ts';
import type { JsonObject } from './document.ts';

let server: TestServer;
let doc: JsonObject & {
  paths: Record<string, Record<string, JsonObject>>;
  components: { schemas: Record<string, JsonObject> };
};

before(async () => {
  server = await startTestServer({ seed: 'none' });
  const response = await server.get<typeof doc>('/api/openapi.json');
  assert.equal(response.status, 200);
  doc = response.body;
});
after(() => server.close());

/** Every `$ref` anywhere in a JSON value. */
function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string' ? [inner] : refs(inner),
  );
}

describe('GET /api/openapi.json', () => {
  test('is an OpenAPI 3.1 document', () => {
    assert.equal(doc.openapi, '3.1.0');
    const info = doc.info as JsonObject;
    assert.equal(info.title, 'Storelet API');
    assert.match(String(info.version), /^\d+\.\d+\.\d+/);
  });

  test('lists every API route the app answers, and nothing it does not', () => {
    const appRoutes = new Set(
      server.app.routes
        .filter((route) => route.path.startsWith('/api/') && route.method !== 'ALL')
        .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`)),
    );
    assert.deepEqual([...documented].sort(), [...appRoutes].sort());
  });

  test('every operation has an id, a summary, a success response and the error body', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method} ${path}`;
        assert.ok(operation.operationId, where);
        assert.ok(operation.summary, where);
        const responses = operation.responses as Record<string, JsonObject>;
        assert.ok(responses['200'] ?? responses['201'] ?? responses['204'], where);
        assert.deepEqual(refs(responses['500']), ['#/components/schemas/ErrorBody'], where);
      }
    }
  });

  test('the products query parameters come from the shared schema', () => {
    const parameters = doc.paths['/api/products']?.get?.parameters as {
      name: string;
      in: string;
      schema: JsonObject;
    }[];
    assert.deepEqual(parameters.map((param) => param.name).sort(), [
      'category',
      'cursor',
      'inStock',
      'limit',
      'maxPrice',
      'minPrice',
      'q',
      'sort',
    ]);
    assert.ok(parameters.every((param) => param.in === 'query'));
    const limit = parameters.find((param) => param.name === 'limit')?.schema;
    assert.equal(limit?.maximum, MAX_PAGE_SIZE);
    assert.equal(limit?.default, 24);
    const path = doc.paths['/api/products/{idOrHandle}']?.get?.parameters as {
      name: string;
      in: string;
      required: boolean;
    }[];
    assert.deepEqual(
      path.map(({ name, in: where, required }) => ({ name, in: where, required })),
      [{ name: 'idOrHandle', in: 'path', required: true }],
    );
  });

  test('write operations name their JSON body, and checkout its Idempotency-Key header', () => {
    const body = (path: string, method: string) =>
      refs((doc.paths[path]?.[method] as { requestBody?: unknown }).requestBody);
    assert.deepEqual(body('/api/carts/{cartId}/lines', 'post'), ['#/components/schemas/AddCartLineBody']);
    assert.deepEqual(body('/api/orders', 'post'), ['#/components/schemas/CreateOrderBody']);
    assert.deepEqual(body('/api/orders/{orderId}/payment', 'post'), ['#/components/schemas/RetryPaymentBody']);
    const parameters = doc.paths['/api/orders']?.post?.parameters as { name: string; in: string; required: boolean }[];
    assert.deepEqual(
      parameters.map(({ name, in: where, required }) => ({ name, in: where, required })),
      [{ name: 'Idempotency-Key', in: 'header', required: false }],
    );
    const getOrder = doc.paths['/api/orders/{orderId}']?.get?.parameters as { name: string; in: string }[];
    assert.deepEqual(
      getOrder.map((param) => `${param.in}:${param.name}`),
      ['path:orderId', 'query:token'],
    );
    const upload = doc.paths['/api/carts/{cartId}/uploads']?.post?.requestBody as { content: Record<string, unknown> };
    assert.deepEqual(Object.keys(upload.content), ['application/octet-stream']);
    const quantity = ((doc.components.schemas.AddCartLineBody as JsonObject).properties as Record<string, JsonObject>)
      .quantity;
    // Sticker lines go up to the sticker maximum; standard lines stay within 999 (checked by a refinement the schema can't show).
    assert.equal(quantity?.maximum, MAX_STICKER_QUANTITY);
  });

  test('the account routes name the bearer scheme; sign-in does not need it', () => {
    const schemes = (doc.components as { securitySchemes?: Record<string, JsonObject> }).securitySchemes;
    assert.deepEqual([schemes?.bearerAuth?.type, schemes?.bearerAuth?.scheme], ['http', 'bearer']);
    const security = (path: string, method: string) => doc.paths[path]?.[method]?.security;
    assert.deepEqual(security('/api/account', 'get'), [{ bearerAuth: [] }]);
    assert.deepEqual(security('/api/sessions/current', 'delete'), [{ bearerAuth: [] }]);
    assert.equal(security('/api/sessions', 'post'), undefined);
    assert.equal(security('/api/products', 'get'), undefined);
    const adminPaths = Object.keys(doc.paths).filter((path) => path.startsWith('/api/admin/'));
    assert.deepEqual(adminPaths.sort(), [
      '/api/admin/exports/orders',
      '/api/admin/orders',
      '/api/admin/orders/{orderId}',
      '/api/admin/orders/{orderId}/cancel',
      '/api/admin/orders/{orderId}/invoice',
      '/api/admin/orders/{orderId}/refunds',
      '/api/admin/orders/{orderId}/refunds/{refundId}/credit-note',
      '/api/admin/orders/{orderId}/returns/{returnId}/decision',
      '/api/admin/orders/{orderId}/returns/{returnId}/receive',
      '/api/admin/orders/{orderId}/returns/{returnId}/refund',
      '/api/admin/orders/{orderId}/shipments',
      '/api/admin/orders/{orderId}/shipments/{shipmentId}',
      '/api/admin/orders/{orderId}/shipments/{shipmentId}/cancel',
      '/api/admin/orders/{orderId}/shipments/{shipmentId}/events',
      '/api/admin/orders/{orderId}/shipments/{shipmentId}/refresh',
      '/api/admin/orders/{orderId}/uploads/{uploadId}/file',
      '/api/admin/reports/sales',
      '/api/admin/reports/stock',
      '/api/admin/returns',
      '/api/admin/review-settings',
      '/api/admin/reviews',
      '/api/admin/reviews/{reviewId}',
    ]);
    for (const path of adminPaths) {
      for (const [method, operation] of Object.entries(doc.paths[path] ?? {})) {
        assert.deepEqual(operation.security, [{ bearerAuth: [] }], `${method} ${path}`);
        const responses = operation.responses as Record<string, JsonObject>;
        assert.ok(responses['401'] && responses['403'], `${method} ${path}`);
      }
    }
    const listParameters = doc.paths['/api/admin/orders']?.get?.parameters as { name: string }[];
    assert.deepEqual(listParameters.map((param) => param.name).sort(), [
      'cursor',
      'fulfillmentStatus',
      'limit',
      'paymentStatus',
      'q',
      'status',
    ]);
    const design = doc.components.schemas.AdminDesign as { required: string[]; properties: Record<string, JsonObject> };
    assert.ok(
      design.required.includes('sha256') &&
        design.required.includes('lineIds') &&
        design.required.includes('downloadName'),
    );
    assert.match(String(design.properties.downloadName?.description), /invoice\.html\.png/);
    const signIn = doc.paths['/api/sessions']?.post?.responses as Record<string, JsonObject>;
    assert.deepEqual(Object.keys(signIn).sort(), ['201', '400', '401', '403', '413', '415', '429', '500']);
  });

  test('every $ref resolves, and the error codes are the documented list', () => {
    for (const ref of refs(doc)) {
      const name = ref.replace('#/components/schemas/', '');
      assert.ok(doc.components.schemas[name], `${ref} resolves`);
    }
    assert.deepEqual(doc.components.schemas.ErrorCode?.enum, [...ERROR_CODES]);
    const product = doc.components.schemas.Product as { required: string[] };
    assert.ok(product.required.includes('variants'));
    assert.ok(Object.values(doc.components.schemas).every((schema) => !('$id' in schema) && !('$schema' in schema)));
  });
});

describe('GET /api/docs', () => {
  test('is a self-contained HTML reference of every operation and schema', async () => {
    const response = await server.get('/api/docs');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const html = response.text;
    assert.match(html, /^<!doctype html>/);
    for (const path of Object.keys(doc.paths)) assert.ok(html.includes(path), path);
    for (const name of Object.keys(doc.components.schemas)) assert.ok(html.includes(`id="schema-${name}"`), name);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /(src|href)="https?:/i, 'no external assets');
    assert.match(html, /invalid_cursor/);
    assert.match(html, /<code>application\/octet-stream<\/code>: The file’s bytes\./);
  });
});
