import * as z from 'zod/mini';

export const Category = z.object({
  id: z.string(),
  handle: z.string(),
  name: z.string(),
  description: z.string(),
  productCount: z.number().check(z.int()),
});
export type Category = z.infer<typeof Category>;

export const CategoryList = z.object({ items: z.array(Category) });
export type CategoryList = z.infer<typeof CategoryList>;
