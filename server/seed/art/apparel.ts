import { emblem } from './emblem.ts';
import { shade } from './svg.ts';
import type { Draw, DrawContext } from './types.ts';

const TEE = 'M310 150Q400 215 490 150L600 190L660 300L590 330L550 285L550 650L250 650L250 285L210 330L140 300L200 190Z';
const LONG =
  'M310 150Q400 215 490 150L600 190L665 420L650 600L598 600L552 340L550 650L250 650L248 340L202 600L150 600L135 420L200 190Z';

function garment(ctx: DrawContext, outline: string): string {
  return `<path d="${outline}" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.25)}" stroke-width="4" stroke-linejoin="round"/>`;
}

const collar = (ctx: DrawContext) =>
  `<path d="M310 150Q400 215 490 150" fill="none" stroke="${shade(ctx.colour, 0.3)}" stroke-width="12" stroke-linecap="round"/>`;

const seams = (ctx: DrawContext) =>
  `<path d="M250 290L224 182M550 290L576 182" stroke="${shade(ctx.colour, 0.18)}" stroke-width="3"/>`;

/** Ribbed bands read as knitwear: used for cuffs, hems and beanie turn-ups. */
function ribs(x: number, y: number, w: number, h: number, colour: string): string {
  const lines = Array.from({ length: Math.floor(w / 14) }, (_, i) => `M${x + 7 + i * 14} ${y + 4}v${h - 8}`).join('');
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" fill="${shade(colour, 0.1)}"/><path d="${lines}" stroke="${shade(colour, 0.22)}" stroke-width="3"/>`;
}

export const tee: Draw = (ctx) => garment(ctx, TEE) + seams(ctx) + collar(ctx) + emblem(ctx, 400, 330, 62);

export const longSleeve: Draw = (ctx) => garment(ctx, LONG) + seams(ctx) + collar(ctx) + emblem(ctx, 400, 330, 62);

export const sweatshirt: Draw = (ctx) =>
  garment(ctx, LONG) +
  seams(ctx) +
  ribs(252, 612, 296, 38, ctx.colour) +
  ribs(148, 570, 56, 32, ctx.colour) +
  ribs(596, 570, 56, 32, ctx.colour) +
  collar(ctx) +
  emblem(ctx, 400, 330, 66);

export const hoodie: Draw = (ctx) =>
  `<path d="M295 175Q290 70 400 62Q510 70 505 175Z" fill="${shade(ctx.colour, 0.15)}"/>` +
  garment(ctx, LONG) +
  seams(ctx) +
  `<path d="M330 150Q400 250 470 150Q440 112 400 112Q360 112 330 150Z" fill="${shade(ctx.colour, 0.4)}"/>` +
  `<path d="M378 195L372 290M422 195L428 290" stroke="${ctx.ink}" stroke-width="6" stroke-linecap="round"/>` +
  `<path d="M300 470L500 470L532 600L268 600Z" fill="none" stroke="${shade(ctx.colour, 0.25)}" stroke-width="4" stroke-linejoin="round"/>` +
  ribs(252, 612, 296, 38, ctx.colour) +
  emblem(ctx, 400, 380, 58);

export const cap: Draw = (ctx) =>
  `<path d="M230 450C230 300 310 232 400 232C490 232 570 300 570 450Z" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.25)}" stroke-width="4"/>` +
  `<path d="M400 234V450M400 234Q325 300 318 450M400 234Q475 300 482 450" fill="none" stroke="${shade(ctx.colour, 0.2)}" stroke-width="3"/>` +
  `<circle cx="400" cy="232" r="13" fill="${shade(ctx.colour, 0.2)}"/>` +
  `<path d="M205 452Q400 412 595 452Q625 525 400 548Q175 525 205 452Z" fill="${shade(ctx.colour, 0.14)}" stroke="${shade(ctx.colour, 0.3)}" stroke-width="4"/>` +
  `<path d="M230 470Q400 440 570 470" fill="none" stroke="${shade(ctx.colour, 0.3)}" stroke-width="3" stroke-dasharray="8 8"/>` +
  emblem(ctx, 400, 355, 48);

export const beanie: Draw = (ctx) => {
  const ribLines = Array.from({ length: 17 }, (_, i) => `M${276 + i * 15} 300V452`).join('');
  return (
    `<circle cx="400" cy="180" r="48" fill="${shade(ctx.colour, 0.08)}" stroke="${shade(ctx.colour, 0.22)}" stroke-width="4" stroke-dasharray="4 6"/>` +
    `<path d="M250 470C250 262 312 205 400 205C488 205 550 262 550 470Z" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.25)}" stroke-width="4"/>` +
    `<path d="${ribLines}" stroke="${shade(ctx.colour, 0.14)}" stroke-width="6"/>` +
    ribs(236, 440, 328, 130, ctx.colour) +
    `<rect x="378" y="478" width="44" height="32" rx="4" fill="${ctx.ink}"/>`
  );
};

function sock(ctx: DrawContext, x: number, y: number, colour: string): string {
  return (
    `<g transform="translate(${x} ${y})">` +
    `<path d="M0 0H100V250Q100 290 140 308L215 340Q255 360 240 400Q225 432 182 420L42 372Q0 356 0 310Z" fill="${colour}" stroke="${shade(colour, 0.25)}" stroke-width="4" stroke-linejoin="round"/>` +
    `<rect x="0" y="0" width="100" height="46" fill="${shade(colour, 0.12)}"/>` +
    `<rect x="0" y="60" width="100" height="16" fill="${ctx.accent}"/><rect x="0" y="88" width="100" height="16" fill="${ctx.ink}"/>` +
    `<path d="M190 338Q250 355 240 400Q225 432 182 420Z" fill="${shade(colour, 0.15)}"/>` +
    `</g>`
  );
}

export const socks: Draw = (ctx) => sock(ctx, 190, 170, ctx.colour) + sock(ctx, 360, 220, shade(ctx.colour, 0.08));
