import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ensureAdmin } from '../accounts/ensure-admin.ts';
import { bearer, createUser, signInToken } from '../accounts/test-support/users.ts';
import { MAX_JSON_BODY_BYTES } from '../app.ts';
import type { JsonObject } from '../openapi/document.ts';
import { API_ROUTES } from '../openapi/api-routes.ts';
import { startTestServer, type ErrorJson, type TestServer } from '../test-support/server.ts';
import { documentPath, type RouteSpec } from './route.ts';

/**
 * Every documented query and JSON body is the one its handler parses: for each route object, the schema the
 * OpenAPI document publishes is broken one field at a time over real HTTP, and the answer must be 400
 * `validation_failed` naming that field. A handler that parsed another schema, or none, fails here.
 */

type Doc = { paths: Record<string, Record<string, JsonObject>>; components: { schemas: Record<string, JsonObject> } };
type Issue = { path: string; message: string };

let server: TestServer;
let doc: Doc;
let adminToken: string;
let customerToken: string;

before(async () => {
  server = await startTestServer({ seed: 'none', rules: 'none' });
  await ensureAdmin(server.data, { email: 'owner@example.com', password: 'a long admin password' });
  adminToken = await signInToken(server, 'owner@example.com', 'a long admin password');
  await createUser(server.data, 'shopper@example.com', 'a long customer password');
  customerToken = await signInToken(server, 'shopper@example.com', 'a long customer password');
  doc = (await server.get<Doc>('/api/openapi.json')).body;
});
after(() => server.close());

const operation = (route: RouteSpec) => doc.paths[documentPath(route)]?.[route.method] as JsonObject;

/** The route's path with a placeholder for each parameter: validation comes before any lookup. */
const samplePath = (route: RouteSpec) => `/api${route.path.replace(/:(\w+)/g, 'x_$1')}`;

/**
 * Admin routes are checked by the app before anything else, and the account's routes by their own middleware:
 * each is sent with a credential it accepts. The others need none to be parsed.
 */
const credentials = (route: RouteSpec): Record<string, string> => {
  if (route.path.startsWith('/admin/')) return bearer(adminToken).headers as Record<string, string>;
  return route.security === 'bearer' ? (bearer(customerToken).headers as Record<string, string>) : {};
};

/** A query-string value the documented parameter schema refuses, or null when every string is allowed. */
function badQueryValue(schema: JsonObject): string | null {
  if (Array.isArray(schema.enum)) return 'not_a_listed_value';
  if (schema.type === 'integer' || schema.type === 'number') return '1x';
  if (typeof schema.maxLength === 'number') return 'x'.repeat(schema.maxLength + 1);
  if (typeof schema.pattern === 'string') return 'NOT A MATCH\u0001';
  return null;
}

/** A JSON value of the wrong type for the documented property schema. */
function badBodyValue(schema: JsonObject): unknown {
  if (Array.isArray(schema.enum)) return 'not_a_listed_value';
  const types = Array.isArray(schema.anyOf)
    ? (schema.anyOf as JsonObject[]).map((branch) => branch.type)
    : [schema.type];
  return types.includes('string') ? 12345 : 'not of this type';
}

function namesField(issues: Issue[], field: string): boolean {
  return issues.some((issue) => issue.path === field || issue.path.startsWith(`${field}.`));
}

async function expectRefusal(
  route: RouteSpec,
  response: { status: number; body: unknown },
  field: string,
): Promise<void> {
  const where = `${route.operationId}: ${field}`;
  assert.equal(response.status, 400, where);
  const { error } = response.body as ErrorJson;
  assert.equal(error.code, 'validation_failed', where);
  const issues = (error.details as { issues: Issue[] }).issues;
  assert.ok(namesField(issues, field), `${where} is named in ${JSON.stringify(issues)}`);
}

const withQuery = API_ROUTES.filter((route) => route.query);
const writes = API_ROUTES.filter((route) => route.method !== 'get');
const withBody = API_ROUTES.filter((route) => route.body);

describe('every documented query is the one the handler parses', () => {
  test('there are routes to check', () => assert.ok(withQuery.length >= 8, String(withQuery.length)));

  for (const route of withQuery) {
    test(`${route.method.toUpperCase()} ${route.path} (${route.operationId})`, async () => {
      const parameters = (
        (operation(route).parameters ?? []) as { name: string; in: string; schema: JsonObject }[]
      ).filter((parameter) => parameter.in === 'query');
      let refused = 0;
      for (const parameter of parameters) {
        const value = badQueryValue(parameter.schema);
        if (value === null) continue;
        const url = `${samplePath(route)}?${new URLSearchParams({ [parameter.name]: value })}`;
        await expectRefusal(
          route,
          await server.get(url, { method: route.method.toUpperCase(), headers: credentials(route) }),
          parameter.name,
        );
        refused++;
      }
      // A schema with no parameter to break (one that takes none) must refuse any parameter.
      if (parameters.length === 0) {
        const response = await server.get(`${samplePath(route)}?unexpected=1`, { headers: credentials(route) });
        await expectRefusal(route, response, 'unexpected');
        refused++;
      }
      assert.ok(refused > 0, `${route.operationId}: no documented parameter could be broken`);
    });
  }
});

describe('every documented JSON body is the one the handler parses', () => {
  test('there are routes to check', () => assert.ok(withBody.length >= 8, String(withBody.length)));

  for (const route of withBody) {
    test(`${route.method.toUpperCase()} ${route.path} (${route.operationId})`, async () => {
      const content = (operation(route).requestBody as { content: Record<string, { schema: { $ref: string } }> })
        .content;
      const name = content['application/json']?.schema.$ref.replace('#/components/schemas/', '') ?? '';
      const schema = doc.components.schemas[name] as { properties: Record<string, JsonObject>; required?: string[] };
      const send = (body: string, contentType = 'application/json') =>
        server.get(samplePath(route), {
          method: route.method.toUpperCase(),
          headers: { ...credentials(route), 'content-type': contentType },
          body,
        });

      const properties = Object.entries(schema.properties);
      assert.ok(properties.length > 0, name);
      for (const [field, property] of properties) {
        await expectRefusal(route, await send(JSON.stringify({ [field]: badBodyValue(property) })), field);
      }
      const empty = await send('{}');
      for (const field of schema.required ?? []) await expectRefusal(route, empty, field);
      if (!schema.required?.length) assert.notEqual(empty.status, 415, route.operationId);

      // What the machinery answers for any JSON body, documented for each such route.
      const notJson = await send('{}', 'text/plain');
      assert.equal(notJson.status, 415, route.operationId);
      assert.equal((notJson.body as ErrorJson).error.code, 'unsupported_media_type');
      const tooLarge = await send(JSON.stringify({ padding: 'x'.repeat(MAX_JSON_BODY_BYTES) }));
      assert.equal(tooLarge.status, 413, route.operationId);
      assert.equal((tooLarge.body as ErrorJson).error.code, 'payload_too_large');
    });
  }
});

describe('every route that changes something refuses a page the store does not allow', () => {
  for (const route of writes) {
    test(`${route.method.toUpperCase()} ${route.path} (${route.operationId})`, async () => {
      const response = await server.get<ErrorJson>(samplePath(route), {
        method: route.method.toUpperCase(),
        headers: { ...credentials(route), origin: 'https://elsewhere.example', 'content-type': 'application/json' },
        body: '{}',
      });
      assert.equal(response.status, 403, route.operationId);
      assert.equal(response.body.error.code, 'origin_not_allowed');
    });
  }
});

describe('every admin route refuses anyone but an admin, before it reads anything', () => {
  const adminRoutes = API_ROUTES.filter((route) => route.path.startsWith('/admin/'));
  test('there are routes to check', () => assert.ok(adminRoutes.length >= 10, String(adminRoutes.length)));
  for (const route of adminRoutes) {
    test(`${route.method.toUpperCase()} ${route.path} (${route.operationId})`, async () => {
      const send = (headers: Record<string, string>) =>
        server.get<ErrorJson>(samplePath(route), {
          method: route.method.toUpperCase(),
          headers: { ...headers, 'content-type': 'application/json' },
          ...(route.method === 'get' ? {} : { body: '{}' }),
        });
      const anonymous = await send({});
      assert.deepEqual([anonymous.status, anonymous.body.error.code], [401, 'unauthorized'], route.operationId);
      const customer = await send(bearer(customerToken).headers as Record<string, string>);
      assert.deepEqual([customer.status, customer.body.error.code], [403, 'forbidden'], route.operationId);
    });
  }
});
