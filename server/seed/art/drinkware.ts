import { emblem } from './emblem.ts';
import { shade } from './svg.ts';
import type { Draw } from './types.ts';

const GOLD = '#c9a227';
const highlight = (x: number, y: number, h: number) =>
  `<rect x="${x}" y="${y}" width="16" height="${h}" rx="8" fill="#fff" opacity=".18"/>`;

export const mug: Draw = (ctx) =>
  `<path d="M530 330Q625 330 625 430Q625 530 530 530" fill="none" stroke="${shade(ctx.colour, 0.2)}" stroke-width="38"/>` +
  `<path d="M530 330Q625 330 625 430Q625 530 530 530" fill="none" stroke="${ctx.colour}" stroke-width="26"/>` +
  `<path d="M230 262V590Q230 640 280 640H480Q530 640 530 590V262Z" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.25)}" stroke-width="4"/>` +
  `<ellipse cx="380" cy="262" rx="150" ry="28" fill="${shade(ctx.colour, 0.2)}"/>` +
  `<ellipse cx="380" cy="266" rx="134" ry="20" fill="#4a3222"/>` +
  highlight(250, 300, 300) +
  emblem(ctx, 380, 450, 82);

export const tumbler: Draw = (ctx) =>
  `<path d="M290 222H510L480 628Q478 650 456 650H344Q322 650 320 628Z" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.25)}" stroke-width="4"/>` +
  `<rect x="276" y="176" width="248" height="52" rx="16" fill="${shade(ctx.colour, 0.55)}"/>` +
  `<rect x="352" y="186" width="96" height="14" rx="7" fill="${shade(ctx.colour, 0.3)}"/>` +
  highlight(308, 250, 360) +
  emblem(ctx, 400, 430, 66);

export const travelCup: Draw = (ctx) =>
  `<path d="M296 232H504L478 636Q476 652 458 652H342Q324 652 322 636Z" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.25)}" stroke-width="4"/>` +
  `<path d="M302 452H498L491 560H309Z" fill="#b98a5a"/>` +
  `<path d="M320 470h4M350 500h4M380 480h4M410 530h4M440 470h4M470 510h4M335 540h4M455 545h4" stroke="#7d5632" stroke-width="4" stroke-linecap="round"/>` +
  `<path d="M284 236Q284 170 400 166Q516 170 516 236Z" fill="#ece8e1" stroke="#c9c3b8" stroke-width="4"/>` +
  `<rect x="420" y="180" width="50" height="16" rx="8" fill="#c9c3b8"/>` +
  emblem(ctx, 400, 345, 58);

export const bottle: Draw = (ctx) =>
  `<rect x="345" y="96" width="110" height="68" rx="12" fill="#c9a46a" stroke="#9b7a46" stroke-width="4"/>` +
  `<path d="M358 164H442V222Q522 250 522 322V606Q522 652 476 652H324Q278 652 278 606V322Q278 250 358 222Z" fill="#dcebee" stroke="#a9c4c9" stroke-width="4"/>` +
  `<rect x="278" y="352" width="244" height="250" rx="10" fill="${ctx.colour}"/>` +
  highlight(296, 260, 80) +
  emblem(ctx, 400, 476, 70);

function espressoCup(x: number, colour: string, ink: string): string {
  return (
    `<g transform="translate(${x} 0)">` +
    `<ellipse cx="0" cy="560" rx="140" ry="30" fill="${colour}" stroke="${shade(colour, 0.2)}" stroke-width="4"/>` +
    `<path d="M72 430Q122 430 122 470Q122 510 62 512" fill="none" stroke="${colour}" stroke-width="16"/>` +
    `<path d="M-85 410H85Q80 540 0 546Q-80 540 -85 410Z" fill="${colour}" stroke="${shade(colour, 0.2)}" stroke-width="4"/>` +
    `<ellipse cx="0" cy="410" rx="85" ry="16" fill="#3b2418" stroke="${GOLD}" stroke-width="6"/>` +
    `<circle cx="0" cy="478" r="16" fill="${ink}"/>` +
    `</g>`
  );
}

export const espressoSet: Draw = (ctx) =>
  espressoCup(275, ctx.colour, ctx.accent) + espressoCup(535, shade(ctx.colour, 0.06), ctx.ink);
