/**
 * Hands a fetched file to the browser to save under `fileName`: an object URL behind a download link.
 * The file had to be fetched first because it needs the admin's bearer token, which a plain link cannot send.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName, rel: 'noopener' });
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob once the download starts; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The SHA-256 of the bytes, in hex; null where the page has no Web Crypto (an insecure origin). */
export async function sha256Hex(blob: Blob): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
