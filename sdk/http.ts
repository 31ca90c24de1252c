import ky, { HTTPError, TimeoutError, type BeforeErrorHook, type KyInstance } from 'ky';
import { errorFromResponse, invalidResponse, isStoreletError, networkError, originRefused } from './errors.ts';
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
  upload<K extends ResponseKind>(
    path: string,
    kind: K,
    body: Blob,
    options?: UploadRequestOptions,
  ): Promise<ResponseTypes[K]>;
};

export function createHttp(options: HttpOptions): Http {
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  // Only reads are retried: a retried write could apply twice unless it carries an idempotency key. A read
  // that timed out is not retried either (ky's default): a shop silent for 10 s is reported then, not after 30.
  const retry = {
    limit: options.retries ?? 2,
    methods: ['get'],
    statusCodes: [408, 429, 500, 502, 503, 504],
    backoffLimit: 3_000,
    // A `Retry-After` is honoured up to the same cap.
    maxRetryAfter: 3_000,
    // An answer already read into our error is final; ky would otherwise take it for a dropped connection.
    shouldRetry: ({ error }: { error: Error }) => (isStoreletError(error) ? false : undefined),
  };
  /** Whether ky sends the request again after this answer (it asks only once the hooks have run). */
  const willRetry = (error: HTTPError, retryCount: number) =>
    retry.methods.includes(error.request.method.toLowerCase()) &&
    retry.statusCodes.includes(error.response.status) &&
    retryCount < retry.limit;

  /** The answer ky will not send again becomes our typed error, with the shop's code, message and request id. */
  const readErrorAnswer: BeforeErrorHook = async (error, { retryCount }) => {
    if (willRetry(error, retryCount)) return error;
    const { response } = error;
    const body: unknown = await response.json().catch(() => undefined);
    throw errorFromResponse(response.status, body, response.headers.get('x-request-id') ?? undefined);
  };

  const client: KyInstance = ky.create({
    prefixUrl: `${apiUrl}/api`,
    timeout: options.timeout ?? 10_000,
    retry,
    headers: { Accept: 'application/json' },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    hooks: {
      beforeRequest: [
        (request) => {
          const token = options.getToken?.();
          if (token) request.headers.set('Authorization', `Bearer ${token}`);
        },
      ],
      beforeError: [readErrorAnswer],
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
        searchParams: init.searchParams,
        json: init.json,
        body: init.body,
        headers: { ...init.headers, 'Idempotency-Key': init.idempotencyKey },
        // An undefined timeout would replace the client's.
        ...(init.timeout !== undefined ? { timeout: init.timeout } : {}),
        signal: init.signal,
      });
    } catch (cause) {
      // A cancelled call rejects with whatever reason its caller gave: that, not a network error.
      if (init.signal?.aborted) throw init.signal.reason;
      if (isStoreletError(cause)) throw cause;
      if (cause instanceof TimeoutError) throw networkError(cause, true);
      throw await unreachable(cause);
    }
    const requestId = response.headers.get('x-request-id') ?? undefined;
    if (response.status === 204) return read(kind, undefined, 204, requestId);
    return read(kind, await response.json().catch(() => undefined), response.status, requestId);
  }

  /**
   * A browser says only "Failed to fetch", whether the shop is down, the network failed once, or the shop refuses
   * this page's origin. It is the origin when the health check cannot be read with CORS but answers an opaque
   * (`no-cors`) request, which any page may make; a shop that answers both was only out of reach for a moment.
   */
  async function unreachable(cause: unknown) {
    const page = globalThis.location?.origin;
    const shop = new URL(apiUrl).origin;
    const answers = (mode: RequestMode) =>
      (options.fetch ?? fetch)(`${apiUrl}/api/health`, { method: 'HEAD', mode, cache: 'no-store' }).then(
        () => true,
        () => false,
      );
    if (page && page !== shop && !(await answers('cors')) && (await answers('no-cors'))) {
      return originRefused(shop, page);
    }
    return networkError(cause, false);
  }

  function read<K extends ResponseKind>(
    kind: K,
    body: unknown,
    status: number,
    requestId: string | undefined,
  ): ResponseTypes[K] {
    // Every answer of the API but a 204 is a JSON object: anything else means `apiUrl` points somewhere else.
    if (status !== 204 && (typeof body !== 'object' || body === null)) throw invalidResponse(status, requestId);
    return options.validateResponses ? options.validateResponses(kind, body) : (body as ResponseTypes[K]);
  }

  async function upload<K extends ResponseKind>(path: string, kind: K, body: Blob, init: UploadRequestOptions = {}) {
    const headers: Record<string, string> = { 'Content-Type': body.type || 'application/octet-stream' };
    if (typeof XMLHttpRequest === 'undefined') {
      return request('post', path, kind, {
        searchParams: init.searchParams,
        body,
        headers,
        timeout: false,
        signal: init.signal,
      });
    }
    const token = options.getToken?.();
    if (token) headers['Authorization'] = `Bearer ${token}`;
    const query = new URLSearchParams(init.searchParams).toString();
    let answer;
    try {
      answer = await sendWithProgress(`${apiUrl}/api/${path}${query ? `?${query}` : ''}`, body, { ...init, headers });
    } catch (cause) {
      if (cause instanceof DOMException) throw cause;
      throw await unreachable(cause);
    }
    if (answer.status >= 400) throw errorFromResponse(answer.status, answer.body, answer.requestId);
    return read(kind, answer.body, answer.status, answer.requestId);
  }

  return { apiUrl, request, upload };
}
