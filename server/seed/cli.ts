import { rmSync } from 'node:fs';
import { ConfigError } from '../config.ts';
import { configFromEnv } from '../config-env.ts';
import { sqliteFileFromUrl } from '../db/open.ts';
import { openDataStore } from '../data/store.ts';
import { seedCatalog } from './seed.ts';
import { seedShopRules } from './shop-rules.ts';
import { seedStickerPrices } from './sticker-prices.ts';

/**
 * `npm run seed`: deletes the database at DATABASE_URL and creates it again with the example catalog and
 * the example pricing rules (tax rates, shipping zones, discount codes) and the default sticker prices.
 * Stop a server using that database first: it would keep writing to the deleted file.
 */
async function main(): Promise<void> {
  const config = configFromEnv(process.env);
  const file = sqliteFileFromUrl(config.databaseUrl);
  if (file !== ':memory:') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
  const data = await openDataStore({ databaseUrl: config.databaseUrl, currency: config.currency });
  try {
    await seedCatalog(data.catalog);
    await seedShopRules(data.rules);
    await seedStickerPrices(data.stickers);
    const products = await data.catalog.countProducts();
    const categories = (await data.catalog.listCategories()).length;
    console.log(
      `Seeded ${file}: ${products} products in ${categories} categories, with tax, shipping and discount rules and sticker prices.`,
    );
  } finally {
    await data.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
