/**
 * Turns what a shopper typed into a safe full-text query. Raw input is never handed to the search
 * engine: FTS5 would read `"`, `*`, `NEAR(`, `AND`, `-` or `^` as syntax and fail or surprise.
 *
 * Each whitespace-separated word keeps only its letters, digits and combining marks (the characters
 * FTS5's unicode61 tokenizer indexes), becomes a quoted phrase (so `t-shirt` stays the phrase "t shirt"),
 * and is prefix-matched so results appear while the shopper is still typing. A word that punctuation
 * splits also matches its parts written together, as shops tag them (`t-shirt` finds `tshirt`). Words
 * are ANDed. The index stems both sides (porter), so `tees` finds `tee`.
 */
const TOKEN_CHARS = /[\p{L}\p{N}\p{M}]+/gu;

/** Bounds the work one query can ask for: prefix expansion costs grow with the number of terms. */
const MAX_TERMS = 16;

/** The words of `q` as lists of tokens; empty when nothing searchable remains. */
export function searchTerms(q: string): string[][] {
  const terms: string[][] = [];
  for (const word of q.split(/\s+/)) {
    const tokens = word.match(TOKEN_CHARS);
    if (tokens) terms.push(tokens.map((token) => token.toLowerCase()));
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** An FTS5 MATCH expression for `q`, or null when `q` holds nothing searchable. */
export function toFtsQuery(q: string): string | null {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  // Tokens hold only letters, digits and marks, so they can be quoted without escaping.
  return terms
    .map((tokens) => (tokens.length === 1 ? `"${tokens[0]}"*` : `("${tokens.join(' ')}"* OR "${tokens.join('')}"*)`))
    .join(' AND ');
}
