/**
 * Every element the loader knows, and the module that defines it: the one place to register an element.
 * Importing `storelet/widgets` defines them lazily from this table (a bundler splits each import into a
 * chunk), and the script-tag build makes a chunk of each and a table of their file names (rollup.config.mjs).
 * `<shop-provider>` is not here: it is small and defined up front, so that it is there before any element
 * looks for its shop.
 */
export const ELEMENTS = {
  'product-grid': () => import('./product-grid/define.ts'),
  'product-detail': () => import('./product-detail/define.ts'),
  'cart-button': () => import('./cart-button/define.ts'),
  'cart-drawer': () => import('./cart-drawer/define.ts'),
  'checkout-button': () => import('./checkout-button/define.ts'),
  'order-status': () => import('./order-status/define.ts'),
  'sticker-configurator': () => import('./sticker-configurator/define.ts'),
  'order-tracker': () => import('./order-tracker/define.ts'),
  'account-panel': () => import('./account-panel/define.ts'),
  'account-button': () => import('./account-button/define.ts'),
  'product-reviews': () => import('./product-reviews/define.ts'),
  'product-recommendations': () => import('./product-recommendations/define.ts'),
} satisfies Record<string, () => Promise<unknown>>;

export type ElementTag = keyof typeof ELEMENTS;
