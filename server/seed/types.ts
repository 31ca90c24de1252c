/** The shape of seed data: plain values, independent of the database. Prices are minor units. */
export type SeedCategory = {
  handle: string;
  name: string;
  description: string;
};

export type SeedVariant = {
  sku: string;
  /** Option name to value; keys must match the product's `options` names. Empty for a single-variant product. */
  options: Record<string, string>;
  price: number;
  compareAtPrice?: number;
  /** Units on hand; 0 means sold out, 1–5 shows as low stock. */
  stock: number;
  weightGrams: number;
  /** Index in the product's images of this variant's own picture (its colour's front shot). */
  imageIndex?: number;
};

export type SeedImage = {
  /** File name under server/seed/images/, served at /media/seed/<file>. */
  file: string;
  alt: string;
  width: number;
  height: number;
};

export type SeedProduct = {
  handle: string;
  title: string;
  categoryHandle: string;
  kind: 'standard' | 'sticker';
  description: string;
  tags: string[];
  options: { name: string; values: string[] }[];
  variants: SeedVariant[];
  images: SeedImage[];
  /** Days before the seed date the product was added, so `newest` has a real order. */
  addedDaysAgo: number;
};
