import type { Random } from '../prng.ts';
import { pick, randomInt } from '../prng.ts';
import type { Draw, DrawContext } from './types.ts';

/** The printed area inside the mat, shared by every art style. */
const X = 245;
const Y = 150;
const W = 310;
const H = 400;

type Art = (random: Random) => string;

const bg = (fill: string) => `<rect x="${X}" y="${Y}" width="${W}" height="${H}" fill="${fill}"/>`;

const map: Art = (random) => {
  const streets = Array.from({ length: 9 }, (_, i) => {
    const vertical = i % 2 === 0;
    const at = vertical ? randomInt(random, X + 20, X + W - 20) : randomInt(random, Y + 20, Y + H - 20);
    const drift = randomInt(random, -40, 40);
    return vertical ? `M${at} ${Y}L${at + drift} ${Y + H}` : `M${X} ${at}L${X + W} ${at + drift}`;
  }).join('');
  const blocks = Array.from(
    { length: 5 },
    () =>
      `<rect x="${randomInt(random, X + 10, X + W - 70)}" y="${randomInt(random, Y + 10, Y + H - 70)}" width="${randomInt(random, 30, 60)}" height="${randomInt(random, 30, 60)}" fill="#3d6bd9" opacity=".55"/>`,
  ).join('');
  return (
    bg('#fff3ef') +
    blocks +
    `<path d="${streets}" stroke="#ff5c8a" stroke-width="6" opacity=".85"/>` +
    `<path d="M${X} ${Y + 300}C${X + 100} ${Y + 250} ${X + 180} ${Y + 380} ${X + W} ${Y + 320}" fill="none" stroke="#3d6bd9" stroke-width="22" opacity=".7"/>`
  );
};

const bauhaus: Art = (random) => {
  const colours = ['#d6402f', '#f2b632', '#2c5aa0', '#1f1f1f'];
  const shapes = Array.from({ length: 6 }, (_, i) => {
    const cx = X + 55 + (i % 2) * 150 + randomInt(random, -10, 10);
    const cy = Y + 65 + Math.floor(i / 2) * 130;
    const fill = pick(random, colours);
    switch (i % 3) {
      case 0:
        return `<circle cx="${cx}" cy="${cy}" r="${randomInt(random, 40, 58)}" fill="${fill}"/>`;
      case 1:
        return `<path d="M${cx - 55} ${cy + 30}A55 55 0 0 1 ${cx + 55} ${cy + 30}Z" fill="${fill}"/>`;
      default:
        return `<rect x="${cx - 45}" y="${cy - 45}" width="90" height="90" fill="${fill}"/>`;
    }
  }).join('');
  return bg('#efe6d2') + shapes + `<rect x="${X}" y="${Y + H - 30}" width="${W}" height="12" fill="#1f1f1f"/>`;
};

const botanical: Art = (random) => {
  const leaves = Array.from({ length: 9 }, (_, i) => {
    const y = Y + 70 + i * 36;
    const side = i % 2 === 0 ? -1 : 1;
    const angle = side * randomInt(random, 30, 55);
    return `<ellipse cx="${400 + side * 34}" cy="${y}" rx="34" ry="13" transform="rotate(${angle} ${400 + side * 34} ${y})" fill="none" stroke="#2d2a26" stroke-width="3"/>`;
  }).join('');
  return (
    bg('#f3ead8') +
    `<path d="M400 ${Y + H - 30}C380 ${Y + 260} 420 ${Y + 160} 400 ${Y + 40}" fill="none" stroke="#2d2a26" stroke-width="3"/>` +
    leaves
  );
};

const mountains: Art = (random) => {
  const range = (base: number, fill: string) => {
    const peaksAt = Array.from(
      { length: 4 },
      (_, i) =>
        `L${X + 40 + i * 80 + randomInt(random, -15, 15)} ${base - randomInt(random, 60, 150)}L${X + 80 + i * 80} ${base - randomInt(random, 0, 40)}`,
    ).join('');
    return `<path d="M${X} ${Y + H}V${base}${peaksAt}L${X + W} ${base}V${Y + H}Z" fill="${fill}"/>`;
  };
  return (
    bg('#f8d9a8') +
    `<circle cx="${X + 200}" cy="${Y + 120}" r="58" fill="#ef7b45"/>` +
    range(Y + 280, '#8c6d9f') +
    range(Y + 340, '#4f4a78') +
    range(Y + 390, '#262445')
  );
};

const letters: Art = () => {
  const glyphs = 'ABCDEFGHIJKLMNOPQRSTUVWX'.split('').map((ch, i) => {
    const x = X + 40 + (i % 4) * 77;
    const y = Y + 62 + Math.floor(i / 4) * 64;
    return `<text x="${x}" y="${y}" fill="${['#d6402f', '#23262b', '#2c5aa0'][i % 3]}">${ch}</text>`;
  });
  return (
    bg('#f4efe6') +
    `<g font-family="Georgia,serif" font-size="50" font-weight="700" text-anchor="middle">${glyphs.join('')}</g>`
  );
};

const waves: Art = (random) => {
  const blues = ['#bfe0ef', '#8cc3de', '#5a9cc6', '#3a75a8', '#24507f', '#173559'];
  const rows = blues.map((fill, i) => {
    const y = Y + 90 + i * 55;
    const amp = randomInt(random, 12, 26);
    return `<path d="M${X} ${y}q39 ${-amp} 78 0t78 0t78 0t76 0V${Y + H}H${X}Z" fill="${fill}"/>`;
  });
  return bg('#eef5f7') + rows.join('');
};

const orbits: Art = (random) => {
  const cx = 400;
  const cy = Y + H / 2;
  const colours = ['#e9c46a', '#e76f51', '#2a9d8f', '#8ab17d', '#f4a261', '#a3c4f3', '#cdb4db', '#6d9dc5'];
  const rings = colours.map((fill, i) => {
    const r = 38 + i * 16;
    const a = random() * Math.PI * 2;
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="#fff" stroke-opacity=".25"/><circle cx="${Math.round(cx + Math.cos(a) * r)}" cy="${Math.round(cy + Math.sin(a) * r)}" r="${4 + (i % 4) * 2}" fill="${fill}"/>`;
  });
  return bg('#1d2340') + `<circle cx="${cx}" cy="${cy}" r="24" fill="#ffcf4a"/>` + rings.join('');
};

/** Frame and mat are shared; the seed picks oak or black so sibling posters differ. */
function framed(ctx: DrawContext, art: Art): string {
  const frame = pick(ctx.random, ['#2b2b2e', '#b98f5e', '#f3f1ec']);
  return (
    `<rect x="195" y="100" width="410" height="560" fill="${frame}" stroke="#00000022" stroke-width="4"/>` +
    `<rect x="215" y="120" width="370" height="520" fill="#fbf9f4"/>` +
    art(ctx.random) +
    `<rect x="${X}" y="${Y + H + 30}" width="120" height="8" fill="#c8c2b6"/><rect x="${X + W - 60}" y="${Y + H + 30}" width="60" height="8" fill="#c8c2b6"/>`
  );
}

export const posterMap: Draw = (ctx) => framed(ctx, map);
export const posterBauhaus: Draw = (ctx) => framed(ctx, bauhaus);
export const posterBotanical: Draw = (ctx) => framed(ctx, botanical);
export const posterMountains: Draw = (ctx) => framed(ctx, mountains);
export const posterLetters: Draw = (ctx) => framed(ctx, letters);
export const posterWaves: Draw = (ctx) => framed(ctx, waves);
export const posterOrbits: Draw = (ctx) => framed(ctx, orbits);
