/** File extensions a picker should offer for each upload format the shop accepts: a hint, the server decides. */
const EXTENSIONS: Record<string, string> = { jpeg: '.jpg,.jpeg,.jpe,.jfif', tiff: '.tif,.tiff' };

/** The picker's `accept` list, e.g. ".png,.jpg,.jpeg,.pdf". */
export function acceptList(formats: string[]): string {
  return formats.map((format) => EXTENSIONS[format] ?? `.${format}`).join(',');
}

/** "2.4 MB", "830 KB": file sizes for people, in the binary units limits are set in (50 MB = 50 × 2²⁰ bytes). */
export function formatBytes(bytes: number): string {
  return bytes >= 2 ** 20 ? `${Number((bytes / 2 ** 20).toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * An instant answer for a file that cannot pass (empty or too big), before any byte is sent. Its name
 * says nothing: the server decides the format from the content, so '' sends it.
 */
export function precheckFile(file: File, maxBytes: number): string {
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > maxBytes) return `${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}.`;
  return '';
}
