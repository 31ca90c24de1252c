import { appendFileSync, readFileSync } from 'node:fs';
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from './env.ts';
import { documentedResponses, type RouteSpec } from './route.ts';

/**
 * When `STORELET_ROUTE_COVERAGE` names a file (server/test-files.ts sets it for a test run), a middleware that
 * appends to it each `operationId status` the routes answer, once per process; null otherwise, so that a
 * running shop pays nothing. Installed first on `/api/*`, it sees the answers of the app's own checks too
 * (an admin's 401, a body over the limit).
 */
export function routeCoverage(
  routes: readonly RouteSpec[],
  file = process.env['STORELET_ROUTE_COVERAGE'],
): MiddlewareHandler<AppEnv> | null {
  if (!file) return null;
  const operationIds = new Map(
    routes.map((route) => [`${route.method.toUpperCase()} /api${route.path}`, route.operationId]),
  );
  const seen = new Set<string>();
  return async (c, next) => {
    await next();
    // The route the request matched is the last handler that is not middleware (`app.use` registers ALL).
    const endpoint = matchedRoutes(c)
      .filter((route) => route.method !== 'ALL')
      .at(-1);
    const operationId = endpoint && operationIds.get(`${endpoint.method} ${endpoint.path}`);
    if (!operationId) return;
    const answer = `${operationId} ${c.res.status}`;
    if (seen.has(answer)) return;
    seen.add(answer);
    appendFileSync(file, `${answer}\n`);
  };
}

export type RouteCoverage = {
  /** Documented statuses no request was answered with (`operationId status`). */
  unreached: string[];
  /** Statuses a route answered without documenting them. */
  undocumented: string[];
};

/**
 * Holds what the routes answered (the lines `routeCoverage` wrote) to what they document. Every documented
 * status must have been seen except 500, which any route documents and none should answer.
 */
export function compareRouteCoverage(routes: readonly RouteSpec[], answered: readonly string[]): RouteCoverage {
  const seen = new Set(answered.filter(Boolean));
  const documented = new Set(
    routes.flatMap((route) =>
      Object.keys(documentedResponses(route)).map((status) => `${route.operationId} ${status}`),
    ),
  );
  return {
    unreached: [...documented].filter((answer) => !answer.endsWith(' 500') && !seen.has(answer)).sort(),
    undocumented: [...seen].filter((answer) => !documented.has(answer)).sort(),
  };
}

/** `compareRouteCoverage` of the file a test run wrote. */
export function readRouteCoverage(routes: readonly RouteSpec[], file: string): RouteCoverage {
  return compareRouteCoverage(routes, readFileSync(file, 'utf8').split('\n'));
}
