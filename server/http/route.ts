import type { Context, Hono, MiddlewareHandler } from 'hono';
import type * as z from 'zod';
import { errorResponse } from '../openapi/responses.ts';
import { parseJsonBody, parseQuery } from '../validate.ts';
import type { AppEnv } from './env.ts';

/**
 * One API route, described once. The router mounts it (`mountRoute`), the validation parses with its
 * `query` and `body`, and the OpenAPI document (server/openapi/document.ts) is generated from it, so the
 * document cannot drift from the code.
 *
 * Our own `defineRoute` rather than `@hono/zod-openapi`'s `createRoute`: the wire schemas in sdk/schemas are
 * `zod/mini` (the browser bundle cannot afford full zod), and zod-openapi needs full-zod schemas carrying its
 * `.openapi()` extension. zod 4 turns mini schemas into JSON Schema itself (`z.toJSONSchema`).
 */

export type Schema = z.core.$ZodType;

export type RouteResponse = {
  description: string;
  /** A JSON body by its schema (published as a named component), or another content type; none for a 204. */
  body?: Schema | { contentType: string };
};

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export type RouteSpec = {
  method: HttpMethod;
  /** The Hono path under `/api`: `/orders/:orderId`. The document writes it `/api/orders/{orderId}`. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  /** Descriptions of the path's parameters, by name. Every `:name` in `path` must have one. */
  params?: Record<string, string>;
  /** The query string's schema; every parameter not in it is refused. */
  query?: Schema;
  /** Descriptions of query parameters by name (their schemas come from `query`). */
  queryDescriptions?: Record<string, string>;
  /**
   * Remember what each query string parsed to (a bounded memory): for hot reads whose query strings repeat,
   * such as the catalog's lists, where parsing is a good part of answering from the page cache.
   */
  memoizeQuery?: true;
  headers?: { name: string; description: string; required: boolean }[];
  /** A JSON request body's schema. */
  body?: Schema;
  /** A body that is not JSON (an uploaded file, a signed webhook), read by the handler itself. */
  rawBody?: { contentType: string; description: string };
  responses: Record<number, RouteResponse>;
  /** `bearer`: the route needs `Authorization: Bearer <session token>` (an admin's for `/api/admin/*`). */
  security?: 'bearer';
};

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

type Parsed<S> = S extends Schema ? z.output<S> : undefined;

/** What a handler receives: the path parameters, and the query and body already parsed by the route's schemas. */
export type RouteInput<R extends RouteSpec> = {
  params: Record<ParamNames<R['path']>, string>;
  query: Parsed<R['query']>;
  body: Parsed<R['body']>;
};

export type RouteHandler<R extends RouteSpec> = (
  c: Context<AppEnv>,
  input: RouteInput<R>,
) => Response | Promise<Response>;

/** Keeps the literal types of a route (its path's parameter names, its schemas) for `mountRoute`'s handler. */
export function defineRoute<const R extends RouteSpec>(route: R): R {
  return route;
}

const INVALID_QUERY = errorResponse('`validation_failed` naming each refused query parameter.');
const INVALID_BODY = errorResponse('`validation_failed` naming the fields, or `invalid_json`.');
const ORIGIN_NOT_ALLOWED = errorResponse(
  '`origin_not_allowed`: a change sent from a page whose origin the store does not allow (`details.origin`).',
);
const BODY_TOO_LARGE = errorResponse('`payload_too_large`: the body is over 1 MB (`details.maxBytes`).');
const NOT_JSON = errorResponse('`unsupported_media_type`: the body is not sent as `application/json`.');
const INTERNAL_ERROR = errorResponse('`internal_error`: something failed on the server. Safe to retry a read.');

/**
 * Everything a route may answer: its own `responses`, plus what the machinery answers for any route of its
 * kind, unless the route words it itself: a refused query or body (400), a change from a page the store does
 * not allow (403, server/http/security.ts), a JSON body over the limit or of another type, an unexpected failure.
 */
export function documentedResponses(route: RouteSpec): Record<number, RouteResponse> {
  const implied: Record<number, RouteResponse> = { 500: INTERNAL_ERROR };
  if (route.query) implied[400] = INVALID_QUERY;
  if (route.body) Object.assign(implied, { 400: INVALID_BODY, 413: BODY_TOO_LARGE, 415: NOT_JSON });
  if (route.method !== 'get') implied[403] = ORIGIN_NOT_ALLOWED;
  return { ...implied, ...route.responses };
}

/** `/orders/:orderId` → `/api/orders/{orderId}`. */
export function documentPath(route: Pick<RouteSpec, 'path'>): string {
  return `/api${route.path.replace(/:(\w+)/g, '{$1}')}`;
}

/** The path parameter names of a route, in order. */
export function pathParamNames(route: Pick<RouteSpec, 'path'>): string[] {
  return [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
}

/** Query strings a `memoizeQuery` route remembers; past this the memory starts over (it is only a shortcut). */
const MAX_MEMOIZED_QUERIES = 2_000;

type QueryReader = (c: Context<AppEnv>) => unknown;

/** Parses the query with `schema`; with `memoize`, a query string seen before skips parsing. Refusals are not kept. */
function queryReader(schema: Schema | undefined, memoize: boolean): QueryReader {
  if (!schema) return () => undefined;
  if (!memoize) return (c) => parseQuery(c, schema);
  const parsedByQueryString = new Map<string, unknown>();
  return (c) => {
    const url = c.req.url;
    const queryString = url.slice(url.indexOf('?') + 1 || url.length);
    const known = parsedByQueryString.get(queryString);
    if (known !== undefined) return known;
    // Frozen: every later request with this query string is handed the same object.
    const parsed = Object.freeze(parseQuery(c, schema));
    if (parsedByQueryString.size >= MAX_MEMOIZED_QUERIES) parsedByQueryString.clear();
    parsedByQueryString.set(queryString, parsed);
    return parsed;
  };
}

/**
 * Mounts `route` on `app`: `middleware` first (authentication, say), then the parsing of the query and the
 * JSON body with the route's own schemas (400 naming the fields), then `handler` with what they parsed.
 */
export function mountRoute<R extends RouteSpec>(
  app: Hono<AppEnv>,
  route: R,
  ...rest: [...middleware: MiddlewareHandler<AppEnv>[], handler: RouteHandler<R>]
): void {
  const handler = rest.pop() as RouteHandler<R>;
  const middleware = rest as MiddlewareHandler<AppEnv>[];
  const names = pathParamNames(route);
  const readQuery = queryReader(route.query, route.memoizeQuery === true);
  const handlers: MiddlewareHandler<AppEnv>[] = [
    ...middleware,
    async (c: Context<AppEnv>) => {
      const params = Object.fromEntries(
        names.map((name) => [name, c.req.param(name) ?? '']),
      ) as RouteInput<R>['params'];
      const query = readQuery(c) as RouteInput<R>['query'];
      const body = (route.body ? await parseJsonBody(c, route.body) : undefined) as RouteInput<R>['body'];
      return handler(c, { params, query, body });
    },
  ];
  // Hono's typed overloads cannot follow a spread of middleware; the handlers are plain middleware here.
  (app.on as (method: string, path: string, ...handlers: MiddlewareHandler<AppEnv>[]) => void)(
    route.method.toUpperCase(),
    route.path,
    ...handlers,
  );
}
