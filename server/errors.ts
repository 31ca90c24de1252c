import type { ErrorBody, ErrorCode, FieldIssue } from '../sdk/schemas/index.ts';

export type ErrorDetails = Record<string, unknown>;

/**
 * An error the API answers with on purpose: a stable snake_case code, an HTTP status and optional details.
 * Anything else that reaches `onError` is a bug and becomes a 500 `internal_error`.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, status: number, message: string, details?: ErrorDetails) {
    super(message);
    this.code = code;
    this.status = status;
    this.details = details;
  }

  toBody(): ErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) },
    };
  }
}

export class ValidationError extends ApiError {
  override name = 'ValidationError';
  constructor(issues: FieldIssue[], message = 'The request is not valid.') {
    super('validation_failed', 400, message, { issues });
  }
}

export class InvalidCursorError extends ApiError {
  override name = 'InvalidCursorError';
  constructor() {
    super('invalid_cursor', 400, 'The cursor is not valid for this query. Start again from the first page.');
  }
}

export class InvalidJsonError extends ApiError {
  override name = 'InvalidJsonError';
  constructor() {
    super('invalid_json', 400, 'The request body is not valid JSON.');
  }
}

export class UnsupportedMediaTypeError extends ApiError {
  override name = 'UnsupportedMediaTypeError';
  constructor(expected: string) {
    super('unsupported_media_type', 415, `The request body must be sent as ${expected}.`);
  }
}

export class PayloadTooLargeError extends ApiError {
  override name = 'PayloadTooLargeError';
  constructor(maxBytes: number) {
    super('payload_too_large', 413, `The request body is larger than ${maxBytes} bytes.`, { maxBytes });
  }
}

export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
  constructor(what: string, details?: ErrorDetails) {
    super('not_found', 404, `${what} was not found.`, details);
  }
}

/** An admin edit made against an older version of what it edits: nothing was changed. */
export class VersionConflictError extends ApiError {
  override name = 'VersionConflictError';
  constructor(what: string, currentVersion: number) {
    super('version_conflict', 409, `${what} was changed by someone else. Reload it and make the edit again.`, {
      currentVersion,
    });
  }
}

export class RouteNotFoundError extends ApiError {
  override name = 'RouteNotFoundError';
  constructor(method: string, path: string) {
    super('route_not_found', 404, `No route matches ${method} ${path}.`);
  }
}

export class MethodNotAllowedError extends ApiError {
  override name = 'MethodNotAllowedError';
  constructor(method: string, allowed: string[]) {
    super('method_not_allowed', 405, `${method} is not allowed here.`, { allowed });
  }
}

/** 429 `rate_limited`: try again in `retryAfter` seconds, also sent as the `Retry-After` header. */
export class RateLimitedError extends ApiError {
  override name = 'RateLimitedError';
  readonly retryAfter: number;
  constructor(retryAfter: number, message: string) {
    super('rate_limited', 429, message, { retryAfter });
    this.retryAfter = retryAfter;
  }
}

export class InternalError extends ApiError {
  override name = 'InternalError';
  constructor() {
    super('internal_error', 500, 'Something went wrong on our side. Please try again.');
  }
}
