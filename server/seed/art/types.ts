import type { Random } from '../prng.ts';

/** Everything a drawing needs; `random` is seeded per product so every shot of it shares one print. */
export type DrawContext = {
  colour: string;
  ink: string;
  accent: string;
  random: Random;
  /** Prefix for element ids, unique per product, so inlined SVGs never clash. */
  id: string;
};

/** Returns SVG markup for an object centred in an 800×800 canvas, resting on y ≈ 660. */
export type Draw = (ctx: DrawContext) => string;
