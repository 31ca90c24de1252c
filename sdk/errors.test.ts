import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  errorFromResponse,
  isStoreletError,
  networkError,
  StoreletApiError,
  StoreletAuthError,
  StoreletConflictError,
  StoreletError,
  StoreletNotFoundError,
  StoreletRateLimitError,
  StoreletValidationError,
} from './errors.ts';

const body = (code: string, details?: Record<string, unknown>) => ({ error: { code, message: `msg ${code}`, details } });

describe('errorFromResponse', () => {
  it('maps each status family to its class and keeps the server code, message and request id', () => {
    const cases: [number, string, typeof StoreletError][] = [
      [400, 'validation_failed', StoreletValidationError],
      [413, 'payload_too_large', StoreletValidationError],
      [401, 'unauthorized', StoreletAuthError],
      [403, 'forbidden', StoreletAuthError],
      [404, 'not_found', StoreletNotFoundError],
      [409, 'out_of_stock', StoreletConflictError],
      [429, 'rate_limited', StoreletRateLimitError],
      [500, 'internal_error', StoreletApiError],
      [503, 'unavailable', StoreletApiError],
    ];
    for (const [status, code, Class] of cases) {
      const error = errorFromResponse(status, body(code), 'req_1');
      assert.ok(error instanceof Class, `${status} → ${Class.name}`);
      assert.ok(error instanceof StoreletError);
      assert.equal(error.code, code);
      assert.equal(error.status, status);
      assert.equal(error.message, `msg ${code}`);
      assert.equal(error.requestId, 'req_1');
    }
  });

  it('sets a literal name on each class, so checks survive minification', () => {
    assert.equal(errorFromResponse(404, body('not_found')).name, 'StoreletNotFoundError');
    assert.equal(errorFromResponse(400, body('validation_failed')).name, 'StoreletValidationError');
    assert.equal(errorFromResponse(502, null).name, 'StoreletApiError');
  });

  it('exposes field issues of a validation error', () => {
    const error = errorFromResponse(400, body('validation_failed', { issues: [{ path: 'limit', message: 'Too big' }] }));
    assert.ok(error instanceof StoreletValidationError);
    assert.deepEqual(error.issues, [{ path: 'limit', message: 'Too big' }]);
  });

  it('reads retryAfter from a rate-limit error', () => {
    const error = errorFromResponse(429, body('rate_limited', { retryAfter: 7 }));
    assert.ok(error instanceof StoreletRateLimitError);
    assert.equal(error.retryAfter, 7);
  });

  it('falls back to a code and message when the body is not the error format', () => {
    for (const weird of [undefined, null, 'text', 42, { error: 'nope' }, { error: { code: 5 } }, []]) {
      const error = errorFromResponse(418, weird);
      assert.equal(error.code, 'http_418');
      assert.equal(error.message, 'The shop answered with HTTP 418.');
      assert.deepEqual(error.details, {});
      assert.ok(error instanceof StoreletApiError);
    }
    assert.equal(errorFromResponse(500, undefined).code, 'internal_error');
  });

  it('builds network and timeout errors that keep their cause', () => {
    const cause = new TypeError('fetch failed');
    const error = networkError(cause, false);
    assert.equal(error.code, 'network_error');
    assert.equal((error as { cause?: unknown }).cause, cause);
    assert.equal(networkError(cause, true).code, 'timeout');
    assert.ok(isStoreletError(error));
    assert.ok(!isStoreletError(cause));
  });
});
