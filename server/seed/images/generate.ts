/**
 * Renders the seed catalog's product illustrations as small, static SVG files.
 * Run: node --import tsx server/seed/images/generate.ts
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BACKDROPS, colourFor, pickAccent } from '../art/colours.ts';
import { DRAWINGS, drawingFor } from '../art/drawings.ts';
import type { DrawingName } from '../art/drawings.ts';
import { escapeXml, inkOn, shade } from '../art/svg.ts';
import { seedProducts } from '../catalog-data.ts';
import { IMAGE_SIZE, planShots } from '../gallery.ts';
import type { ImageView } from '../gallery.ts';
import { createRandom, hashString, pick } from '../prng.ts';
import type { SeedProduct } from '../types.ts';

export type ImageSpec = {
  drawing: DrawingName;
  title: string;
  /** Product colour as #rrggbb. */
  colour: string;
  backdrop: string;
  view: ImageView;
  /** Same seed for every shot of a product, so its print and accents match across the gallery. */
  seed: number;
};

/** Keeps the committed files small; the catalog ships about a hundred of them. */
const MAX_BYTES = 6 * 1024;

const VIEW_TRANSFORM: Record<ImageView, string> = {
  front: '',
  detail: 'translate(400 390) scale(1.5) translate(-400 -400)',
  angled: 'translate(400 400) rotate(-7) scale(.9) translate(-400 -400)',
};

export function renderProductImage(spec: ImageSpec): string {
  const random = createRandom(spec.seed);
  const id = `p${spec.seed.toString(36)}`;
  const accent = pickAccent(random, spec.colour);
  const art = DRAWINGS[spec.drawing]({ colour: spec.colour, ink: inkOn(spec.colour), accent, random, id });
  const dots =
    spec.view === 'angled'
      ? `<defs><pattern id="${id}-dots" width="32" height="32" patternUnits="userSpaceOnUse"><circle cx="16" cy="16" r="3" fill="${shade(spec.backdrop, 0.08)}"/></pattern></defs><rect width="800" height="800" fill="url(#${id}-dots)"/>`
      : '';
  const shadow =
    spec.view === 'detail' ? '' : `<ellipse cx="400" cy="672" rx="230" ry="22" fill="#000" opacity=".07"/>`;
  const title = escapeXml(spec.title);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_SIZE}" height="${IMAGE_SIZE}" viewBox="0 0 ${IMAGE_SIZE} ${IMAGE_SIZE}" role="img">` +
    `<title>${title}</title>` +
    `<rect width="800" height="800" fill="${spec.backdrop}"/>${dots}${shadow}` +
    `<g transform="${VIEW_TRANSFORM[spec.view]}">${art}</g>` +
    `<text x="400" y="752" text-anchor="middle" font-family="system-ui,-apple-system,Segoe UI,sans-serif" font-size="24" letter-spacing="1" fill="${shade(spec.backdrop, 0.5)}">${title}</text>` +
    `</svg>\n`
  );
}

/** One spec per gallery image, following the same shot plan the catalog used for alt text. */
export function imageSpecsFor(product: SeedProduct): { file: string; spec: ImageSpec }[] {
  const seed = hashString(product.handle);
  const colours = product.options.find((option) => option.name === 'Colour')?.values ?? [];
  // Products without a Colour option get a stable accent colour of their own.
  const fallback = pickAccent(createRandom(seed ^ 0x5eed));
  const shots = planShots(product.images.length, colours);
  return product.images.map((image, i) => {
    const shot = shots[i];
    if (!shot) throw new Error(`${product.handle}: no shot planned for image ${i + 1}`);
    return {
      file: image.file,
      spec: {
        drawing: drawingFor(product),
        title: product.title,
        colour: shot.colour ? colourFor(shot.colour) : fallback,
        backdrop: pick(createRandom(seed + i), BACKDROPS),
        view: shot.view,
        seed,
      },
    };
  });
}

export function writeSeedImages(directory: string): { file: string; bytes: number }[] {
  const written = seedProducts.flatMap(imageSpecsFor).map(({ file, spec }) => {
    const svg = renderProductImage(spec);
    const bytes = Buffer.byteLength(svg);
    if (bytes > MAX_BYTES) throw new Error(`${file} is ${bytes} bytes; keep seed images under ${MAX_BYTES}`);
    writeFileSync(join(directory, file), svg);
    return { file, bytes };
  });
  // Drop illustrations of products that no longer exist so the folder mirrors the catalog.
  const keep = new Set(written.map((w) => w.file));
  for (const name of readdirSync(directory)) {
    if (name.endsWith('.svg') && !keep.has(name)) rmSync(join(directory, name));
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const written = writeSeedImages(dirname(fileURLToPath(import.meta.url)));
  const total = written.reduce((sum, w) => sum + w.bytes, 0);
  console.log(`Wrote ${written.length} images (${total} bytes) to server/seed/images/`);
}
