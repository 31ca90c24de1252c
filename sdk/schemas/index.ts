export * from './money.ts';
export * from './error.ts';
export * from './list.ts';
export * from './category.ts';
export * from './product.ts';
export * from './product-query.ts';
