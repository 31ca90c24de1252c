import type { Random } from '../prng.ts';
import { pick } from '../prng.ts';

/** Product colour names used in the catalog, mapped to swatches for the illustrations. */
export const NAMED_COLOURS: Record<string, string> = {
  Black: '#2b2b2e',
  Charcoal: '#4a4d52',
  Cobalt: '#2f55b8',
  Cream: '#f1e6cf',
  Forest: '#2f5a43',
  'Heather Grey': '#a9abad',
  Jade: '#3f9e86',
  Kraft: '#c49a6c',
  Mustard: '#d9a72b',
  Natural: '#e8dcc4',
  Navy: '#26345a',
  Oat: '#d8c8aa',
  Oatmeal: '#d9ccb4',
  Olive: '#6b6b3a',
  Red: '#c8423a',
  'Royal Blue': '#3157c4',
  Rust: '#b5562f',
  Sage: '#9cae8f',
  Sand: '#d6c19c',
  Stone: '#cfc6b4',
  Teal: '#2e7d80',
  Terracotta: '#c46a4a',
  White: '#f7f5f0',
};

/** Colours for products without a Colour option, and for accents in prints and stickers. */
export const ACCENTS = ['#e4572e', '#f3a712', '#29335c', '#669bbc', '#a8c686', '#db7f8e', '#6c4ab6', '#2a9d8f'];

/** Soft studio backdrops. */
export const BACKDROPS = ['#f3ede4', '#e9eef2', '#eef1e8', '#f4e9e6', '#ece9f3', '#f2efe0'];

export function colourFor(name: string): string {
  const hex = NAMED_COLOURS[name];
  if (!hex) throw new Error(`No swatch for colour "${name}"; add it to NAMED_COLOURS`);
  return hex;
}

export function pickAccent(random: Random, avoid?: string): string {
  const choices = ACCENTS.filter((c) => c !== avoid);
  return pick(random, choices);
}
