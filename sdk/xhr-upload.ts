/** What an upload request answered: status, parsed JSON body (when it had one) and request id. */
export type RawAnswer = { status: number; body: unknown; requestId: string | undefined };

export type UploadProgress = { loaded: number; total: number };

export type SendOptions = {
  headers: Record<string, string>;
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: UploadProgress) => void) | undefined;
};

/** The error an aborted call rejects with, the same as fetch's, so one check covers both. */
export const abortError = (): DOMException => new DOMException('The request was cancelled.', 'AbortError');

/**
 * Posts `body` with XMLHttpRequest, the one browser API that reports upload progress over HTTP/1.1
 * (fetch has no upload progress). Resolves with any HTTP answer; rejects on abort and network failure.
 */
export function sendWithProgress(url: string, body: Blob, options: SendOptions): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const { signal, onProgress } = options;
    if (signal?.aborted) return reject(abortError());
    const xhr = new XMLHttpRequest();
    const stop = () => xhr.abort();
    signal?.addEventListener('abort', stop);
    xhr.onloadend = () => signal?.removeEventListener('abort', stop);
    xhr.open('POST', url);
    for (const [name, value] of Object.entries(options.headers)) xhr.setRequestHeader(name, value);
    if (onProgress)
      xhr.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.total || body.size });
    xhr.onload = () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        // An empty or non-JSON answer (a proxy's error page): the status alone says what happened.
      }
      resolve({ status: xhr.status, body: parsed, requestId: xhr.getResponseHeader('x-request-id') ?? undefined });
    };
    xhr.onerror = () => reject(new TypeError('The upload failed.'));
    xhr.onabort = () => reject(abortError());
    xhr.send(body);
  });
}
