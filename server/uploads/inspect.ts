import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { UploadFormat } from '../../sdk/schemas/index.ts';
import { describeBytes, InvalidFileError, UnsafeFileError } from './errors.ts';
import { checkSvg } from './svg-safety.ts';

/** What the server learns from a design beyond its format: pixel size and a PNG thumbnail where it can make one. */
export type Inspection = { width: number | null; height: number | null; preview: Buffer | null };

/** Longest side of a thumbnail: sharp in a cart drawer, an email and a product card. */
const PREVIEW_SIZE = 512;
/** 200 megapixels: far beyond print resolution for the largest sticker, and a bound on decoding bombs. */
const MAX_INPUT_PIXELS = 200_000_000;
const PREVIEW_TIMEOUT_SECONDS = 20;
/** SVGs are checked as text in memory, so they get a tighter bound than the upload limit. */
const MAX_SVG_BYTES = 10 * 1024 * 1024;

const RASTER: ReadonlySet<UploadFormat> = new Set(['png', 'jpeg', 'tiff', 'webp', 'gif']);

/** Decodes the whole image (so a truncated file fails here, not in a browser) into a bounded PNG. */
async function rasterPreview(input: string | Buffer): Promise<Inspection> {
  // `error` fails on truncated and corrupt data but keeps files whose only flaw is a warning.
  const image = sharp(input, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS });
  try {
    const metadata = await image.metadata();
    const turned = (metadata.orientation ?? 1) >= 5;
    const preview = await image
      .rotate()
      .resize(PREVIEW_SIZE, PREVIEW_SIZE, { fit: 'inside', withoutEnlargement: true })
      .png()
      // A pathological file (a filter-heavy SVG, a huge canvas) must not hold a worker thread for long.
      .timeout({ seconds: PREVIEW_TIMEOUT_SECONDS })
      .toBuffer();
    const width = metadata.width ?? null;
    const height = metadata.height ?? null;
    return { width: turned ? height : width, height: turned ? width : height, preview };
  } catch {
    throw new InvalidFileError('The image could not be read: it may be truncated or damaged. Export it again and retry.');
  }
}

async function svgInspection(path: string, size: number): Promise<Inspection> {
  if (size > MAX_SVG_BYTES) throw new InvalidFileError(`SVG files can be at most ${describeBytes(MAX_SVG_BYTES)}; export a simpler file or a PDF.`);
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidFileError('The SVG is not valid UTF-8 text.');
  }
  const checked = checkSvg(text);
  if ('problem' in checked) throw new UnsafeFileError(checked.problem);
  return rasterPreview(Buffer.from(checked.svg));
}

/** Photoshop's header holds the canvas size: `8BPS`, version, 6 reserved bytes, channels, height, width. */
function psdInspection(head: Buffer): Inspection {
  const version = head.length >= 26 ? head.readUInt16BE(4) : 0;
  if (version !== 1 && version !== 2) throw new InvalidFileError('The Photoshop file header is damaged.');
  return { width: head.readUInt32BE(18), height: head.readUInt32BE(14), preview: null };
}

/** A PDF ends with `%%EOF`; one cut short by a failed export or transfer does not. */
function pdfInspection(tail: Buffer): Inspection {
  if (!tail.toString('latin1').includes('%%EOF')) throw new InvalidFileError('The PDF is incomplete: it may have been cut short. Export it again and retry.');
  return { width: null, height: null, preview: null };
}

/**
 * Checks a staged file of a known format. Raster images and SVGs are decoded in full and get a
 * thumbnail; other vector and layered formats keep their type, name and size (and PSD its canvas size).
 */
export async function inspectUpload(path: string, format: UploadFormat, size: number, ends: { head: Buffer; tail: Buffer }): Promise<Inspection> {
  if (RASTER.has(format)) return rasterPreview(path);
  if (format === 'svg') return svgInspection(path, size);
  if (format === 'psd') return psdInspection(ends.head);
  if (format === 'pdf' || (format === 'ai' && ends.head.toString('latin1', 0, 5) === '%PDF-')) return pdfInspection(ends.tail);
  return { width: null, height: null, preview: null };
}
