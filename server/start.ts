import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createApp } from './app.ts';
import { resolveConfig, type PartialServerConfig, type ServerConfig } from './config.ts';
import { openDataStore, type DataStore } from './data/store.ts';
import type { AppEnv } from './http/env.ts';
import { seedCatalog } from './seed/seed.ts';

export type RunningServer = {
  /** Where the server answers, e.g. `http://127.0.0.1:3000` (the real port when 0 was asked for). */
  url: string;
  port: number;
  app: Hono<AppEnv>;
  config: ServerConfig;
  /** The data-access layer the app uses; tests write through it to see caches follow. */
  data: DataStore;
  /** Stops listening, drops open connections and closes the database. */
  close(): Promise<void>;
};

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

function listen(app: Hono<AppEnv>, config: ServerConfig): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }) as Server;
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/**
 * Opens the database (applying migrations), loads the example catalog when configured and the catalog
 * is empty, and listens. Any number of servers can run side by side, each with its own configuration.
 */
export async function startServer(partial: PartialServerConfig = {}): Promise<RunningServer> {
  const config = resolveConfig(partial);
  const data = await openDataStore({ databaseUrl: config.databaseUrl, currency: config.currency });
  try {
    if (config.seed === 'example' && (await data.catalog.countProducts()) === 0) await seedCatalog(data.catalog);
    const app = createApp({ config, data });
    const server = await listen(app, config);
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://${urlHost(config.host)}:${port}`,
      port,
      app,
      config,
      data,
      async close() {
        await new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          // Idle keep-alive connections would otherwise hold close() open for seconds.
          server.closeAllConnections();
        });
        await data.close();
      },
    };
  } catch (error) {
    await data.close();
    throw error;
  }
}
