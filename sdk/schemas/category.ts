import * as z from 'zod/mini';
import { listOf } from './list.ts';

export const Category = z.object({
  id: z.string(),
  handle: z.string(),
  name: z.string(),
  description: z.string(),
  productCount: z.number().check(z.int()),
});
export type Category = z.infer<typeof Category>;

/** Every category fits one page today, so `nextCursor` is null; the list contract keeps paging possible. */
export const CategoryList = listOf(Category);
export type CategoryList = z.infer<typeof CategoryList>;

/** Query of `GET /api/categories`: the list is short and answered whole, so it takes no parameters. */
export const CategoryListQuery = z.strictObject({});
