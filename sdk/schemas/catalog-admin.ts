import * as z from 'zod/mini';
import { printable } from './address.ts';
import { EditVersion } from './audit.ts';
import { listOf, MAX_PAGE_SIZE } from './list.ts';
import { Money } from './money.ts';
import { CategoryRef, ProductImage, ProductOption } from './product.ts';
import { wholeNumber, withoutBlanks } from './product-query.ts';

/** The catalog as the store owner edits it: products with every status, variants with their stock, categories. */

export const PRODUCT_STATUSES = ['draft', 'active', 'archived'] as const;
/** Only `active` products are in the public catalog and search. */
export const ProductStatus = z.enum(PRODUCT_STATUSES);
export type ProductStatus = z.infer<typeof ProductStatus>;

export const STOCK_REASONS = ['received', 'count', 'damaged', 'returned'] as const;
export const StockReason = z.enum(STOCK_REASONS);
export type StockReason = z.infer<typeof StockReason>;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max), printable());
/** Lowercase letters, digits and single dashes: what a product's or category's URL ends with. */
export const Handle = z
  .string()
  .check(z.maxLength(80), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and dashes'));
const MinorUnits = z.number().check(z.int(), z.minimum(0), z.maximum(100_000_000));
const Count = z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000));

/** A variant as the owner writes it. With `id`, an existing variant is kept and changed; without, one is added. */
export const VariantInput = z.strictObject({
  id: z.optional(z.string().check(z.maxLength(64))),
  sku: text(64),
  title: text(200),
  /** Option name to value; the names are the product's options and each value one of that option's values. */
  options: z.record(z.string().check(z.maxLength(60)), z.string().check(z.maxLength(60))),
  /** Minor units of the store currency. */
  price: MinorUnits,
  /** The "was" price in minor units; shown to shoppers only when above `price`. */
  compareAtPrice: z.optional(z.nullable(MinorUnits)),
  weightGrams: z.optional(Count),
  /** Available units at or below this count put the variant on the low-stock list (5 when absent on a new one). */
  lowStockThreshold: z.optional(Count),
  /** Index in the product's images of the picture showing this variant. */
  imageIndex: z.optional(z.nullable(z.number().check(z.int(), z.minimum(0)))),
  /** Units on hand of a new variant. An existing variant's stock moves only through the stock routes. */
  initialStock: z.optional(Count),
});
export type VariantInput = z.infer<typeof VariantInput>;

const Tags = z.array(text(60)).check(z.maxLength(50));
const Options = z.array(z.strictObject({ name: text(60), values: z.array(text(60)).check(z.minLength(1)) }));
const Variants = z.array(VariantInput).check(z.minLength(1), z.maxLength(100));

export const CreateProductBody = z.strictObject({
  title: text(200),
  /** Made from the title when absent. */
  handle: z.optional(Handle),
  description: z.optional(z.string().check(z.maxLength(20_000))),
  categoryId: z.string().check(z.maxLength(64)),
  tags: z.optional(Tags),
  /** `draft` when absent: a new product is hidden until it is made active. */
  status: z.optional(ProductStatus),
  options: z.optional(Options),
  variants: Variants,
});
export type CreateProductBody = z.infer<typeof CreateProductBody>;

/** An image the product already has, by its URL: the list given is the new order, and images left out are removed. */
export const ImageInput = z.strictObject({
  url: z.string().check(z.maxLength(500)),
  alt: z.string().check(z.maxLength(300)),
});

/**
 * A change to a product: the fields given are replaced. `variants` is the whole new list (kept ones by `id`);
 * `status: 'archived'` archives and `'active'` or `'draft'` restores.
 */
export const UpdateProductBody = z.strictObject({
  version: EditVersion,
  title: z.optional(text(200)),
  handle: z.optional(Handle),
  description: z.optional(z.string().check(z.maxLength(20_000))),
  categoryId: z.optional(z.string().check(z.maxLength(64))),
  tags: z.optional(Tags),
  status: z.optional(ProductStatus),
  options: z.optional(Options),
  variants: z.optional(Variants),
  images: z.optional(z.array(ImageInput).check(z.maxLength(30))),
});
export type UpdateProductBody = z.infer<typeof UpdateProductBody>;

/** A variant's units: `available` = `stocked` − `reserved`; reserved units belong to carts' unpaid orders. */
export const AdminStock = z.object({
  stocked: z.number().check(z.int()),
  reserved: z.number().check(z.int()),
  available: z.number().check(z.int()),
  lowStockThreshold: z.number().check(z.int()),
  /** The stock's edit version: setting a counted quantity names it. */
  version: z.number().check(z.int()),
});
export type AdminStock = z.infer<typeof AdminStock>;

export const AdminVariant = z.object({
  id: z.string(),
  sku: z.string(),
  title: z.string(),
  options: z.record(z.string(), z.string()),
  price: Money,
  compareAtPrice: z.nullable(Money),
  weightGrams: z.number().check(z.int()),
  imageIndex: z.nullable(z.number().check(z.int())),
  stock: AdminStock,
});
export type AdminVariant = z.infer<typeof AdminVariant>;

export const AdminProduct = z.object({
  id: z.string(),
  handle: z.string(),
  /** Handles the product had before: links with them still find it. */
  formerHandles: z.array(z.string()),
  title: z.string(),
  description: z.string(),
  status: ProductStatus,
  category: CategoryRef,
  tags: z.array(z.string()),
  options: z.array(ProductOption),
  images: z.array(ProductImage),
  variants: z.array(AdminVariant),
  /** Whether any order bought it: such a product can be archived, never deleted. */
  hasOrders: z.boolean(),
  version: z.number().check(z.int()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AdminProduct = z.infer<typeof AdminProduct>;

export const AdminProductList = listOf(AdminProduct);
export type AdminProductList = z.infer<typeof AdminProductList>;

export const AdminProductQuery = z.pipe(
  z.transform(withoutBlanks),
  z.strictObject({
    status: z.optional(ProductStatus),
    /** Part of the title, handle or a SKU, in any case. */
    q: z.optional(z.string().check(z.trim(), z.maxLength(200), printable())),
    limit: z.prefault(wholeNumber(1, MAX_PAGE_SIZE), 25),
    cursor: z.optional(z.string().check(z.maxLength(512))),
  }),
);
export type AdminProductQuery = z.infer<typeof AdminProductQuery>;
export type AdminProductParams = { status?: ProductStatus; q?: string; limit?: number; cursor?: string };

/** `DELETE /api/admin/products/:id`: the version deleted. */
export const DeleteProductQuery = z.strictObject({ version: wholeNumber(1, Number.MAX_SAFE_INTEGER) });

/** What deleting did: a product any order bought is archived instead, so its orders keep their history. */
export const DeleteProductResult = z.object({
  outcome: z.enum(['deleted', 'archived']),
  /** The archived product; null when it was deleted. */
  product: z.nullable(AdminProduct),
});
export type DeleteProductResult = z.infer<typeof DeleteProductResult>;

/**
 * A stock change by hand: `delta` adds or takes units (parallel changes add up), or `count` sets the units on hand
 * counted, from the stock `version` read. Exactly one of `delta` and `count`.
 */
export const StockChangeBody = z.strictObject({
  delta: z.optional(z.number().check(z.int(), z.minimum(-1_000_000), z.maximum(1_000_000))),
  count: z.optional(Count),
  version: z.optional(EditVersion),
  reason: StockReason,
  note: z.optional(z.string().check(z.maxLength(500), printable())),
});
export type StockChangeBody = z.infer<typeof StockChangeBody>;

export const StockMovement = z.object({
  id: z.string(),
  variantId: z.string(),
  delta: z.number().check(z.int()),
  stockedAfter: z.number().check(z.int()),
  reason: StockReason,
  note: z.string(),
  /** Who made the change. */
  actor: z.object({ id: z.string(), email: z.string() }),
  createdAt: z.string(),
});
export type StockMovement = z.infer<typeof StockMovement>;

export const StockMovementList = listOf(StockMovement);
export type StockMovementList = z.infer<typeof StockMovementList>;

export const StockChangeResult = z.object({ stock: AdminStock, movement: StockMovement });
export type StockChangeResult = z.infer<typeof StockChangeResult>;

const PageQuery = z.pipe(
  z.transform(withoutBlanks),
  z.strictObject({
    limit: z.prefault(wholeNumber(1, MAX_PAGE_SIZE), 25),
    cursor: z.optional(z.string().check(z.maxLength(512))),
  }),
);
export const StockMovementQuery = PageQuery;
export type PageParams = { limit?: number; cursor?: string };

/** A variant at or below its low-stock threshold, fewest available first. */
export const LowStockItem = z.object({
  productId: z.string(),
  productTitle: z.string(),
  productStatus: ProductStatus,
  variantId: z.string(),
  variantTitle: z.string(),
  sku: z.string(),
  stock: AdminStock,
});
export type LowStockItem = z.infer<typeof LowStockItem>;
export const LowStockList = listOf(LowStockItem);
export type LowStockList = z.infer<typeof LowStockList>;
export const LowStockQuery = PageQuery;

export const AdminCategory = z.object({
  id: z.string(),
  handle: z.string(),
  name: z.string(),
  description: z.string(),
  position: z.number().check(z.int()),
  /** Products of any status in it. */
  productCount: z.number().check(z.int()),
  version: z.number().check(z.int()),
});
export type AdminCategory = z.infer<typeof AdminCategory>;
export const AdminCategoryList = listOf(AdminCategory);
export type AdminCategoryList = z.infer<typeof AdminCategoryList>;

export const CreateCategoryBody = z.strictObject({
  name: text(120),
  /** Made from the name when absent. */
  handle: z.optional(Handle),
  description: z.optional(z.string().check(z.maxLength(2_000))),
});
export type CreateCategoryBody = z.infer<typeof CreateCategoryBody>;

export const UpdateCategoryBody = z.strictObject({
  version: EditVersion,
  name: z.optional(text(120)),
  handle: z.optional(Handle),
  description: z.optional(z.string().check(z.maxLength(2_000))),
});
export type UpdateCategoryBody = z.infer<typeof UpdateCategoryBody>;

/** `POST /api/admin/products/:id/images`: the photo's alt text and the product version it is added to. */
export const ProductImageQuery = z.strictObject({
  version: wholeNumber(1, Number.MAX_SAFE_INTEGER),
  alt: z.optional(z.string().check(z.maxLength(300), printable())),
});
export type ProductImageQuery = z.infer<typeof ProductImageQuery>;

/** `DELETE /api/admin/categories/:id`: the version deleted. */
export const DeleteCategoryQuery = DeleteProductQuery;

/** The new display order: every category once, each with the version read. */
export const ReorderCategoriesBody = z.strictObject({
  categories: z.array(z.strictObject({ id: z.string().check(z.maxLength(64)), version: EditVersion })),
});
export type ReorderCategoriesBody = z.infer<typeof ReorderCategoriesBody>;
