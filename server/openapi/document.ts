import * as z from 'zod';
import { ERROR_CODES } from '../../sdk/schemas/index.ts';
import {
  documentedResponses,
  documentPath,
  pathParamNames,
  type RouteResponse,
  type RouteSpec,
  type Schema,
} from '../http/route.ts';
import { COMPONENTS } from './operations.ts';

/** JSON Schema / OpenAPI objects: plain JSON. */
export type JsonObject = { [key: string]: unknown };

const REF = (name: string) => `#/components/schemas/${name}`;

const API_DESCRIPTION = `The Storelet storefront API. JSON over HTTP; field names are camelCase, enum values and
error codes snake_case. Money is an integer amount of minor units plus an ISO 4217 currency code. Lists answer
\`{ "items": [...], "nextCursor": "…" | null }\`. Every error answers \`{ "error": { "code", "message", "details" } }\`
with a fitting HTTP status; codes come from the stable list in the \`ErrorCode\` schema. Every response carries an
\`X-Request-Id\` header.`;

/** Generated JSON Schema carries `$schema`/`$id` per component; inside an OpenAPI document they only get in the way. */
function stripSchemaIds(schema: JsonObject): JsonObject {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

function componentSchemas(): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, { uri: REF }).schemas as Record<string, JsonObject>;
  const schemas = Object.fromEntries(Object.entries(generated).map(([id, schema]) => [id, stripSchemaIds(schema)]));
  // Request bodies ignore fields they don't name (a client-sent price, say); the output view says "none allowed".
  for (const [id, schema] of Object.entries(schemas))
    if (id.endsWith('Body') && id !== 'ErrorBody') delete schema.additionalProperties;
  // The wire schema keeps `code` a plain string so that a new code never breaks an old client; the
  // document names the codes known today.
  schemas.ErrorCode = {
    type: 'string',
    enum: [...ERROR_CODES],
    description: 'Stable error codes. New ones may be added.',
  };
  const error = (schemas.ErrorBody?.properties as JsonObject | undefined)?.error as JsonObject | undefined;
  const errorProperties = error?.properties as JsonObject | undefined;
  if (errorProperties) errorProperties.code = { $ref: REF('ErrorCode') };
  return schemas;
}

function queryParameters(operation: Pick<RouteSpec, 'query' | 'queryDescriptions'>): JsonObject[] {
  if (!operation.query) return [];
  // Query strings carry text: the input side of the schema (before coercion and defaults) is what clients send.
  const schema = z.toJSONSchema(operation.query, { io: 'input', unrepresentable: 'any' }) as JsonObject;
  const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.has(name),
    ...(operation.queryDescriptions?.[name] ? { description: operation.queryDescriptions[name] } : {}),
    schema: property,
  }));
}

const BEARER_SCHEME = 'bearerAuth';
const SECURITY_SCHEMES = {
  [BEARER_SCHEME]: {
    type: 'http',
    scheme: 'bearer',
    description:
      'An opaque session token (`sst_…`) from `POST /api/sessions`, sent as `Authorization: Bearer <token>`.',
  },
};

const COMPONENT_NAMES = new Map<Schema, string>(Object.entries(COMPONENTS).map(([name, schema]) => [schema, name]));

/** A route's schema by its component name: a schema that is not published as one is a mistake in the route. */
function componentRef(schema: Schema, where: string): JsonObject {
  const name = COMPONENT_NAMES.get(schema);
  if (!name) throw new Error(`${where}: its schema is not listed in COMPONENTS (server/openapi/operations.ts)`);
  return { $ref: REF(name) };
}

function routeResponse(response: RouteResponse, where: string): JsonObject {
  if (!response.body) return { description: response.description };
  const content =
    'contentType' in response.body && typeof response.body.contentType === 'string'
      ? { [response.body.contentType]: {} }
      : { 'application/json': { schema: componentRef(response.body as Schema, where) } };
  return { description: response.description, content };
}

function routeObject(route: RouteSpec): JsonObject {
  const where = `${route.method} ${route.path}`;
  const responses = documentedResponses(route);
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(route.security === 'bearer' ? { security: [{ [BEARER_SCHEME]: [] }] } : {}),
    parameters: [
      ...pathParamNames(route).map((name) => {
        const description = route.params?.[name];
        if (!description) throw new Error(`${where}: the path parameter ${name} has no description`);
        return { name, in: 'path', required: true, description, schema: { type: 'string' } };
      }),
      ...queryParameters(route),
      ...(route.headers ?? []).map((header) => ({
        name: header.name,
        in: 'header',
        required: header.required,
        description: header.description,
        schema: { type: 'string' },
      })),
    ],
    ...(route.body
      ? {
          requestBody: { required: true, content: { 'application/json': { schema: componentRef(route.body, where) } } },
        }
      : {}),
    ...(route.rawBody
      ? {
          requestBody: {
            required: true,
            description: route.rawBody.description,
            content: {
              [route.rawBody.contentType]: { schema: { type: 'string', contentMediaType: route.rawBody.contentType } },
            },
          },
        }
      : {}),
    responses: Object.fromEntries(
      Object.entries(responses).map(([status, response]) => [status, routeResponse(response, where)]),
    ),
  };
}

/**
 * The OpenAPI 3.1 document of `routes` (the app passes `API_ROUTES`), generated from the same route objects
 * and zod schemas that mount, validate and type the wire.
 */
export function buildOpenApiDocument(version: string, routes: readonly RouteSpec[]): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const route of routes) {
    const path = documentPath(route);
    paths[path] = { ...paths[path], [route.method]: routeObject(route) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Storelet API', version, description: API_DESCRIPTION },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    tags: [
      { name: 'Catalog', description: 'Products, search and categories.' },
      { name: 'Cart', description: 'Guest carts, priced by the server: lines, discount code, shipping and tax.' },
      { name: 'Checkout', description: 'Orders, payment attempts and payment events.' },
      {
        name: 'Stickers',
        description: 'Custom stickers: configurator options, server-side quotes and design uploads.',
      },
      { name: 'Accounts', description: 'Signing in and out with a bearer token, and the signed-in account.' },
      { name: 'Admin', description: 'The shop’s own view of orders and designs: an admin’s bearer token only.' },
      { name: 'Service', description: 'Health and this description.' },
    ],
    paths,
    components: { schemas: componentSchemas(), securitySchemes: SECURITY_SCHEMES },
  };
}
