import { openSqlite } from '../db/open.ts';
import type { AccountRepository } from './accounts.ts';
import type { AuditRepository } from './audit.ts';
import type { CartRepository } from './carts.ts';
import type { CatalogRepository } from './catalog.ts';
import type { CatalogAdminRepository } from './catalog-admin.ts';
import type { CustomerRepository } from './customers.ts';
import { CatalogVersion } from './catalog-version.ts';
import type { OrderRepository } from './orders.ts';
import type { RecommendationRepository } from './recommendations.ts';
import type { ReviewRepository } from './reviews.ts';
import type { RulesRepository } from './rules.ts';
import type { ShipmentRepository } from './shipments.ts';
import type { StickerRepository } from './stickers.ts';
import type { UploadRepository } from './uploads.ts';
import { SqliteAccountRepository } from './sqlite/account-repository.ts';
import { SqliteAuditRepository } from './sqlite/audit-log.ts';
import { SqliteCartRepository } from './sqlite/cart-repository.ts';
import { SqliteCatalogRepository } from './sqlite/catalog-repository.ts';
import { SqliteCatalogAdminRepository } from './sqlite/catalog-admin-repository.ts';
import { SqliteCustomerRepository } from './sqlite/customer-repository.ts';
import { SqliteOrderRepository } from './sqlite/order-repository.ts';
import { SqliteRecommendationRepository } from './sqlite/recommendation-repository.ts';
import { SqliteReviewRepository } from './sqlite/review-repository.ts';
import { SqliteRulesRepository } from './sqlite/rules-repository.ts';
import { SqliteShipmentRepository } from './sqlite/shipment-repository.ts';
import { SqliteStickerRepository } from './sqlite/sticker-repository.ts';
import { SqliteUploadRepository } from './sqlite/upload-repository.ts';

/** The data-access layer: one repository per domain over one database, chosen by `DATABASE_URL`. */
export type DataStore = {
  catalog: CatalogRepository;
  /** The store owner's edits of products, variants, stock and categories, each with its audit entry. */
  catalogAdmin: CatalogAdminRepository;
  /** Tax rates, shipping zones and methods, discount codes. */
  rules: RulesRepository;
  carts: CartRepository;
  orders: OrderRepository;
  /** Parcels, their tracking timelines and who did what to them. */
  shipments: ShipmentRepository;
  /** Custom-sticker price tables. */
  stickers: StickerRepository;
  /** Records of uploaded designs (their bytes are in the upload store). */
  uploads: UploadRepository;
  /** Users (customers and admins), their sessions and the sign-in throttle. */
  accounts: AccountRepository;
  /** What customer accounts own: address books, mailed links, their carts and order histories. */
  customers: CustomerRepository;
  /** Product reviews, helpful votes, moderation and review-request emails. */
  reviews: ReviewRepository;
  /** Bought together and similar products. */
  recommendations: RecommendationRepository;
  /** Admin changes to what the shop sells and charges, written by the repositories that make them. */
  audit: AuditRepository;
  /** Resolves when the database answers; for health checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
};

export type DataStoreOptions = { databaseUrl: string; currency: string };

/**
 * Opens the database named by `databaseUrl` and applies pending migrations. Async although SQLite opens
 * synchronously, because a PostgreSQL store will have to connect first.
 */
export async function openDataStore(options: DataStoreOptions): Promise<DataStore> {
  const opened = openSqlite(options.databaseUrl);
  const ping = opened.sqlite.prepare('SELECT 1');
  // Orders move stock, which product pages show: their writes must empty the catalog's page caches too.
  const catalogVersion = new CatalogVersion();
  return {
    catalog: new SqliteCatalogRepository(opened, options.currency, catalogVersion),
    catalogAdmin: new SqliteCatalogAdminRepository(opened, options.currency, catalogVersion),
    rules: new SqliteRulesRepository(opened),
    carts: new SqliteCartRepository(opened.sqlite),
    orders: new SqliteOrderRepository(opened, catalogVersion),
    shipments: new SqliteShipmentRepository(opened.sqlite),
    stickers: new SqliteStickerRepository(opened.sqlite),
    uploads: new SqliteUploadRepository(opened.sqlite),
    accounts: new SqliteAccountRepository(opened.sqlite),
    customers: new SqliteCustomerRepository(opened.sqlite),
    // Ratings are on product pages too: publishing, hiding or editing a review empties their caches.
    reviews: new SqliteReviewRepository(opened.sqlite, catalogVersion),
    recommendations: new SqliteRecommendationRepository(opened.sqlite, options.currency),
    audit: new SqliteAuditRepository(opened.sqlite),
    async ping() {
      ping.get();
    },
    async close() {
      if (opened.sqlite.open) opened.sqlite.close();
    },
  };
}
