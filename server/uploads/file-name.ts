import type { UploadFormat } from '../../sdk/schemas/index.ts';

/** A client's file name is only ever a label: cleaned for display and for a download header, never a path. */

const MAX_NAME_LENGTH = 120;

/**
 * The last path segment, without control characters, bidirectional overrides (which can disguise
 * `gnp.exe` as `exe.png`) or leading dots, at most 120 characters with the extension kept; `design` when
 * nothing is left.
 */
export function cleanFileName(raw: string | undefined): string {
  const base = (raw ?? '').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .trim();
  if (cleaned === '') return 'design';
  const characters = [...cleaned];
  if (characters.length <= MAX_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return characters.slice(0, MAX_NAME_LENGTH - [...extension].length).join('') + extension;
}

/** The extensions a saved file of each format may have; the first is the one given when it has none of them. */
const EXTENSIONS: Record<UploadFormat, readonly [string, ...string[]]> = {
  pdf: ['pdf'],
  // An Illustrator file with PDF compatibility is also a PDF.
  ai: ['ai', 'pdf'],
  eps: ['eps', 'epsf', 'epsi'],
  cdr: ['cdr'],
  svg: ['svg'],
  psd: ['psd', 'psb'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  tiff: ['tif', 'tiff'],
  webp: ['webp'],
  gif: ['gif'],
};

/**
 * The name a download is saved under: the cleaned name, with the detected format's extension added
 * when it has another one, so a PNG sent as `invoice.html` is saved as `invoice.html.png` and opens as
 * what it is.
 */
export function downloadName(fileName: string, format: UploadFormat): string {
  const extensions = EXTENSIONS[format];
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension && extensions.includes(extension)) return fileName;
  return `${fileName.replace(/\.+$/, '')}.${extensions[0]}`;
}

/**
 * `Content-Disposition: attachment` with an ASCII fallback name (quotes, backslashes and anything
 * outside printable ASCII replaced) and the exact name in RFC 5987 `filename*`.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
