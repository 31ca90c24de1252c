/**
 * fetch with what the SDK needs of a client library, and nothing more: a timeout per attempt, and
 * retries with backoff for reads only. It replaces ky, which did the same for 5 KB gzip of the 40 KB
 * that an embedding page may download (BENCHMARKS.md).
 */

export type RetryPolicy = {
  /** Extra attempts after the first. */
  limit: number;
  /** Methods that may be sent again: reads, which change nothing. */
  methods: readonly string[];
  statusCodes: readonly number[];
  /** Longest wait between attempts, in milliseconds. */
  backoffLimit: number;
};

/** What to send; rebuilt into a fresh Request per attempt. A string or Blob body can be sent again. */
export type Outgoing = { url: string; method: string; headers: Headers; body?: string | Blob | undefined };

export type AttemptOptions = {
  fetch: typeof fetch;
  /** Milliseconds per attempt, or false for none. */
  timeout: number | false;
  retry: RetryPolicy;
  signal?: AbortSignal | undefined;
};

/** An attempt that did not answer in time. Not retried: a shop silent for the whole timeout is reported then. */
export class TimeoutError extends Error {
  override name = 'TimeoutError' as const;
}

/** 0.3 s, 0.6 s, 1.2 s… capped; a `Retry-After` the server sent wins when it is shorter than the cap. */
function delayBefore(attempt: number, response: Response | undefined, policy: RetryPolicy): number {
  const header = response?.headers.get('retry-after');
  // Seconds, or an HTTP date.
  const retryAfter = header ? (/^\d+$/.test(header) ? Number(header) * 1000 : Date.parse(header) - Date.now()) : NaN;
  if (retryAfter >= 0) return Math.min(retryAfter, policy.backoffLimit);
  return Math.min(300 * 2 ** attempt, policy.backoffLimit);
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/** One attempt, aborted by the caller's signal or by the timeout, whichever comes first. */
async function attempt(outgoing: Outgoing, options: AttemptOptions): Promise<Response> {
  const controller = new AbortController();
  const { signal, timeout } = options;
  const forward = () => controller.abort(signal?.reason);
  if (signal?.aborted) forward();
  signal?.addEventListener('abort', forward, { once: true });
  const timer = timeout === false ? undefined : setTimeout(() => controller.abort(new TimeoutError(`No answer in ${timeout} ms`)), timeout);
  try {
    const { url, ...init } = outgoing;
    return await options.fetch(url, { ...init, signal: controller.signal });
  } catch (error) {
    // Whatever fetch rejected with, an abort's reason says why: the caller's, or our timeout.
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

/**
 * Sends `outgoing` and answers the last response, whatever its status. Rejects with the caller's abort
 * reason, a `TimeoutError`, or fetch's own error when the server could not be reached on the last attempt.
 */
export async function fetchWithRetry(outgoing: Outgoing, options: AttemptOptions): Promise<Response> {
  const { retry, signal } = options;
  const retriable = retry.methods.includes(outgoing.method.toLowerCase());
  for (let tries = 0; ; tries++) {
    let response: Response | undefined;
    try {
      response = await attempt(outgoing, options);
      if (!retriable || tries >= retry.limit || !retry.statusCodes.includes(response.status)) return response;
    } catch (error) {
      if (!retriable || tries >= retry.limit || signal?.aborted || error instanceof TimeoutError) throw error;
    }
    await response?.body?.cancel();
    await wait(delayBefore(tries, response, retry), signal);
  }
}
