import { emblem } from './emblem.ts';
import { mix, shade } from './svg.ts';
import type { Draw, DrawContext } from './types.ts';

const GOLD = '#c9a227';

export const notebook: Draw = (ctx) =>
  `<path d="M366 600L366 668L384 652L402 668L402 600Z" fill="${ctx.accent}"/>` +
  `<rect x="240" y="140" width="320" height="470" rx="18" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.25)}" stroke-width="4"/>` +
  `<rect x="240" y="140" width="26" height="470" rx="10" fill="${shade(ctx.colour, 0.2)}"/>` +
  `<rect x="518" y="140" width="14" height="470" fill="${shade(ctx.colour, 0.55)}"/>` +
  `<rect x="310" y="220" width="180" height="64" rx="6" fill="${ctx.ink}" opacity=".9"/>` +
  `<rect x="334" y="244" width="132" height="14" rx="7" fill="${ctx.colour}"/>` +
  emblem(ctx, 400, 430, 64);

function smallBook(ctx: DrawContext, x: number, angle: number, colour: string): string {
  return (
    `<g transform="rotate(${angle} ${x} 640)">` +
    `<rect x="${x - 95}" y="230" width="190" height="300" rx="22" fill="${colour}" stroke="${shade(colour, 0.25)}" stroke-width="4"/>` +
    `<path d="M${x - 95} 380H${x + 95}" stroke="${shade(colour, 0.2)}" stroke-width="3" stroke-dasharray="6 6"/>` +
    `<rect x="${x - 50}" y="280" width="100" height="40" rx="6" fill="${ctx.ink}"/>` +
    `</g>`
  );
}

export const notebookTrio: Draw = (ctx) =>
  smallBook(ctx, 290, -12, mix(ctx.colour, '#ffffff', 0.3)) +
  smallBook(ctx, 510, 12, ctx.accent) +
  smallBook(ctx, 400, 0, ctx.colour);

export const cards: Draw = (ctx) =>
  `<rect x="190" y="360" width="380" height="250" rx="8" fill="#c9a77c" stroke="#a8865c" stroke-width="4"/>` +
  `<path d="M190 366L380 500L570 366" fill="none" stroke="#a8865c" stroke-width="4"/>` +
  `<g transform="rotate(-9 330 360)"><rect x="210" y="170" width="240" height="330" rx="6" fill="#fbf8f2" stroke="#ddd5c8" stroke-width="3"/>${emblem(ctx, 330, 320, 70)}</g>` +
  `<g transform="rotate(7 470 380)"><rect x="350" y="190" width="240" height="330" rx="6" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.2)}" stroke-width="3"/>` +
  `<rect x="400" y="420" width="140" height="14" rx="7" fill="${ctx.ink}"/><rect x="420" y="446" width="100" height="10" rx="5" fill="${ctx.ink}" opacity=".6"/></g>`;

export const pins: Draw = (ctx) =>
  `<rect x="250" y="130" width="300" height="500" rx="14" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.2)}" stroke-width="4"/>` +
  `<circle cx="400" cy="165" r="14" fill="#f3ede4"/>` +
  `<circle cx="330" cy="290" r="56" fill="#f3a712" stroke="${GOLD}" stroke-width="8"/><circle cx="330" cy="290" r="26" fill="#e4572e"/>` +
  `<polygon points="470,236 484,274 524,276 492,300 504,340 470,316 436,340 448,300 416,276 456,274" fill="${ctx.accent}" stroke="${GOLD}" stroke-width="7" stroke-linejoin="round"/>` +
  `<path d="M340 420H450V520Q450 545 425 545H365Q340 545 340 520Z" fill="#f7f5f0" stroke="${GOLD}" stroke-width="7"/>` +
  `<path d="M450 450Q490 450 490 480Q490 510 450 510" fill="none" stroke="${GOLD}" stroke-width="7"/>` +
  `<rect x="300" y="580" width="200" height="12" rx="6" fill="${ctx.ink}" opacity=".7"/>`;

export const pencils: Draw = (ctx) =>
  Array.from({ length: 6 }, (_, i) => {
    const x = 240 + i * 64;
    const body = i % 2 === 0 ? ctx.colour : ctx.accent;
    return (
      `<g transform="rotate(${(i - 2.5) * 4} ${x + 18} 640)">` +
      `<rect x="${x}" y="230" width="36" height="410" rx="4" fill="${body}" stroke="${shade(body, 0.25)}" stroke-width="3"/>` +
      `<path d="M${x} 230L${x + 18} 150L${x + 36} 230Z" fill="#e8c99b"/><path d="M${x + 12} 174L${x + 18} 150L${x + 24} 174Z" fill="#3a3a3a"/>` +
      `<rect x="${x + 14}" y="560" width="8" height="40" rx="4" fill="${ctx.ink}" opacity=".7"/>` +
      `</g>`
    );
  }).join('');

function tapeRoll(cx: number, cy: number, colour: string, pattern: string): string {
  return (
    `<circle cx="${cx}" cy="${cy}" r="112" fill="${colour}" stroke="${shade(colour, 0.2)}" stroke-width="4"/>` +
    `<circle cx="${cx}" cy="${cy}" r="84" fill="none" stroke="#fff" stroke-width="22" stroke-dasharray="${pattern}" opacity=".7"/>` +
    `<circle cx="${cx}" cy="${cy}" r="56" fill="#f6f1e7" stroke="#d9cfbf" stroke-width="6"/>`
  );
}

export const washiTape: Draw = (ctx) =>
  tapeRoll(290, 310, ctx.colour, '4 14') +
  tapeRoll(510, 330, ctx.accent, '22 10') +
  tapeRoll(400, 520, mix(ctx.colour, ctx.accent, 0.5), '2 4');
