import { errorFromResponse, networkError } from '../errors.ts';

export type DownloadOptions = {
  fetch: typeof fetch;
  token: string | null;
  timeout: number;
  signal?: AbortSignal | undefined;
};

/**
 * GETs a file of the API as a Blob, with the bearer token. Not through the JSON client: the body is the
 * file itself, and only an error answer is the API's JSON.
 */
export async function downloadBlob(url: string, options: DownloadOptions): Promise<Blob> {
  const headers = new Headers({ Accept: '*/*' });
  if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
  const timer = AbortSignal.timeout(options.timeout);
  const signal = options.signal ? AbortSignal.any([options.signal, timer]) : timer;
  let response: Response;
  try {
    response = await options.fetch(url, { headers, signal });
    if (response.ok) return await response.blob();
  } catch (cause) {
    if (options.signal?.aborted) throw options.signal.reason;
    throw networkError(cause, timer.aborted);
  }
  const body: unknown = await response.json().catch(() => undefined);
  throw errorFromResponse(response.status, body, response.headers.get('x-request-id') ?? undefined);
}
