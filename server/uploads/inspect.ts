import { readFile } from 'node:fs/promises';
import sharp, { type SharpOptions } from 'sharp';
import type { UploadFormat } from '../../sdk/schemas/index.ts';
import { describeBytes, InvalidFileError, UnsafeFileError } from './errors.ts';
import { createLimiter } from '../shared/limiter.ts';
import { psdThumbnail } from './psd-thumbnail.ts';
import { checkSvg } from './svg-safety.ts';

/** What the server learns from a design beyond its format: pixel size and a PNG thumbnail where it can make one. */
export type Inspection = { width: number | null; height: number | null; preview: Buffer | null };

/** Longest side of a thumbnail: sharp in a cart drawer, an email and a product card. */
const PREVIEW_SIZE = 512;
/** 100 megapixels: a 20-inch sticker at 300 dpi is 36, and libvips alone takes about 80 MB to thumbnail a PNG this size. */
const MAX_INPUT_PIXELS = 100_000_000;
const PREVIEW_TIMEOUT_SECONDS = 20;
/** SVGs are checked as text in memory, so they get a tighter bound than the upload limit. */
const MAX_SVG_BYTES = 10 * 1024 * 1024;
/** The density at which an SVG's width and height are its pixel size. */
const SVG_DENSITY = 72;
/** sharp's lowest density: an SVG's canvas may be too large to draw even at this scale. */
const MIN_SVG_DENSITY = 1;

const RASTER: ReadonlySet<UploadFormat> = new Set(['png', 'jpeg', 'tiff', 'webp', 'gif']);

/**
 * Images decoded at once; other uploads wait their turn. Each decode can take tens of megabytes and
 * more in freed-but-kept heap, and holds one of libuv's four threads, which file reads need too.
 */
const renders = createLimiter(2);

/** Decodes the whole image (so a truncated file fails here, not in a browser) into a bounded PNG. Holds a render slot. */
async function renderPreview(input: string | Buffer, options: SharpOptions = {}): Promise<Inspection> {
  // `error` fails on truncated and corrupt data but keeps files whose only flaw is a warning.
  const image = sharp(input, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS, ...options });
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
}

/** sharp's failure as the shopper's error: too many pixels to decode (said with `tooLarge`), or unreadable data. */
function unreadable(error: unknown, tooLarge: string): InvalidFileError {
  if (error instanceof Error && /exceeds pixel limit/i.test(error.message)) return new InvalidFileError(tooLarge);
  return new InvalidFileError(
    'The image could not be read: it may be truncated or damaged. Export it again and retry.',
  );
}

const MAX_SIDE = Math.floor(Math.sqrt(MAX_INPUT_PIXELS)).toLocaleString('en-US');

async function rasterInspection(path: string): Promise<Inspection> {
  try {
    return await renders.run(() => renderPreview(path));
  } catch (error) {
    throw unreadable(
      error,
      `The image is larger than ${MAX_INPUT_PIXELS / 1_000_000} megapixels (${MAX_SIDE} × ${MAX_SIDE} pixels). Scale it down or export a PDF.`,
    );
  }
}

/**
 * A vector drawing is measured at its own size but drawn straight at thumbnail size, so a large canvas
 * is not refused for its pixels: only one too large to draw even at the lowest density.
 */
async function svgPreview(svg: Buffer): Promise<Inspection> {
  try {
    return await renders.run(async () => {
      // Reading the size parses the document without drawing it, so the pixel limit has nothing to bound yet.
      const { width, height } = await sharp(svg, { failOn: 'error', limitInputPixels: false }).metadata();
      const longest = Math.max(width ?? 0, height ?? 0);
      const density = Math.max(MIN_SVG_DENSITY, Math.min(SVG_DENSITY, (SVG_DENSITY * PREVIEW_SIZE) / longest));
      const { preview } = await renderPreview(svg, { density });
      return { width: width ?? null, height: height ?? null, preview };
    });
  } catch (error) {
    throw unreadable(
      error,
      "The SVG's canvas is too large to draw, even scaled down. Give it a smaller width and height, or export a PDF.",
    );
  }
}

async function svgInspection(path: string, size: number): Promise<Inspection> {
  if (size > MAX_SVG_BYTES)
    throw new InvalidFileError(
      `SVG files can be at most ${describeBytes(MAX_SVG_BYTES)}; export a simpler file or a PDF.`,
    );
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidFileError('The SVG is not valid UTF-8 text.');
  }
  const checked = checkSvg(text);
  if ('problem' in checked) throw new UnsafeFileError(checked.problem);
  return svgPreview(Buffer.from(checked.svg));
}

/**
 * Photoshop's header holds the canvas size: `8BPS`, version, 6 reserved bytes, channels, height, width.
 * The preview is made from the thumbnail Photoshop embeds; a file without one, or with a broken one, has none.
 */
async function psdInspection(path: string, size: number, head: Buffer): Promise<Inspection> {
  const version = head.length >= 26 ? head.readUInt16BE(4) : 0;
  if (version !== 1 && version !== 2) throw new InvalidFileError('The Photoshop file header is damaged.');
  const thumbnail = await psdThumbnail(path, size);
  const preview = thumbnail
    ? await renders
        .run(() => renderPreview(thumbnail))
        .then(
          (drawn) => drawn.preview,
          () => null,
        )
    : null;
  return { width: head.readUInt32BE(18), height: head.readUInt32BE(14), preview };
}

/** A PDF ends with `%%EOF`; one cut short by a failed export or transfer does not. */
function pdfInspection(tail: Buffer): Inspection {
  if (!tail.toString('latin1').includes('%%EOF'))
    throw new InvalidFileError('The PDF is incomplete: it may have been cut short. Export it again and retry.');
  return { width: null, height: null, preview: null };
}

/**
 * Checks a staged file of a known format. Raster images and SVGs are decoded in full and get a
 * thumbnail, and a PSD gets one from the thumbnail it embeds; other vector formats keep their type,
 * name and size.
 */
export async function inspectUpload(
  path: string,
  format: UploadFormat,
  size: number,
  ends: { head: Buffer; tail: Buffer },
): Promise<Inspection> {
  if (RASTER.has(format)) return rasterInspection(path);
  if (format === 'svg') return svgInspection(path, size);
  if (format === 'psd') return psdInspection(path, size, ends.head);
  if (format === 'pdf' || (format === 'ai' && ends.head.toString('latin1', 0, 5) === '%PDF-'))
    return pdfInspection(ends.tail);
  return { width: null, height: null, preview: null };
}
