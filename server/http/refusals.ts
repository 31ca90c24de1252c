import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { RequestError } from '@hono/node-server';
import { ApiError, InternalError } from '../errors.ts';
import type { ErrorLogger } from './error-handler.ts';
import { CSP } from './security.ts';

/**
 * Requests refused before the app runs, answered in the API's own words: the JSON error envelope and an
 * `X-Request-Id`, like every answer the app gives. Node's parser refuses some (an unknown method, headers
 * too large) on the bare socket; the Node adapter refuses others (an invalid or missing Host) before
 * calling the app.
 */

const REFUSAL_HEADERS = {
  'Content-Type': 'application/json',
  'Content-Security-Policy': CSP.api,
  'X-Content-Type-Options': 'nosniff',
} as const;

/** Node's parser errors by code, as the API names them; anything else it cannot parse is a bad request. */
function parserRefusal(code: string | undefined): ApiError {
  if (code === 'HPE_HEADER_OVERFLOW') {
    return new ApiError('headers_too_large', 431, 'The request headers are too large.');
  }
  if (code === 'HPE_INVALID_METHOD') {
    return new ApiError('method_not_allowed', 405, 'This request method is not allowed.');
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return new ApiError('request_timeout', 408, 'The request took too long to arrive.');
  }
  return new ApiError('bad_request', 400, 'The request is not valid HTTP.');
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/** A whole HTTP/1.1 response as text, for a socket that has no response object. */
export function rawRefusal(error: ApiError, requestId = randomUUID()): string {
  const body = JSON.stringify(error.toBody());
  const headers = {
    ...REFUSAL_HEADERS,
    'Content-Length': String(Buffer.byteLength(body)),
    'X-Request-Id': requestId,
    Connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${error.status} ${STATUS_TEXT[error.status] ?? 'Error'}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

type ClientErrorSocket = Duplex & { _httpMessage?: ServerResponse | null };

/**
 * For node:http's `clientError` event, which replaces Node's own plain-text answer. As Node does, a
 * socket that cannot be written to, or whose response has begun, is only closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: ClientErrorSocket): void {
  if (error.code === 'ECONNRESET' || !socket.writable || socket._httpMessage?.headersSent) {
    socket.destroy();
    return;
  }
  socket.end(rawRefusal(parserRefusal(error.code)));
}

/** For node:http's `connect` event: a shop is no proxy, and without a listener Node just hangs up. */
export function refuseConnect(_request: unknown, socket: Duplex): void {
  socket.end(rawRefusal(new ApiError('method_not_allowed', 405, 'CONNECT is not allowed here.')));
}

/**
 * The Node adapter's `errorHandler`: a request it could not turn into a web Request (an invalid or
 * missing Host, a malformed URL) is the client's 400; anything else is our bug, logged as a 500.
 */
export function adapterErrorResponse(log: ErrorLogger): (error: unknown) => Response {
  return (error) => {
    const refusal =
      error instanceof RequestError
        ? new ApiError('bad_request', 400, 'The request is not valid: its Host or URL cannot be read.')
        : null;
    if (!refusal) log('Unhandled error before the app answered', error);
    const answer = refusal ?? new InternalError();
    return Response.json(answer.toBody(), {
      status: answer.status,
      headers: { ...REFUSAL_HEADERS, 'X-Request-Id': randomUUID() },
    });
  };
}
