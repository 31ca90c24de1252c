import type Database from 'better-sqlite3';

/**
 * What the name sorts compare: the title without accents and without leading punctuation, in lower
 * case, so `"Good Morning" Type Mug` sorts under G and `Élan` beside `Elan`. SQLite compares the keys
 * byte by byte, which is code point order for UTF-8, so ties and cursors stay exact.
 */
export function titleSortKey(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .toLowerCase();
}

/** Makes `title_sort_key(title)` callable from SQL; the migration that added `sort_name` fills it with it. */
export function registerSqlFunctions(sqlite: Database.Database): void {
  sqlite.function('title_sort_key', { deterministic: true }, (title: unknown) => titleSortKey(String(title)));
}
