/** `storelet/server`: mount the storefront API in your own Node process, or start it as a server. */
export { createApp, MAX_JSON_BODY_BYTES, type AppDeps } from './app.ts';
export { startServer, type RunningServer, type StartOptions } from './start.ts';
export {
  checkProductionConfig,
  resolveConfig,
  ConfigError,
  type PartialServerConfig,
  type ServerConfig,
  type StripeConfig,
  type AdminConfig,
  DEFAULT_MAX_UPLOAD_BYTES,
} from './config.ts';
export { configFromEnv } from './config-env.ts';
export { openDataStore, type DataStore, type DataStoreOptions } from './data/store.ts';
export type { CatalogRepository, NewCatalog, NewCategory, NewProduct, NewVariant, NewImage } from './data/catalog.ts';
export type { CartRepository } from './data/carts.ts';
export type { OrderRepository } from './data/orders.ts';
export type { AccountRepository, SessionRecord, UserRecord } from './data/accounts.ts';
export { ensureAdmin, type AdminCredentials } from './accounts/ensure-admin.ts';
export type {
  DiscountCode,
  NewDiscountCode,
  NewShippingZone,
  NewShopRules,
  NewTaxRate,
  RulesRepository,
  ShippingMethod,
  TaxRate,
} from './data/rules.ts';
export { ApiError } from './errors.ts';
export { seedCatalog, exampleSeed, type SeedData } from './seed/seed.ts';
export { seedShopRules, exampleShopRules } from './seed/shop-rules.ts';
export { seedStickerPrices, defaultStickerPrices } from './seed/sticker-prices.ts';
export type { StickerPriceTables, StickerRepository } from './data/stickers.ts';
export type { UploadRecord, UploadRepository } from './data/uploads.ts';
export { createLocalStorage, type UploadStorage } from './uploads/storage.ts';
export { createShop, type Shop, type ShopSettings } from './shop/shop.ts';
export { sweep, type SweepReport } from './orders/sweep.ts';
export type { PaymentGateway } from './payments/gateway.ts';
export type { Mailer, OutgoingEmail, SentEmail } from './email/mailer.ts';
export type { AppEnv } from './http/env.ts';
