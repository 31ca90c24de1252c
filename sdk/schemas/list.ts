import * as z from 'zod/mini';

/** Every list answers `{ items, nextCursor }`; `nextCursor` is null on the last page. */
export function listOf<T extends z.ZodMiniType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });
}
export type List<T> = { items: T[]; nextCursor: string | null };

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 24;
