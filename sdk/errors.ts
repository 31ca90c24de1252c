import type { FieldIssue } from './schemas/error.ts';

export type StoreletErrorInit = {
  code: string;
  message: string;
  status: number;
  details?: Record<string, unknown> | undefined;
  requestId?: string | undefined;
  /** What was thrown before it became this error, for whoever debugs it. */
  cause?: unknown;
};

/**
 * Base of every error the SDK throws. `code` is the server's stable snake_case code; `name` is a
 * literal in each class so `instanceof`-free checks survive minification.
 */
export class StoreletError extends Error {
  override name: string = 'StoreletError';
  readonly code: string;
  readonly status: number;
  readonly details: Record<string, unknown>;
  readonly requestId: string | undefined;

  constructor(init: StoreletErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.details = init.details ?? {};
    this.requestId = init.requestId;
  }
}

/** 400: the request was malformed; `issues` names the offending fields. */
export class StoreletValidationError extends StoreletError {
  override name = 'StoreletValidationError' as const;
  get issues(): FieldIssue[] {
    const issues = this.details['issues'];
    return Array.isArray(issues) ? (issues as FieldIssue[]) : [];
  }
}

/** 404: no such product, order, route… */
export class StoreletNotFoundError extends StoreletError {
  override name = 'StoreletNotFoundError' as const;
}

/** 409 and friends: the request was fine but the shop's state refuses it (out of stock, already paid…). */
export class StoreletConflictError extends StoreletError {
  override name = 'StoreletConflictError' as const;
}

/** 401/403: not signed in, or not allowed to see this object. */
export class StoreletAuthError extends StoreletError {
  override name = 'StoreletAuthError' as const;
}

/** 429: slow down; `retryAfter` is in seconds when the server said so. */
export class StoreletRateLimitError extends StoreletError {
  override name = 'StoreletRateLimitError' as const;
  get retryAfter(): number | undefined {
    const value = this.details['retryAfter'];
    return typeof value === 'number' ? value : undefined;
  }
}

/** The server could not be reached, or did not answer in time. */
export class StoreletNetworkError extends StoreletError {
  override name = 'StoreletNetworkError' as const;
}

/** 5xx or an answer the SDK could not understand. */
export class StoreletApiError extends StoreletError {
  override name = 'StoreletApiError' as const;
}

/** Turns an HTTP error answer into the fitting typed error. The only place that maps statuses to classes. */
export function errorFromResponse(status: number, body: unknown, requestId?: string): StoreletError {
  // `Object()` reads any body, JSON or not, as an object: what is not `{ error: { … } }` gives the fallbacks.
  const { code, message, details } = Object(Object(body).error) as Record<string, unknown>;
  const init: StoreletErrorInit = {
    status,
    code: typeof code === 'string' ? code : status >= 500 ? 'internal_error' : 'http_' + status,
    message: typeof message === 'string' ? message : `The shop answered with HTTP ${status}.`,
    details: typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : undefined,
    requestId,
  };
  if (status === 400 || status === 413 || status === 415 || status === 422) return new StoreletValidationError(init);
  if (status === 401 || status === 403) return new StoreletAuthError(init);
  if (status === 404) return new StoreletNotFoundError(init);
  if (status === 409 || status === 410) return new StoreletConflictError(init);
  if (status === 429) return new StoreletRateLimitError(init);
  return new StoreletApiError(init);
}

export function networkError(cause: unknown, timedOut: boolean): StoreletNetworkError {
  return new StoreletNetworkError({
    status: 0,
    code: timedOut ? 'timeout' : 'network_error',
    message: timedOut ? 'The shop did not answer in time.' : 'The shop could not be reached.',
    cause,
  });
}

/** The shop is up but does not let this page's origin read its answers (CORS). */
export function originRefused(shopOrigin: string, pageOrigin: string): StoreletNetworkError {
  return new StoreletNetworkError({
    status: 0,
    code: 'origin_not_allowed',
    message: `The shop ${shopOrigin} refuses this page's origin, ${pageOrigin}: add it to its STOREFRONT_ORIGINS.`,
  });
}

/** A success status whose body is not the API's JSON: `apiUrl` most likely names the wrong server. */
export function invalidResponse(status: number, requestId: string | undefined): StoreletApiError {
  return new StoreletApiError({
    status,
    code: 'invalid_response',
    message: 'The shop answered with something that is not its API. Check the shop address (apiUrl).',
    requestId,
  });
}

export function isStoreletError(value: unknown): value is StoreletError {
  return value instanceof StoreletError;
}

/**
 * True for a call cancelled through its signal (or that error after `toStoreletError`): nothing went wrong, so
 * there is nothing to show.
 */
export function isAbortError(value: unknown): boolean {
  return (value as Error | null)?.name === 'AbortError' || (isStoreletError(value) && value.code === 'aborted');
}

/** What fetch rejects with when no answer came: Chromium, Firefox, Safari, Node (undici), React Native. */
const FETCH_FAILURES = new Set([
  'Failed to fetch',
  'NetworkError when attempting to fetch resource.',
  'Load failed',
  'fetch failed',
  'Network request failed',
]);

/**
 * Turns anything a call may throw into a StoreletError, so a widget has one shape to show and to emit: a
 * StoreletError as it is; a cancelled call as a network error coded `aborted`; a timeout or fetch's own failure as
 * the network error `timeout` or `network_error`; anything else (a bug, a thrown string) as `unexpected_error` with
 * `fallbackMessage`, never its own text, which was not written for shoppers. The original is kept as `cause`.
 */
export function toStoreletError(error: unknown, fallbackMessage = 'Something went wrong.'): StoreletError {
  if (isStoreletError(error)) return error;
  const name = (error as Error | null)?.name;
  if (name === 'AbortError') {
    return new StoreletNetworkError({
      status: 0,
      code: 'aborted',
      message: 'The request was cancelled.',
      cause: error,
    });
  }
  if (name === 'TimeoutError') return networkError(error, true);
  if (error instanceof TypeError && FETCH_FAILURES.has(error.message)) return networkError(error, false);
  return new StoreletApiError({ status: 0, code: 'unexpected_error', message: fallbackMessage, cause: error });
}
