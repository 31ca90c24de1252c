/** `storelet/server`: mount the storefront API in your own Node process, or start it as a server. */
export { createApp, MAX_JSON_BODY_BYTES, type AppDeps } from './app.ts';
export { startServer, type RunningServer } from './start.ts';
export { configFromEnv, resolveConfig, ConfigError, type PartialServerConfig, type ServerConfig } from './config.ts';
export { openDataStore, type DataStore, type DataStoreOptions } from './data/store.ts';
export type { CatalogRepository, NewCatalog, NewCategory, NewProduct, NewVariant, NewImage } from './data/catalog.ts';
export { ApiError } from './errors.ts';
export { seedCatalog, exampleSeed, type SeedData } from './seed/seed.ts';
export type { AppEnv } from './http/env.ts';
