import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import { errorFromResponse, networkError } from './errors.ts';
import type { ResponseKind, ResponseTypes, ResponseValidator } from './responses.ts';

export type HttpOptions = {
  /** Base URL of the shop server, e.g. `https://shop.example.com`; `/api` is added. */
  apiUrl: string;
  /** Milliseconds before a request gives up. */
  timeout?: number;
  /** Extra tries for idempotent reads after a network error or a 5xx/429. */
  retries?: number;
  fetch?: typeof fetch;
  /** Returns the customer's bearer token, when signed in. */
  getToken?: () => string | null | undefined;
  /** Checks responses at run time; pass `validateResponses` from `storelet/validate`. */
  validateResponses?: ResponseValidator;
};

export type RequestOptions = {
  searchParams?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  /** Writes that move money carry one, so a retried request is applied once. */
  idempotencyKey?: string;
  signal?: AbortSignal;
};

export type Http = {
  readonly apiUrl: string;
  request<K extends ResponseKind>(
    method: 'get' | 'post' | 'put' | 'patch' | 'delete',
    path: string,
    kind: K,
    options?: RequestOptions,
  ): Promise<ResponseTypes[K]>;
};

export function createHttp(options: HttpOptions): Http {
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  const client: KyInstance = ky.create({
    prefixUrl: `${apiUrl}/api`,
    timeout: options.timeout ?? 10_000,
    // Only reads are retried: a retried write could apply twice unless it carries an idempotency key.
    retry: { limit: options.retries ?? 2, methods: ['get'], statusCodes: [408, 429, 500, 502, 503, 504], backoffLimit: 3_000 },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    hooks: {
      beforeRequest: [
        (request) => {
          const token = options.getToken?.();
          if (token) request.headers.set('Authorization', `Bearer ${token}`);
        },
      ],
    },
  });

  async function request<K extends ResponseKind>(
    method: string,
    path: string,
    kind: K,
    init: RequestOptions = {},
  ): Promise<ResponseTypes[K]> {
    let response: Response;
    try {
      response = await client(path.replace(/^\/+/, ''), {
        method,
        ...(init.searchParams ? { searchParams: init.searchParams } : {}),
        ...(init.json !== undefined ? { json: init.json } : {}),
        ...(init.idempotencyKey ? { headers: { 'Idempotency-Key': init.idempotencyKey } } : {}),
        ...(init.signal ? { signal: init.signal } : {}),
      });
    } catch (cause) {
      if (cause instanceof HTTPError) {
        const body: unknown = await cause.response.json().catch(() => undefined);
        throw errorFromResponse(cause.response.status, body, cause.response.headers.get('x-request-id') ?? undefined);
      }
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw networkError(cause, cause instanceof TimeoutError);
    }
    const body: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
    return options.validateResponses ? options.validateResponses(kind, body) : (body as ResponseTypes[K]);
  }

  return { apiUrl, request };
}
