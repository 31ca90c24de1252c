import { pick } from '../prng.ts';
import type { DrawContext } from './types.ts';

const r0 = (n: number) => Math.round(n);

function sun(cx: number, cy: number, r: number, ink: string, accent: string): string {
  const rays = Array.from({ length: 8 }, (_, i) => {
    const a = (i * Math.PI) / 4;
    return `M${r0(cx + Math.cos(a) * r * 0.62)} ${r0(cy + Math.sin(a) * r * 0.62)}L${r0(cx + Math.cos(a) * r * 0.95)} ${r0(cy + Math.sin(a) * r * 0.95)}`;
  }).join('');
  return `<circle cx="${cx}" cy="${cy}" r="${r0(r * 0.42)}" fill="${accent}"/><path d="${rays}" stroke="${ink}" stroke-width="${r0(r * 0.1)}" stroke-linecap="round"/>`;
}

function peaks(cx: number, cy: number, r: number, ink: string, accent: string): string {
  return (
    `<circle cx="${cx}" cy="${cy}" r="${r0(r)}" fill="none" stroke="${ink}" stroke-width="${r0(r * 0.08)}"/>` +
    `<circle cx="${r0(cx + r * 0.3)}" cy="${r0(cy - r * 0.3)}" r="${r0(r * 0.2)}" fill="${accent}"/>` +
    `<path d="M${r0(cx - r * 0.75)} ${r0(cy + r * 0.45)}L${r0(cx - r * 0.2)} ${r0(cy - r * 0.25)}L${r0(cx + r * 0.1)} ${r0(cy + r * 0.1)}L${r0(cx + r * 0.35)} ${r0(cy - r * 0.05)}L${r0(cx + r * 0.75)} ${r0(cy + r * 0.45)}Z" fill="${ink}"/>`
  );
}

function star(cx: number, cy: number, r: number, ink: string, accent: string): string {
  const points = Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.45;
    return `${r0(cx + Math.cos(a) * rr)},${r0(cy + Math.sin(a) * rr)}`;
  }).join(' ');
  return `<polygon points="${points}" fill="${accent}" stroke="${ink}" stroke-width="${r0(r * 0.07)}" stroke-linejoin="round"/>`;
}

function wordmark(cx: number, cy: number, r: number, ink: string, accent: string): string {
  const w = r * 1.6;
  return (
    `<rect x="${r0(cx - w / 2)}" y="${r0(cy - r * 0.5)}" width="${r0(w)}" height="${r0(r * 0.32)}" rx="${r0(r * 0.1)}" fill="${ink}"/>` +
    `<rect x="${r0(cx - w / 2)}" y="${r0(cy - r * 0.05)}" width="${r0(w * 0.7)}" height="${r0(r * 0.22)}" rx="${r0(r * 0.1)}" fill="${accent}"/>` +
    `<rect x="${r0(cx - w / 2)}" y="${r0(cy + r * 0.3)}" width="${r0(w * 0.45)}" height="${r0(r * 0.14)}" rx="${r0(r * 0.07)}" fill="${ink}"/>`
  );
}

function wave(cx: number, cy: number, r: number, ink: string, accent: string): string {
  const row = (dy: number, colour: string) =>
    `<path d="M${r0(cx - r)} ${r0(cy + dy)}q${r0(r / 4)} ${r0(-r / 3)} ${r0(r / 2)} 0t${r0(r / 2)} 0t${r0(r / 2)} 0t${r0(r / 2)} 0" fill="none" stroke="${colour}" stroke-width="${r0(r * 0.14)}" stroke-linecap="round"/>`;
  return row(-r * 0.35, accent) + row(0, ink) + row(r * 0.35, accent);
}

const EMBLEMS = [sun, peaks, star, wordmark, wave];

/** A small printed graphic; the product's seed picks the same design for every shot of it. */
export function emblem(ctx: DrawContext, cx: number, cy: number, r: number): string {
  return pick(ctx.random, EMBLEMS)(cx, cy, r, ctx.ink, ctx.accent);
}
