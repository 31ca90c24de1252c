import { randomBytes } from 'node:crypto';

// 32 symbols, so each random byte maps to one symbol without bias (byte & 31).
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

export type IdPrefix =
  | 'prod'
  | 'var'
  | 'cat'
  | 'line'
  | 'ord'
  | 'oli'
  | 'pay'
  | 'disc'
  | 'upl'
  | 'usr'
  | 'ses'
  | 'shp'
  | 'sev'
  | 'sac'
  | 'adr'
  | 'rev'
  | 'aud'
  | 'zone'
  | 'ship'
  | 'rfd'
  | 'ret';

// Random bytes are drawn 4 KB at a time: one call per id costs more than the id (an order makes several).
const POOL_SIZE = 4096;
let pool = randomBytes(POOL_SIZE);
let offset = 0;

function randomSymbols(count: number): string {
  if (offset + count > POOL_SIZE) {
    pool = randomBytes(POOL_SIZE);
    offset = 0;
  }
  let body = '';
  for (let index = offset; index < offset + count; index++) body += ALPHABET[(pool[index] as number) & 31];
  offset += count;
  return body;
}

/** A new opaque id such as `prod_8f3k2m9q1x7c4v6b`: a type prefix and 80 random bits. */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${randomSymbols(16)}`;
}

/** Symbols in a cart id: 26 × 5 = 130 random bits, because the id alone grants access to the cart. */
const CART_ID_SYMBOLS = 26;
const CART_ID = new RegExp(`^cart_[${ALPHABET}]{${CART_ID_SYMBOLS}}$`);

export function newCartId(): string {
  return `cart_${randomSymbols(CART_ID_SYMBOLS)}`;
}

/** Whether `id` could be a cart id at all; anything else is not looked up. */
export function isCartId(id: string): boolean {
  return CART_ID.test(id);
}
