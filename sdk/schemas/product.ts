import * as z from 'zod/mini';
import { Money } from './money.ts';

export const STOCK_STATES = ['in_stock', 'low_stock', 'sold_out'] as const;
export const StockState = z.enum(STOCK_STATES);
export type StockState = z.infer<typeof StockState>;

export const PRODUCT_KINDS = ['standard', 'sticker'] as const;
export const ProductKind = z.enum(PRODUCT_KINDS);
export type ProductKind = z.infer<typeof ProductKind>;

export const ProductImage = z.object({
  url: z.string(),
  alt: z.string(),
  width: z.number().check(z.int()),
  height: z.number().check(z.int()),
});
export type ProductImage = z.infer<typeof ProductImage>;

export const CategoryRef = z.object({ id: z.string(), handle: z.string(), name: z.string() });
export type CategoryRef = z.infer<typeof CategoryRef>;

/** One option axis of a product, such as Size with values S, M, L. */
export const ProductOption = z.object({ name: z.string(), values: z.array(z.string()) });
export type ProductOption = z.infer<typeof ProductOption>;

export const Stock = z.object({
  state: StockState,
  /** Units a shopper can still buy: stocked minus reserved, never below zero. */
  available: z.number().check(z.int()),
});
export type Stock = z.infer<typeof Stock>;

export const Variant = z.object({
  id: z.string(),
  sku: z.string(),
  title: z.string(),
  /** Option name to value, e.g. `{ Size: "M", Colour: "Navy" }`. */
  options: z.record(z.string(), z.string()),
  price: Money,
  compareAtPrice: z.nullable(Money),
  stock: Stock,
  /** Index in the product's `images` of the picture showing this variant (its colour), or null. */
  imageIndex: z.nullable(z.number().check(z.int(), z.minimum(0))),
});
export type Variant = z.infer<typeof Variant>;

/** What a product list shows on a card. */
export const ProductSummary = z.object({
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  kind: ProductKind,
  category: CategoryRef,
  /** Lowest variant price; `priceMax` differs when variants are priced apart. */
  price: Money,
  priceMax: Money,
  compareAtPrice: z.nullable(Money),
  image: z.nullable(ProductImage),
  stockState: StockState,
  createdAt: z.string(),
  /** Average stars of the published reviews, to two decimals; null without any. */
  rating: z.nullable(z.number()),
  reviewCount: z.number().check(z.int()),
});
export type ProductSummary = z.infer<typeof ProductSummary>;

export const Product = z.extend(ProductSummary, {
  description: z.string(),
  tags: z.array(z.string()),
  images: z.array(ProductImage),
  options: z.array(ProductOption),
  variants: z.array(Variant),
});
export type Product = z.infer<typeof Product>;

export const ProductList = z.object({ items: z.array(ProductSummary), nextCursor: z.nullable(z.string()) });
export type ProductList = z.infer<typeof ProductList>;
