import { open } from 'node:fs/promises';
import { fileTypeFromBuffer } from 'file-type';
import type { UploadFormat } from '../../sdk/schemas/index.ts';
import type { StagedFile } from './receive.ts';
import { hasSvgRoot } from './svg-prolog.ts';
import { zipEntryNames } from './zip-entries.ts';

/**
 * Decides a file's format from its bytes: `file-type` for what it knows, and our own checks for what it
 * does not (CorelDRAW, Illustrator, SVG) or names differently. The file's name and the browser's claimed
 * type are never consulted.
 */

export type Sniffed = { format: UploadFormat; mediaType: string } | { format: null; detected: string | null };

/** Where markers are looked for: Illustrator writes its own near the start of the file. */
const HEAD_BYTES = 1024 * 1024;
const TAIL_BYTES = 1024;

const MEDIA_TYPES: Record<UploadFormat, string> = {
  pdf: 'application/pdf',
  ai: 'application/illustrator',
  eps: 'application/postscript',
  cdr: 'application/vnd.corel-draw',
  svg: 'image/svg+xml',
  psd: 'image/vnd.adobe.photoshop',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  webp: 'image/webp',
  gif: 'image/gif',
};

/** file-type's extensions for the formats we take as they are. */
const BY_EXTENSION: Record<string, UploadFormat> = {
  png: 'png',
  apng: 'png',
  jpg: 'jpeg',
  tif: 'tiff',
  webp: 'webp',
  gif: 'gif',
  psd: 'psd',
  eps: 'eps',
};

const found = (format: UploadFormat): Sniffed => ({ format, mediaType: MEDIA_TYPES[format] });

/** The start and the end of a file, which is all sniffing needs. */
export async function readEnds(path: string, size: number): Promise<{ head: Buffer; tail: Buffer }> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
    await handle.read(head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(size, TAIL_BYTES));
    await handle.read(tail, 0, tail.length, size - tail.length);
    return { head, tail };
  } finally {
    await handle.close();
  }
}

const ILLUSTRATOR = /AIPrivateData|Adobe Illustrator|xmlns:illustrator|%%AI\d?_/;

function isCorelDraw(head: Buffer): boolean {
  return head.toString('latin1', 0, 4) === 'RIFF' && /^CDR[\w ]$/.test(head.toString('latin1', 8, 12));
}

/** CorelDRAW X4 and later write a ZIP holding the RIFF drawing under one of these names. */
const CORELDRAW_ENTRIES: ReadonlySet<string> = new Set(['content/riffData.cdr', 'content/root.dat']);

async function isCorelDrawZip(file: Pick<StagedFile, 'path' | 'size'>): Promise<boolean> {
  const names = await zipEntryNames(file.path, file.size);
  return names?.some((name) => CORELDRAW_ENTRIES.has(name)) ?? false;
}

/** PostScript: an EPS says so on its first line; an Illustrator file says so in its comments. */
function sniffPostScript(head: Buffer): Sniffed {
  const text = head.toString('latin1');
  const firstLine = text.slice(0, text.search(/[\r\n]|$/));
  if (/EPSF/.test(firstLine)) return found('eps');
  if (ILLUSTRATOR.test(text)) return found('ai');
  return { format: null, detected: 'ps' };
}

/** Text that could be XML: valid UTF-8 (allowing a cut at the end of the head) without NUL bytes. */
function asText(head: Buffer): string | null {
  if (head.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
  } catch {
    return null;
  }
}

/** `file` is read further only for a format decided by more than its head (a ZIP's directory). */
export async function sniffFormat(head: Buffer, file: Pick<StagedFile, 'path' | 'size'>): Promise<Sniffed> {
  if (isCorelDraw(head)) return found('cdr');
  if (head.toString('latin1', 0, 11) === '%!PS-Adobe-') return sniffPostScript(head);
  const type = await fileTypeFromBuffer(head);
  if (type?.ext === 'zip') return (await isCorelDrawZip(file)) ? found('cdr') : { format: null, detected: 'zip' };
  if (type?.ext === 'pdf') return found(ILLUSTRATOR.test(head.toString('latin1')) ? 'ai' : 'pdf');
  const known = type ? BY_EXTENSION[type.ext] : undefined;
  if (known) return found(known);
  // file-type follows a TIFF's directory offset, which a truncated file may lack: still a TIFF, and a broken one.
  if (!type && /^(?:II\*\0|MM\0\*)/.test(head.toString('latin1', 0, 4))) return found('tiff');
  if (!type || type.ext === 'xml') {
    const text = asText(head);
    if (text !== null && hasSvgRoot(text)) return found('svg');
  }
  return { format: null, detected: type?.ext ?? null };
}
