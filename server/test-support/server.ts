import { request } from 'node:http';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PartialServerConfig } from '../config.ts';
import { seedCatalog, type SeedData } from '../seed/seed.ts';
import { seedShopRules } from '../seed/shop-rules.ts';
import { startServer, type RunningServer, type StartOptions } from '../start.ts';
import { fixtureSeed } from './fixture.ts';

export type TestResponse<T = unknown> = { status: number; headers: Headers; body: T; text: string };

export type TestServer = RunningServer & {
  /** The temporary folder holding the database, outbox and uploads; removed by `close()`. */
  dir: string;
  /** GET (or another method via `init`) a path and parse the JSON body when there is one. */
  get<T = unknown>(path: string, init?: RequestInit): Promise<TestResponse<T>>;
  /** A second connection to the database, for checking and arranging stock as an admin tool would. */
  sqlite: Database.Database;
  /** Sends `body` as JSON with `method` (POST by default) and parses the answer. */
  send<T = unknown>(path: string, body: unknown, init?: RequestInit): Promise<TestResponse<T>>;
};

export type TestServerOptions = {
  /** Catalog to load: the fixture by default, or nothing. */
  seed?: SeedData | 'none';
  /** The example tax, shipping and discount rules (the default), or none. */
  rules?: 'example' | 'none';
  config?: PartialServerConfig;
  start?: StartOptions;
};

/** A real server on a free port over a fresh SQLite file in the OS temp folder. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'storelet-test-'));
  let server: RunningServer;
  try {
    server = await startServer(
      {
        port: 0,
        databaseUrl: join(dir, 'shop.db'),
        outboxDir: join(dir, 'outbox'),
        uploadDir: join(dir, 'uploads'),
        seed: 'none',
        ...options.config,
      },
      options.start,
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const seed = options.seed ?? fixtureSeed;
  if (seed !== 'none') await seedCatalog(server.data.catalog, seed);
  if (options.rules !== 'none') await seedShopRules(server.data.rules);
  const sqlite = new Database(join(dir, 'shop.db'));
  sqlite.pragma('busy_timeout = 5000');
  async function get<T>(path: string, init?: RequestInit): Promise<TestResponse<T>> {
    const response = await fetch(server.url + path, init);
    const text = await response.text();
    const isJson = response.headers.get('content-type')?.includes('json') ?? false;
    return {
      status: response.status,
      headers: response.headers,
      text,
      body: (isJson && text ? JSON.parse(text) : text) as T,
    };
  }
  return {
    ...server,
    dir,
    sqlite,
    get,
    send<T>(path: string, body: unknown, init: RequestInit = {}): Promise<TestResponse<T>> {
      return get<T>(path, {
        method: 'POST',
        ...init,
        headers: { 'content-type': 'application/json', ...init.headers },
        body: JSON.stringify(body),
      });
    },
    async close() {
      sqlite.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Sends `path` exactly as written. fetch() normalizes `/a/../b` before sending, which would hide the
 * traversal attempts the static routes must refuse.
 */
export type RawResponse = { status: number; headers: Headers; body: string; bytes: Buffer };

export function rawGet(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    // Also keeps the bytes as sent (fetch() would decode a compressed body).
    const req = request({ host: url.hostname, port: url.port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const answer = new Headers();
        for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') answer.set(name, value);
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: answer, body: bytes.toString('utf8'), bytes });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Body of an error response. */
export type ErrorJson = { error: { code: string; message: string; details?: Record<string, unknown> } };
