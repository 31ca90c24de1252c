import { randomInt } from '../prng.ts';
import { emblem } from './emblem.ts';
import { shade } from './svg.ts';
import type { Draw } from './types.ts';

const CORK = '#c8a27a';

export const cushion: Draw = (ctx) =>
  `<path d="M226 226Q400 196 574 226Q606 400 574 574Q400 606 226 574Q196 400 226 226Z" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.25)}" stroke-width="4"/>` +
  `<path d="M226 226l30 30M574 226l-30 30M226 574l30-30M574 574l-30-30" stroke="${shade(ctx.colour, 0.25)}" stroke-width="3"/>` +
  `<path d="M300 520V430A100 100 0 0 1 500 430V520M340 520V430A60 60 0 0 1 460 430V520M380 520V430A20 20 0 0 1 420 430V520" fill="none" stroke="${ctx.ink}" stroke-width="14"/>`;

export const teaTowel: Draw = (ctx) => {
  const sprigs = Array.from({ length: 8 }, () => {
    const x = randomInt(ctx.random, 300, 500);
    const y = randomInt(ctx.random, 270, 540);
    return `<ellipse cx="${x}" cy="${y}" rx="18" ry="7" transform="rotate(${randomInt(ctx.random, 0, 180)} ${x} ${y})" fill="${ctx.ink}" opacity=".75"/>`;
  }).join('');
  return (
    `<path d="M385 120Q400 90 415 120V170H385Z" fill="none" stroke="${shade(ctx.colour, 0.3)}" stroke-width="6"/>` +
    `<rect x="260" y="165" width="280" height="470" rx="6" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.22)}" stroke-width="4"/>` +
    `<rect x="260" y="200" width="280" height="18" fill="${ctx.accent}"/><rect x="260" y="580" width="280" height="18" fill="${ctx.accent}"/>` +
    sprigs
  );
};

export const coasters: Draw = (ctx) =>
  [
    [300, 300],
    [500, 300],
    [300, 500],
    [500, 500],
  ]
    .map(([cx, cy], i) => {
      const specks = Array.from(
        { length: 10 },
        () => `M${randomInt(ctx.random, -80, 80)} ${randomInt(ctx.random, -80, 80)}h3`,
      ).join('');
      const tile = i % 2 === 0 ? ctx.accent : ctx.ink;
      return (
        `<g transform="translate(${cx} ${cy})"><circle r="92" fill="${CORK}" stroke="#a47e56" stroke-width="4"/>` +
        `<path d="${specks}" stroke="#8d6a45" stroke-width="4" stroke-linecap="round"/>` +
        `<path d="M-50 -50H50V50H-50Z" fill="none" stroke="${tile}" stroke-width="6"/><path d="M-50 50A100 100 0 0 1 50 -50V50Z" fill="${tile}"/></g>`
      );
    })
    .join('');

export const candle: Draw = (ctx) =>
  `<ellipse cx="560" cy="610" rx="120" ry="28" fill="#aeb3ba" stroke="#8d939b" stroke-width="4"/>` +
  `<path d="M250 360V590A150 32 0 0 0 550 590V360Z" fill="#b8bcc2" stroke="#8d939b" stroke-width="4"/>` +
  `<rect x="250" y="420" width="300" height="110" fill="${ctx.colour}"/>` +
  `<rect x="320" y="450" width="160" height="16" rx="8" fill="${ctx.ink}"/><rect x="350" y="480" width="100" height="10" rx="5" fill="${ctx.ink}" opacity=".6"/>` +
  `<ellipse cx="400" cy="360" rx="150" ry="32" fill="#d6d9dd" stroke="#8d939b" stroke-width="4"/>` +
  `<ellipse cx="400" cy="364" rx="134" ry="24" fill="#f3ead6"/>` +
  `<path d="M400 364V330" stroke="#3a3a3a" stroke-width="4"/><path d="M400 270Q424 306 400 330Q376 306 400 270Z" fill="#f3a712"/>`;

export const throwBlanket: Draw = (ctx) => {
  const fringe = Array.from({ length: 14 }, (_, i) => `M596 ${318 + i * 18}h28`).join('');
  return (
    `<rect x="180" y="380" width="430" height="230" rx="26" fill="${shade(ctx.colour, 0.12)}"/>` +
    `<rect x="200" y="300" width="400" height="260" rx="26" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.25)}" stroke-width="4"/>` +
    `<path d="${fringe}" stroke="${shade(ctx.colour, 0.2)}" stroke-width="5" stroke-linecap="round"/>` +
    `<path d="M240 340L300 400L360 340L420 400L480 340L540 400M240 460L300 520L360 460L420 520L480 460L540 520" fill="none" stroke="${ctx.ink}" stroke-width="8" stroke-linejoin="round"/>` +
    `<path d="M200 430H600" stroke="${shade(ctx.colour, 0.25)}" stroke-width="4"/>`
  );
};

export const planter: Draw = (ctx) => {
  const leaves = [-60, -30, 0, 30, 60]
    .map(
      (angle, i) =>
        `<ellipse cx="400" cy="${300 - (i % 2) * 30}" rx="34" ry="120" transform="rotate(${angle} 400 420)" fill="${i % 2 === 0 ? '#4f7d4a' : '#6f9e5e'}"/>`,
    )
    .join('');
  return (
    leaves +
    `<ellipse cx="400" cy="632" rx="150" ry="24" fill="${shade(ctx.colour, 0.2)}"/>` +
    `<path d="M282 430H518L494 626H306Z" fill="${ctx.colour}" stroke="${shade(ctx.colour, 0.25)}" stroke-width="4"/>` +
    `<rect x="268" y="408" width="264" height="38" rx="10" fill="${shade(ctx.colour, 0.1)}" stroke="${shade(ctx.colour, 0.25)}" stroke-width="4"/>` +
    emblem(ctx, 400, 530, 42)
  );
};
