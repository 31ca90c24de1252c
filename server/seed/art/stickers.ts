import { pick, randomInt } from '../prng.ts';
import { ACCENTS } from './colours.ts';
import { emblem } from './emblem.ts';
import type { Draw, DrawContext } from './types.ts';

/** Sticker outlines centred on (0,0) with a radius of about 1. */
const OUTLINES = {
  star: 'M0-1L.24-.33L.95-.31L.38.12L.59.81L0 .4L-.59.81L-.38.12L-.95-.31L-.24-.33Z',
  heart: 'M0 .9C-.9 .3-1 -.3-.65-.75C-.35-1.05 0-.8 0-.45C0-.8 .35-1.05 .65-.75C1-.3 .9 .3 0 .9Z',
  bolt: 'M.2-1L-.65.12H-.05L-.25 1L.65-.18H.05Z',
  blob: 'M-.1-.95C.5-1 .95-.6 .9-.05C.95.5 .45.95-.1.9C-.7.95-1 .4-.92-.1C-.95-.6-.6-.9-.1-.95Z',
  circle: 'M-1 0A1 1 0 1 0 1 0A1 1 0 1 0-1 0Z',
  square: 'M-.8-.95H.8Q.95-.95 .95-.8V.8Q.95 .95 .8 .95H-.8Q-.95 .95-.95 .8V-.8Q-.95-.95-.8-.95Z',
} as const;

type Outline = keyof typeof OUTLINES;

/** Die-cut look: a white margin drawn under the coloured shape (stroke width is in unit space). */
function sticker(outline: Outline, cx: number, cy: number, r: number, fill: string, angle = 0): string {
  const d = OUTLINES[outline];
  return (
    `<g transform="translate(${cx} ${cy}) rotate(${angle}) scale(${r})">` +
    `<path d="${d}" fill="#fff" stroke="#fff" stroke-width="${(22 / r).toFixed(3)}" stroke-linejoin="round"/>` +
    `<path d="${d}" fill="${fill}"/></g>`
  );
}

const SHEET_SLOTS: [number, number][] = [
  [310, 230],
  [490, 240],
  [300, 400],
  [500, 410],
  [320, 560],
  [490, 560],
];

export const stickerSheet: Draw = (ctx) =>
  `<rect x="200" y="120" width="400" height="540" rx="20" fill="#fdfcf8" stroke="#e3ddd2" stroke-width="4"/>` +
  SHEET_SLOTS.map(([x, y]) => {
    const outline = pick(ctx.random, ['star', 'heart', 'bolt', 'blob', 'circle', 'square'] as const);
    return sticker(
      outline,
      x,
      y,
      randomInt(ctx.random, 52, 66),
      pick(ctx.random, [ctx.colour, ctx.accent, ...ACCENTS]),
      randomInt(ctx.random, -15, 15),
    );
  }).join('');

/** A single big sticker standing in for the customer's own upload, with a peeled corner. */
function customSticker(ctx: DrawContext, outline: Outline, scaleX: number, fill: string): string {
  return (
    `<g transform="translate(400 390) scale(${scaleX} 1) translate(-400 -390)">${sticker(outline, 400, 390, 230, fill)}</g>` +
    emblem(ctx, 400, 390, 120) +
    `<path d="M560 560L610 560L560 610Z" fill="#e9e4da" stroke="#d3ccc0" stroke-width="3"/>`
  );
}

export const stickerDieCut: Draw = (ctx) => customSticker(ctx, 'blob', 1, ctx.colour);
export const stickerCircle: Draw = (ctx) => customSticker(ctx, 'circle', 1, ctx.colour);
export const stickerSquare: Draw = (ctx) => customSticker(ctx, 'square', 1, ctx.colour);
export const stickerRectangle: Draw = (ctx) => customSticker(ctx, 'square', 1.3, ctx.colour);

export const stickerHolographic: Draw = (ctx) =>
  `<defs><linearGradient id="${ctx.id}-holo" x1="0" y1="0" x2="1" y2="1">` +
  ['#ff9ad5', '#a0e7ff', '#c2ffb0', '#fff3a0', '#d7b3ff']
    .map((c, i) => `<stop offset="${i / 4}" stop-color="${c}"/>`)
    .join('') +
  `</linearGradient></defs>` +
  customSticker(ctx, 'star', 1, `url(#${ctx.id}-holo)`);

/** Checks are in the sticker's unit space (scaled ×230), so 0.06 units ≈ 14px squares. */
export const stickerClear: Draw = (ctx) =>
  `<defs><pattern id="${ctx.id}-check" width=".12" height=".12" patternUnits="userSpaceOnUse"><rect width=".12" height=".12" fill="#fff"/><path d="M0 0h.06v.06H0zM.06 .06h.06v.06H.06z" fill="#e3e3e3"/></pattern></defs>` +
  customSticker({ ...ctx, ink: '#23262b' }, 'blob', 1, `url(#${ctx.id}-check)`);
