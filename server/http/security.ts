import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.ts';
import type { AppEnv } from './env.ts';
import { requestHeader, setDefaultHeader } from './headers.ts';

/** Content-Security-Policy values. JSON gets `api` by default; handlers serving pages or images set theirs. */
export const CSP = {
  /** JSON and errors: nothing may load, nothing may frame it. */
  api: "default-src 'none'; frame-ancestors 'none'",
  /**
   * The example pages: the bundle, images and API from this origin only, no inline script. Inline styles
   * stay allowed because Lit falls back to <style> elements where constructable stylesheets are missing.
   */
  html: [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; '),
  /** The server-rendered API reference: one inline stylesheet, nothing else. */
  docs: "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
  /** SVG opened directly must not run script, whoever made the file. */
  svg: "default-src 'none'; style-src 'unsafe-inline'",
} as const;

export type SecurityOptions = {
  /** Embedding origins from the configuration; the server's own origin is always allowed too. */
  allowedOrigins: string[];
  production: boolean;
};

/**
 * Headers that only mean something on a document (a page a browser renders): opener isolation,
 * framing, referrers, legacy XSS and download switches. Pages add them (see files.ts and the docs page);
 * JSON, scripts and images go without, because every header is parsed on every response and on a
 * cached product page these eight cost more throughput than the page itself.
 */
export const DOCUMENT_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Origin-Agent-Cluster': '?1',
  'Referrer-Policy': 'no-referrer',
  'X-DNS-Prefetch-Control': 'off',
  'X-Download-Options': 'noopen',
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Permitted-Cross-Domain-Policies': 'none',
  'X-XSS-Protection': '0',
};

/**
 * Secure headers on every response: no sniffing, a CSP that loads and frames nothing (pages and SVG
 * set their own), cross-origin reads refused unless a handler opens them up, and HSTS in production.
 * Set before the handler runs rather than with hono/secure-headers, which edits the finished response
 * and so forces the adapter's slow path (see headers.ts). A handler overrides any of them by setting it.
 */
export function secureHeaders(options: SecurityOptions): MiddlewareHandler<AppEnv> {
  const headers: [string, string][] = [
    ['Content-Security-Policy', CSP.api],
    ['X-Content-Type-Options', 'nosniff'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
  ];
  // Browsers only honour HSTS over HTTPS, which a production deployment terminates in front of us.
  if (options.production) headers.push(['Strict-Transport-Security', 'max-age=15552000; includeSubDomains']);
  return async (c, next) => {
    for (const [name, value] of headers) setDefaultHeader(c, name, value);
    await next();
  };
}

function isAllowedOrigin(origin: string, c: Context, allowed: ReadonlySet<string>): boolean {
  return allowed.has(origin) || origin === new URL(c.req.url).origin;
}

const ALLOW_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';
const ALLOW_HEADERS = 'Content-Type, Authorization, Idempotency-Key, X-Request-Id';
/** What a page on another origin may read: the request id, how long a 429 asks it to wait, and a download's file name. */
const EXPOSE_HEADERS = 'X-Request-Id, Retry-After, Content-Disposition';

/**
 * CORS for `/api/*`: only configured origins (and our own) may read responses, and the headers in EXPOSE_HEADERS.
 * Written here rather than with hono/cors because that one touches `c.res` before the handler runs,
 * which on Node forces the slow path described in headers.ts.
 */
export function apiCors(options: SecurityOptions): MiddlewareHandler<AppEnv> {
  const allowed = new Set(options.allowedOrigins);
  return async (c, next) => {
    const origin = requestHeader(c, 'origin');
    // Answers differ by Origin, so shared caches must keep them apart.
    setDefaultHeader(c, 'Vary', 'Origin');
    const permitted = origin !== undefined && isAllowedOrigin(origin, c, allowed);
    if (permitted) {
      setDefaultHeader(c, 'Access-Control-Allow-Origin', origin);
      setDefaultHeader(c, 'Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
    if (c.req.method === 'OPTIONS' && requestHeader(c, 'access-control-request-method')) {
      if (permitted) {
        setDefaultHeader(c, 'Access-Control-Allow-Methods', ALLOW_METHODS);
        setDefaultHeader(c, 'Access-Control-Allow-Headers', ALLOW_HEADERS);
        setDefaultHeader(c, 'Access-Control-Max-Age', '600');
      }
      return c.body(null, 204);
    }
    await next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses writes sent by a browser from an origin the store owner did not allow. CORS alone only stops
 * the page from reading the answer; the write itself would still happen.
 */
export function originGuard(options: SecurityOptions): MiddlewareHandler<AppEnv> {
  const allowed = new Set(options.allowedOrigins);
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = requestHeader(c, 'origin');
      if (origin && !isAllowedOrigin(origin, c, allowed)) {
        throw new ApiError('origin_not_allowed', 403, 'This origin may not make changes to the store.', {
          origin: origin.slice(0, 200),
        });
      }
    }
    await next();
  };
}
