import { errorFromResponse, invalidResponse, networkError } from './errors.ts';
import { fetchWithRetry, TimeoutError, type AttemptOptions, type RetryPolicy } from './fetch-with-retry.ts';
import type { ResponseKind, ResponseTypes, ResponseValidator } from './responses.ts';
import { sendWithProgress, type UploadProgress } from './xhr-upload.ts';

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
  searchParams?: Record<string, string | number | boolean | undefined> | undefined;
  json?: unknown;
  /** Writes that move money carry one, so a retried request is applied once. */
  idempotencyKey?: string;
  /** A raw body (a file), sent instead of `json`. */
  body?: Blob;
  headers?: Record<string, string>;
  /** Milliseconds, or false for none (a large upload on a slow line); the client's default otherwise. */
  timeout?: number | false;
  signal?: AbortSignal | undefined;
};

export type UploadRequestOptions = {
  searchParams?: Record<string, string>;
  signal?: AbortSignal;
  /** Called as the body goes out; only where XMLHttpRequest exists (browsers). */
  onProgress?: (progress: UploadProgress) => void;
};

export type Http = {
  readonly apiUrl: string;
  request<K extends ResponseKind>(
    method: 'get' | 'post' | 'put' | 'patch' | 'delete',
    path: string,
    kind: K,
    options?: RequestOptions,
  ): Promise<ResponseTypes[K]>;
  /** POSTs a file as the raw body: with upload progress in browsers, through fetch elsewhere (Node has no XHR). */
  upload<K extends ResponseKind>(path: string, kind: K, body: Blob, options?: UploadRequestOptions): Promise<ResponseTypes[K]>;
};

export function createHttp(options: HttpOptions): Http {
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  // Only reads are retried: a retried write could apply twice unless it carries an idempotency key.
  const retry: RetryPolicy = { limit: options.retries ?? 2, methods: ['get'], statusCodes: [408, 429, 500, 502, 503, 504], backoffLimit: 3_000 };
  const defaultTimeout = options.timeout ?? 10_000;

  async function request<K extends ResponseKind>(
    method: string,
    path: string,
    kind: K,
    init: RequestOptions = {},
  ): Promise<ResponseTypes[K]> {
    const url = new URL(`${apiUrl}/api/${path.replace(/^\/+/, '')}`);
    for (const [name, value] of Object.entries(init.searchParams ?? {})) if (value !== undefined) url.searchParams.set(name, String(value));
    const headers = new Headers(init.headers);
    if (init.idempotencyKey) headers.set('Idempotency-Key', init.idempotencyKey);
    const token = options.getToken?.();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    let body: string | Blob | undefined = init.body;
    if (init.json !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(init.json);
    }
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    const attempt: AttemptOptions = {
      fetch: options.fetch ?? ((input, requestInit) => fetch(input, requestInit)),
      timeout: init.timeout ?? defaultTimeout,
      retry,
      signal: init.signal,
    };
    let response: Response;
    try {
      response = await fetchWithRetry({ url: url.href, method: method.toUpperCase(), headers, body }, attempt);
    } catch (cause) {
      // A cancelled call rejects with whatever reason its caller gave: that, not a network error.
      if (init.signal?.aborted) throw init.signal.reason;
      throw networkError(cause, cause instanceof TimeoutError);
    }
    const requestId = response.headers.get('x-request-id') ?? undefined;
    if (response.status === 204) return read(kind, undefined, 204, requestId);
    const parsed: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw errorFromResponse(response.status, parsed, requestId);
    return read(kind, parsed, response.status, requestId);
  }

  function read<K extends ResponseKind>(kind: K, body: unknown, status: number, requestId: string | undefined): ResponseTypes[K] {
    // Every answer of the API but a 204 is a JSON object: anything else means `apiUrl` points somewhere else.
    if (status !== 204 && (typeof body !== 'object' || body === null)) throw invalidResponse(status, requestId);
    return options.validateResponses ? options.validateResponses(kind, body) : (body as ResponseTypes[K]);
  }

  async function upload<K extends ResponseKind>(path: string, kind: K, body: Blob, init: UploadRequestOptions = {}) {
    const headers: Record<string, string> = { 'Content-Type': body.type || 'application/octet-stream' };
    if (typeof XMLHttpRequest === 'undefined') {
      return request('post', path, kind, { searchParams: init.searchParams, body, headers, timeout: false, signal: init.signal });
    }
    const token = options.getToken?.();
    if (token) headers['Authorization'] = `Bearer ${token}`;
    const query = new URLSearchParams(init.searchParams).toString();
    let answer;
    try {
      answer = await sendWithProgress(`${apiUrl}/api/${path}${query ? `?${query}` : ''}`, body, { ...init, headers });
    } catch (cause) {
      if (cause instanceof DOMException) throw cause;
      throw networkError(cause, false);
    }
    if (answer.status >= 400) throw errorFromResponse(answer.status, answer.body, answer.requestId);
    return read(kind, answer.body, answer.status, answer.requestId);
  }

  return { apiUrl, request, upload };
}
