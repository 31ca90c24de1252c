import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError, InternalError, RateLimitedError, RouteNotFoundError, ValidationError } from '../errors.ts';
import type { AppEnv } from './env.ts';

export type ErrorLogger = (message: string, error: unknown) => void;

function send(c: Context<AppEnv>, error: ApiError): Response {
  if (error instanceof RateLimitedError) c.header('Retry-After', String(error.retryAfter));
  return c.json(error.toBody(), error.status as ContentfulStatusCode);
}

/** Hono's own exceptions (from its middleware) in our error vocabulary. */
function fromHttpException(error: HTTPException): ApiError {
  if (error.status === 413) return new ApiError('payload_too_large', 413, 'The request body is too large.');
  if (error.status === 400) return new ValidationError([], error.message || 'The request is not valid.');
  if (error.status === 404) return new ApiError('not_found', 404, error.message || 'Not found.');
  return new ApiError(error.status >= 500 ? 'internal_error' : 'validation_failed', error.status, error.message);
}

/**
 * The one error path: every throw reaches here and leaves as `{ "error": { code, message, details } }`.
 * Errors that are not ApiErrors are bugs: they are logged and answered with a 500 that reveals nothing.
 */
export function errorHandler(log: ErrorLogger): ErrorHandler<AppEnv> {
  return (error, c) => {
    if (error instanceof ApiError) return send(c, error);
    if (error instanceof HTTPException) return send(c, fromHttpException(error));
    log(`Unhandled error on ${c.req.method} ${c.req.path} (request ${c.get('requestId') ?? '-'})`, error);
    return send(c, new InternalError());
  };
}

export const notFoundHandler: NotFoundHandler<AppEnv> = (c) => {
  // Echoing a path of any length would let a client make the error body arbitrarily large.
  const path = c.req.path.length > 200 ? `${c.req.path.slice(0, 200)}…` : c.req.path;
  return send(c, new RouteNotFoundError(c.req.method, path));
};
