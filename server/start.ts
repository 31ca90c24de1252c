import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { ensureDevAdmin, type DevAdmin } from './accounts/dev-admin.ts';
import { ensureAdmin } from './accounts/ensure-admin.ts';
import { createApp } from './app.ts';
import { checkProductionConfig, resolveConfig, type PartialServerConfig, type ServerConfig } from './config.ts';
import { sqliteFileFromUrl } from './db/open.ts';
import { openDataStore, type DataStore } from './data/store.ts';
import type { ErrorLogger } from './http/error-handler.ts';
import type { AppEnv } from './http/env.ts';
import { adapterErrorResponse, answerClientError, refuseConnect } from './http/refusals.ts';
import { startSweeper, sweep, type SweepReport } from './orders/sweep.ts';
import { purgeStaleStaging } from './uploads/purge.ts';
import { seedCatalog } from './seed/seed.ts';
import { seedShopRules } from './seed/shop-rules.ts';
import { seedStickerPrices } from './seed/sticker-prices.ts';
import { createShop, type Shop } from './shop/shop.ts';

export type RunningServer = {
  /** Where the server answers, e.g. `http://127.0.0.1:3000` (the real port when 0 was asked for). */
  url: string;
  port: number;
  app: Hono<AppEnv>;
  config: ServerConfig;
  /** The data-access layer the app uses; tests write through it to see caches follow. */
  data: DataStore;
  /** Payments, mail, settings and clock, as the cart and order services see them. */
  shop: Shop;
  /**
   * The development admin made for the example shop when no admin was configured: sign in as `email`
   * with the password in `passwordFile` (and in `newPassword` on the start that made it). Absent
   * otherwise, and always in production.
   */
  devAdmin?: DevAdmin;
  /** Runs the housekeeping the timer runs every minute (expired reservations, unsent emails, old carts). */
  sweep(): Promise<SweepReport>;
  /** Stops listening and the sweep timer, finishes emails in flight, and closes the database. */
  close(): Promise<void>;
};

export type StartOptions = {
  /** The clock the services read; tests move it forward to expire reservations. */
  now?: () => Date;
  /** Milliseconds between sweeps; a minute by default. */
  sweepIntervalMs?: number;
  logError?: ErrorLogger;
};

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

type Fetch = Hono<AppEnv>['fetch'];

/**
 * Node's HTTP server with the Hono adapter, as `serve()` makes it, except that requests refused before
 * the app runs get the API's JSON error too. A missing Host is left to the adapter (rather than Node's
 * own plain 400) for that reason.
 */
function listen(fetch: Fetch, config: ServerConfig, log: ErrorLogger): Promise<Server> {
  return new Promise((resolve, reject) => {
    const listener = getRequestListener(fetch, { errorHandler: adapterErrorResponse(log) });
    const server = createServer({ requireHostHeader: false }, listener);
    server.on('clientError', answerClientError);
    server.on('connect', refuseConnect);
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      resolve(server);
    });
    server.listen(config.port, config.host);
  });
}

/**
 * Opens the database (applying migrations), loads the example catalog and pricing rules when configured
 * and missing, and default sticker prices when missing, makes sure of the configured admin (or, for the
 * example shop outside production, a development admin), listens, and starts the sweep timer. Production refuses to start without Stripe and an
 * order-link secret. Any number of servers can run side by side, each with its own configuration.
 */
export async function startServer(
  partial: PartialServerConfig = {},
  options: StartOptions = {},
): Promise<RunningServer> {
  const config = resolveConfig(partial);
  checkProductionConfig(config);
  const data = await openDataStore({ databaseUrl: config.databaseUrl, currency: config.currency });
  try {
    if (config.seed === 'example') {
      if ((await data.catalog.countProducts()) === 0) await seedCatalog(data.catalog);
      await seedShopRules(data.rules);
    }
    // Like configuration defaults, sticker prices are needed by any shop and only ever filled in when missing.
    await seedStickerPrices(data.stickers);
    const startedAt = options.now?.();
    let devAdmin: RunningServer['devAdmin'];
    if (config.admin) await ensureAdmin(data, config.admin, startedAt);
    else if (config.seed === 'example' && !config.production && sqliteFileFromUrl(config.databaseUrl) !== ':memory:') {
      // The example shop should be explorable at once, admin pages included; a real shop configures its admin.
      devAdmin = await ensureDevAdmin(data, sqliteFileFromUrl(config.databaseUrl), startedAt);
    }
    // The app needs the server's own URL (payment pages, email links), known only once it listens.
    let app: Hono<AppEnv> | undefined;
    const log = options.logError ?? ((message, error) => console.error(message, error));
    const server = await listen(
      (request, env) => (app ? app.fetch(request, env) : new Response(null, { status: 503 })),
      config,
      log,
    );
    const { port } = server.address() as AddressInfo;
    const url = `http://${urlHost(config.host)}:${port}`;
    let shop: Shop;
    try {
      shop = createShop({ config, data, serverUrl: url, log: options.logError, now: options.now });
      app = createApp({ config, data, shop, logError: options.logError });
      // File ages are wall-clock times, whatever clock the services are given.
      await purgeStaleStaging(shop.settings.uploads.stagingDir);
    } catch (error) {
      server.close();
      throw error;
    }
    const sweeper = startSweeper(shop, options.sweepIntervalMs);
    return {
      url,
      port,
      app,
      config,
      data,
      shop,
      ...(devAdmin ? { devAdmin } : {}),
      sweep: () => sweep(shop),
      async close() {
        await sweeper.stop();
        await new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          // Idle keep-alive connections would otherwise hold close() open for seconds.
          server.closeAllConnections();
        });
        await shop.tasks.drain();
        await shop.mailer.close();
        await data.close();
      },
    };
  } catch (error) {
    await data.close();
    throw error;
  }
}
