/** File extensions a picker should offer for each upload format the shop accepts. */
const EXTENSIONS: Record<string, string> = { jpeg: '.jpg,.jpeg', tiff: '.tif,.tiff' };

/** The picker's `accept` list, e.g. ".png,.jpg,.jpeg,.pdf". */
export function acceptList(formats: string[]): string {
  return formats.map((format) => EXTENSIONS[format] ?? `.${format}`).join(',');
}

/** "2.4 MB", "830 KB": file sizes for people, in the binary units limits are set in (50 MB = 50 × 2²⁰ bytes). */
export function formatBytes(bytes: number): string {
  return bytes >= 2 ** 20 ? `${Number((bytes / 2 ** 20).toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * An instant answer for a file that cannot pass (too big, empty, or named as a format the shop does
 * not take), before any byte is sent. The server still decides from the content; '' lets it.
 */
export function precheckFile(file: File, formats: string[], maxBytes: number): string {
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > maxBytes) return `${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}.`;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (extension && !acceptList(formats).split(',').includes(`.${extension}`)) {
    return `.${extension} files are not accepted. Upload ${formats.map((format) => format.toUpperCase()).join(', ')}.`;
  }
  return '';
}
