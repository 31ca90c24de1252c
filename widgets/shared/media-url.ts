/** The server may answer with paths like `/media/…`; they belong to the shop, not to the host page. */
export function mediaUrl(url: string, apiUrl: string): string {
  try {
    return new URL(url, apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`).href;
  } catch {
    return url;
  }
}
