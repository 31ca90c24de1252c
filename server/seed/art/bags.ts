import { emblem } from './emblem.ts';
import { shade } from './svg.ts';
import type { Draw } from './types.ts';

const BRASS = '#c9a227';

export const tote: Draw = (ctx) =>
  `<path d="M322 300Q322 176 400 176Q478 176 478 300" fill="none" stroke="${shade(ctx.colour, 0.25)}" stroke-width="22"/>` +
  `<path d="M232 300L568 300L592 652L208 652Z" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.22)}" stroke-width="4" stroke-linejoin="round"/>` +
  `<path d="M292 306Q292 140 400 140Q508 140 508 306" fill="none" stroke="${shade(ctx.colour, 0.1)}" stroke-width="22"/>` +
  `<path d="M236 322H564" stroke="${shade(ctx.colour, 0.3)}" stroke-width="3" stroke-dasharray="10 8"/>` +
  emblem(ctx, 400, 480, 92);

export const pouch: Draw = (ctx) =>
  `<rect x="190" y="360" width="420" height="262" rx="26" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.22)}" stroke-width="4"/>` +
  `<rect x="190" y="360" width="420" height="30" rx="12" fill="${shade(ctx.colour, 0.3)}"/>` +
  `<path d="M210 375H590" stroke="${BRASS}" stroke-width="8" stroke-dasharray="4 4"/>` +
  `<rect x="556" y="368" width="16" height="64" rx="6" fill="${BRASS}"/><rect x="552" y="424" width="24" height="40" rx="6" fill="${ctx.accent}"/>` +
  emblem(ctx, 400, 500, 60);

export const backpack: Draw = (ctx) =>
  `<rect x="250" y="220" width="300" height="428" rx="60" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.25)}" stroke-width="4"/>` +
  `<rect x="262" y="140" width="276" height="96" rx="22" fill="${shade(ctx.colour, 0.12)}"/>` +
  `<path d="M270 170H530M270 200H530" stroke="${shade(ctx.colour, 0.25)}" stroke-width="3"/>` +
  `<rect x="386" y="150" width="28" height="190" rx="6" fill="${shade(ctx.colour, 0.4)}"/>` +
  `<rect x="378" y="310" width="44" height="36" rx="6" fill="none" stroke="${BRASS}" stroke-width="6"/>` +
  `<rect x="290" y="430" width="220" height="180" rx="32" fill="${shade(ctx.colour, 0.08)}" stroke="${shade(ctx.colour, 0.25)}" stroke-width="4"/>` +
  `<rect x="350" y="470" width="100" height="40" rx="6" fill="${ctx.ink}"/><rect x="366" y="484" width="68" height="12" rx="6" fill="${ctx.accent}"/>`;

export const drawstring: Draw = (ctx) =>
  `<path d="M330 262Q400 150 470 262" fill="none" stroke="${ctx.ink}" stroke-width="8"/>` +
  `<path d="M240 262H560L576 640H224Z" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.22)}" stroke-width="4" stroke-linejoin="round"/>` +
  `<rect x="240" y="262" width="320" height="28" fill="${shade(ctx.colour, 0.15)}"/>` +
  `<path d="M330 270L232 632M470 270L568 632" stroke="${ctx.ink}" stroke-width="8" stroke-linecap="round"/>` +
  emblem(ctx, 400, 460, 80);

export const sling: Draw = (ctx) =>
  `<path d="M224 440Q262 118 400 118Q538 118 576 440" fill="none" stroke="${shade(ctx.colour, 0.3)}" stroke-width="28"/>` +
  `<rect x="500" y="230" width="40" height="30" rx="6" fill="${BRASS}" transform="rotate(62 520 245)"/>` +
  `<path d="M196 470Q196 360 400 360Q604 360 604 470Q604 570 400 570Q196 570 196 470Z" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.25)}" stroke-width="4"/>` +
  `<path d="M240 432Q400 400 560 432" fill="none" stroke="${shade(ctx.colour, 0.4)}" stroke-width="7"/>` +
  `<rect x="360" y="470" width="80" height="46" rx="8" fill="${ctx.ink}"/><circle cx="400" cy="493" r="12" fill="${ctx.accent}"/>`;
