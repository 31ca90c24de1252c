import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  errorFromResponse,
  isAbortError,
  isStoreletError,
  networkError,
  StoreletApiError,
  StoreletAuthError,
  StoreletConflictError,
  StoreletError,
  StoreletNetworkError,
  StoreletNotFoundError,
  StoreletRateLimitError,
  StoreletValidationError,
  toStoreletError,
} from './errors.ts';

const body = (code: string, details?: Record<string, unknown>) => ({
  error: { code, message: `msg ${code}`, details },
});

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
    const error = errorFromResponse(
      400,
      body('validation_failed', { issues: [{ path: 'limit', message: 'Too big' }] }),
    );
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

describe('toStoreletError', () => {
  it('keeps a StoreletError as it is', () => {
    const error = errorFromResponse(409, body('out_of_stock'));
    assert.equal(toStoreletError(error), error);
  });

  it('turns a cancelled call into a network error coded aborted, still recognised as an abort', () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    const error = toStoreletError(abort);
    assert.ok(error instanceof StoreletNetworkError);
    assert.equal(error.code, 'aborted');
    assert.equal(error.status, 0);
    assert.equal(error.cause, abort);
    assert.ok(isAbortError(error));
    assert.ok(!isAbortError(toStoreletError(new TypeError('fetch failed'))));
  });

  it('turns a timeout into the network error timeout', () => {
    for (const timeout of [
      new DOMException('Signal timed out.', 'TimeoutError'),
      Object.assign(new Error('late'), { name: 'TimeoutError' }),
    ]) {
      const error = toStoreletError(timeout);
      assert.ok(error instanceof StoreletNetworkError);
      assert.equal(error.code, 'timeout');
      assert.equal(error.cause, timeout);
    }
  });

  it('turns what fetch rejects with, in each browser and in Node, into the network error network_error', () => {
    const messages = [
      'Failed to fetch',
      'NetworkError when attempting to fetch resource.',
      'Load failed',
      'fetch failed',
    ];
    for (const message of messages) {
      const cause = new TypeError(message);
      const error = toStoreletError(cause);
      assert.ok(error instanceof StoreletNetworkError, message);
      assert.equal(error.code, 'network_error');
      assert.equal(error.message, 'The shop could not be reached.');
      assert.equal(error.cause, cause);
    }
  });

  it('falls back to unexpected_error with a message for people, keeping what was thrown as the cause', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    for (const thrown of [bug, new Error('boom'), 'a string', 42, null, undefined, { code: 'out_of_stock' }]) {
      const error = toStoreletError(thrown);
      assert.ok(error instanceof StoreletApiError);
      assert.equal(error.code, 'unexpected_error');
      assert.equal(error.status, 0);
      assert.equal(error.message, 'Something went wrong.');
      assert.equal(error.cause, thrown);
    }
    assert.equal(toStoreletError('x', 'The cart could not be updated.').message, 'The cart could not be updated.');
  });
});
